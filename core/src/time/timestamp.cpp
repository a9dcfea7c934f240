#include "tailor/time/timestamp.hpp"

#include <date/date.h>

namespace tailor {
namespace {

bool digits(std::string_view s, std::size_t pos, std::size_t count, int& out) {
    if (pos + count > s.size()) return false;
    int v = 0;
    for (std::size_t i = pos; i < pos + count; ++i) {
        if (s[i] < '0' || s[i] > '9') return false;
        v = v * 10 + (s[i] - '0');
    }
    out = v;
    return true;
}

std::int64_t floor_div(std::int64_t a, std::int64_t b) {
    std::int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
    return q;
}

void pad(std::string& out, long long v, int width) {
    std::string s = std::to_string(v);
    if (static_cast<int>(s.size()) < width) out.append(static_cast<std::size_t>(width) - s.size(), '0');
    out += s;
}

}  // namespace

std::optional<Timestamp> parse_rfc3339(std::string_view s) {
    // YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)
    int year, month, day, hour, minute, second;
    if (!digits(s, 0, 4, year) || s.size() < 20 || s[4] != '-' || !digits(s, 5, 2, month) ||
        s[7] != '-' || !digits(s, 8, 2, day) || (s[10] != 'T' && s[10] != 't') ||
        !digits(s, 11, 2, hour) || s[13] != ':' || !digits(s, 14, 2, minute) || s[16] != ':' ||
        !digits(s, 17, 2, second))
        return std::nullopt;
    if (year < 1 || hour > 23 || minute > 59 || second > 59) return std::nullopt;
    const date::year_month_day ymd{date::year{year}, date::month{static_cast<unsigned>(month)},
                                   date::day{static_cast<unsigned>(day)}};
    if (!ymd.ok()) return std::nullopt;

    std::size_t pos = 19;
    std::int32_t nanos = 0;
    if (pos < s.size() && s[pos] == '.') {
        ++pos;
        std::size_t n = 0;
        while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
            if (n == 9) return std::nullopt;  // more precision than a Timestamp holds
            nanos = nanos * 10 + (s[pos] - '0');
            ++pos;
            ++n;
        }
        if (n == 0) return std::nullopt;
        for (; n < 9; ++n) nanos *= 10;
    }
    if (pos >= s.size()) return std::nullopt;
    std::int64_t offset = 0;
    if (s[pos] == 'Z' || s[pos] == 'z') {
        ++pos;
    } else if (s[pos] == '+' || s[pos] == '-') {
        int oh, om;
        if (!digits(s, pos + 1, 2, oh) || pos + 3 >= s.size() || s[pos + 3] != ':' ||
            !digits(s, pos + 4, 2, om) || oh > 23 || om > 59)
            return std::nullopt;
        offset = (oh * 3600 + om * 60) * (s[pos] == '-' ? -1 : 1);
        pos += 6;
    } else {
        return std::nullopt;
    }
    if (pos != s.size()) return std::nullopt;

    const std::int64_t days = date::sys_days{ymd}.time_since_epoch().count();
    const std::int64_t seconds = days * 86400 + hour * 3600 + minute * 60 + second - offset;
    if (seconds < timestamp_min_seconds || seconds > timestamp_max_seconds) return std::nullopt;
    return Timestamp{seconds, nanos};
}

std::string format_rfc3339(const Timestamp& t) {
    const std::int64_t days = floor_div(t.seconds, 86400);
    const std::int64_t in_day = t.seconds - days * 86400;
    const date::year_month_day ymd{date::sys_days{date::days{days}}};
    std::string out;
    out.reserve(30);
    pad(out, static_cast<int>(ymd.year()), 4);
    out.push_back('-');
    pad(out, static_cast<unsigned>(ymd.month()), 2);
    out.push_back('-');
    pad(out, static_cast<unsigned>(ymd.day()), 2);
    out.push_back('T');
    pad(out, in_day / 3600, 2);
    out.push_back(':');
    pad(out, (in_day / 60) % 60, 2);
    out.push_back(':');
    pad(out, in_day % 60, 2);
    if (t.nanos != 0) {
        out.push_back('.');
        if (t.nanos % 1000000 == 0) pad(out, t.nanos / 1000000, 3);
        else if (t.nanos % 1000 == 0) pad(out, t.nanos / 1000, 6);
        else pad(out, t.nanos, 9);
    }
    out.push_back('Z');
    return out;
}

std::int64_t seconds_between(const Timestamp& a, const Timestamp& b) {
    std::int64_t s = b.seconds - a.seconds;
    if (b.nanos < a.nanos) --s;
    return s;
}

}  // namespace tailor
