// The generated zone table and POSIX-rule offsets (tailor/schedule/time_zone.hpp).
#include "tailor/schedule/time_zone.hpp"

#include <algorithm>
#include <chrono>
#include <optional>
#include <string>

#include <date/ptz.h>

namespace tailor::schedule {

namespace {

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

}  // namespace

struct TimeZone::Rules {
    std::optional<Posix::time_zone> tz;  // the normal path
    std::optional<ExtendedRule> extended;
};

namespace {
constexpr ZoneEntry zone_table[] = {
#include "tailor_tz_table.inc"
};
using seconds = std::chrono::seconds;
}  // namespace

const ZoneEntry* zone_table_begin() { return std::begin(zone_table); }
const ZoneEntry* zone_table_end() { return std::end(zone_table); }
std::size_t zone_count() { return std::size(zone_table); }

std::optional<TimeZone> TimeZone::find(std::string_view iana) {
    const ZoneEntry* it = std::lower_bound(std::begin(zone_table), std::end(zone_table), iana,
                                           [](const ZoneEntry& e, std::string_view n) { return e.name < n; });
    if (it == std::end(zone_table) || it->name != iana) return std::nullopt;
    try {
        return TimeZone(it, std::make_shared<const Rules>(Rules{Posix::time_zone(std::string(it->rule)), std::nullopt}));
    } catch (const std::exception&) {
        // Not parseable by ptz.h: a signed or extended transition time (see ExtendedRule).
        if (auto extended = ExtendedRule::parse(it->rule))
            return TimeZone(it, std::make_shared<const Rules>(Rules{std::nullopt, std::move(extended)}));
        return std::nullopt;  // tz_test checks that every rule of the table is usable
    }
}

std::optional<TimeZone> find_zone(const std::string& name, const std::string& path, json::Issues& issues) {
    auto zone = TimeZone::find(name);
    if (!zone) issues.add(path, "unknown_zone", "\"" + name + "\" is not an IANA time zone this build knows");
    return zone;
}

ZoneOffset TimeZone::offset_at(std::int64_t utc_seconds) const {
    if (const auto& x = rules_->extended) {
        const bool dst = x->is_dst(utc_seconds);
        return ZoneOffset{static_cast<std::int32_t>(dst ? x->dst_offset : x->std_offset), dst ? x->dst_abbrev : x->std_abbrev};
    }
    const date::sys_seconds t{seconds{utc_seconds}};
    const date::sys_info info = rules_->tz->get_info(t);
    return ZoneOffset{static_cast<std::int32_t>(info.offset.count()), info.abbrev};
}

std::int64_t TimeZone::to_local(std::int64_t utc_seconds) const {
    return utc_seconds + offset_at(utc_seconds).offset_seconds;
}

std::int64_t TimeZone::to_utc(std::int64_t local_seconds) const {
    if (const auto& x = rules_->extended) {
        // Try both offsets; keep the consistent ones (earlier first); in a gap use the offset before it.
        const std::int64_t a = local_seconds - std::max(x->std_offset, x->dst_offset);  // the earlier candidate
        const std::int64_t b = local_seconds - std::min(x->std_offset, x->dst_offset);
        if (a + offset_at(a).offset_seconds == local_seconds) return a;
        if (b + offset_at(b).offset_seconds == local_seconds) return b;
        return local_seconds - offset_at(a - 86400).offset_seconds;
    }
    const date::local_seconds lt{seconds{local_seconds}};
    const date::local_info info = rules_->tz->get_info(lt);
    switch (info.result) {
        case date::local_info::unique:
        case date::local_info::ambiguous:  // earlier instant: the first offset
            return local_seconds - info.first.offset.count();
        case date::local_info::nonexistent:
            // In the gap: interpret with the offset before the gap, which lands after it.
            return local_seconds - info.first.offset.count();
    }
    return local_seconds - info.first.offset.count();
}

}  // namespace tailor::schedule
