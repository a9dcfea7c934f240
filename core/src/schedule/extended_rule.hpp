// ExtendedRule: the POSIX TZ footers date/ptz.h cannot parse (signed transition
// times). Private to core/src/schedule; time_zone.cpp is its only user.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <date/date.h>

namespace tailor::schedule::detail {

/// RFC 8536 §3.3.1 lets a POSIX TZ rule's transition time be negative or beyond
/// 24:00 (−167 … 167 hours). date/ptz.h accepts only 0 … 24, so three current
/// zones (America/Nuuk and its links, America/Scoresbysund: "M3.5.0/-1") would be
/// lost. ExtendedRule evaluates exactly those rules: std/dst names and offsets and
/// two Mm.w.d transitions with signed times. Every other rule goes through ptz.h.
struct ExtendedRule {
    struct When {
        unsigned month = 0, week = 0, weekday = 0;  // Mm.w.d (w 5 = last)
        std::int64_t time = 7200;                   // seconds after local midnight, may be negative
    };
    std::string std_abbrev, dst_abbrev;
    std::int64_t std_offset = 0, dst_offset = 0;  // local − UTC
    When start, end;

    static std::optional<ExtendedRule> parse(std::string_view s) {
        std::size_t i = 0;
        auto name = [&](std::string& out) {
            if (i < s.size() && s[i] == '<') {
                auto close = s.find('>', i);
                if (close == std::string_view::npos) return false;
                out = std::string(s.substr(i + 1, close - i - 1));
                i = close + 1;
                return true;
            }
            std::size_t b = i;
            while (i < s.size() && ((s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= 'a' && s[i] <= 'z'))) ++i;
            out = std::string(s.substr(b, i - b));
            return out.size() >= 3;
        };
        auto number = [&](std::int64_t& out) {
            if (i >= s.size() || s[i] < '0' || s[i] > '9') return false;
            out = 0;
            while (i < s.size() && s[i] >= '0' && s[i] <= '9') out = out * 10 + (s[i++] - '0');
            return true;
        };
        auto hms = [&](std::int64_t& out) {  // [+-]h[:mm[:ss]] in seconds
            std::int64_t sign = 1, h = 0, m = 0, sec = 0;
            if (i < s.size() && (s[i] == '+' || s[i] == '-')) sign = s[i++] == '-' ? -1 : 1;
            if (!number(h)) return false;
            if (i < s.size() && s[i] == ':') { ++i; if (!number(m)) return false; }
            if (i < s.size() && s[i] == ':') { ++i; if (!number(sec)) return false; }
            out = sign * (h * 3600 + m * 60 + sec);
            return true;
        };
        auto when = [&](When& w) {
            std::int64_t v = 0;
            if (i >= s.size() || s[i++] != 'M' || !number(v)) return false;
            w.month = static_cast<unsigned>(v);
            if (i >= s.size() || s[i++] != '.' || !number(v)) return false;
            w.week = static_cast<unsigned>(v);
            if (i >= s.size() || s[i++] != '.' || !number(v)) return false;
            w.weekday = static_cast<unsigned>(v);
            if (i < s.size() && s[i] == '/') { ++i; if (!hms(w.time)) return false; }
            return w.month >= 1 && w.month <= 12 && w.week >= 1 && w.week <= 5 && w.weekday <= 6;
        };
        ExtendedRule r;
        std::int64_t posix = 0;
        if (!name(r.std_abbrev) || !hms(posix)) return std::nullopt;
        r.std_offset = -posix;  // POSIX counts west positive
        if (!name(r.dst_abbrev)) return std::nullopt;
        r.dst_offset = r.std_offset + 3600;
        if (i < s.size() && s[i] != ',') {
            if (!hms(posix)) return std::nullopt;
            r.dst_offset = -posix;
        }
        if (i >= s.size() || s[i++] != ',' || !when(r.start)) return std::nullopt;
        if (i >= s.size() || s[i++] != ',' || !when(r.end) || i != s.size()) return std::nullopt;
        return r;
    }

    /// Local midnight (as local seconds) of the transition day in `year`.
    static std::int64_t day_of(const When& w, int year) {
        using namespace date;
        const weekday wd{w.weekday};
        sys_days d = w.week == 5 ? sys_days{year_month_weekday_last{date::year{year}, month{w.month}, weekday_last{wd}}}
                                 : sys_days{year_month_weekday{date::year{year}, month{w.month}, weekday_indexed{wd, w.week}}};
        return static_cast<std::int64_t>(d.time_since_epoch().count()) * 86400;
    }

    bool is_dst(std::int64_t utc) const {
        using namespace date;
        const int year = static_cast<int>(
            year_month_day{floor<days>(sys_seconds{std::chrono::seconds{utc + std_offset}})}.year());
        const std::int64_t begins = day_of(start, year) + start.time - std_offset;
        const std::int64_t ends = day_of(end, year) + end.time - dst_offset;
        return begins < ends ? (utc >= begins && utc < ends) : !(utc >= ends && utc < begins);
    }
};


}  // namespace tailor::schedule::detail
