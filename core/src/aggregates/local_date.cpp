// Local calendar dates through date/ptz.h (POSIX TZ rules), see local_date.hpp.
#include "tailor/aggregates/local_date.hpp"

#include <cstdio>
#include <exception>

#include <date/date.h>
#include <date/ptz.h>

namespace tailor::aggregates {

namespace {

/// The built-in names until the generated IANA table is merged. Rules are the
/// current ones (Kolkata: no DST since 1945; London: EU rules; New York: US
/// rules since 2007); instants before those rules took effect get today's rule.
struct BuiltinZone {
    std::string_view iana;
    std::string_view posix;
};
constexpr BuiltinZone builtin_zones[] = {
    {"America/New_York", "EST5EDT,M3.2.0,M11.1.0"},
    {"Asia/Kolkata", "IST-5:30"},
    {"Etc/UTC", "UTC0"},
    {"Europe/London", "GMT0BST,M3.5.0/1,M10.5.0"},
    {"UTC", "UTC0"},
};

date::year_month_day to_ymd(const LocalDate& d) {
    return date::year{d.year} / date::month{d.month} / date::day{d.day};
}

LocalDate from_ymd(const date::year_month_day& ymd) {
    return LocalDate{static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                     static_cast<unsigned>(ymd.day())};
}

}  // namespace

std::int64_t days_since_epoch(const LocalDate& d) {
    return date::sys_days{to_ymd(d)}.time_since_epoch().count();
}

LocalDate date_from_days(std::int64_t days) {
    return from_ymd(date::year_month_day{date::sys_days{date::days{days}}});
}

unsigned iso_weekday(const LocalDate& d) {
    return date::weekday{date::sys_days{to_ymd(d)}}.iso_encoding();
}

std::string format_date(const LocalDate& d) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", d.year, d.month, d.day);
    return buf;
}

Zone::Zone() : name_("UTC"), posix_("UTC0") {
    static const auto utc = std::make_shared<const Posix::time_zone>("UTC0");  // immutable, built once
    rules_ = utc;
}

std::optional<Zone> Zone::resolve(std::string_view name) {
    if (name.empty() || name.size() > max_zone_length) return std::nullopt;
    std::string posix;
    for (const auto& z : builtin_zones)
        if (z.iana == name) posix = std::string(z.posix);
    if (posix.empty()) {
        // A POSIX TZ string: letters/digits and the punctuation TZ uses only.
        for (char c : name) {
            const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                            c == '+' || c == '-' || c == ':' || c == ',' || c == '.' || c == '/' || c == '<' ||
                            c == '>';
            if (!ok) return std::nullopt;
        }
        posix = std::string(name);
    }
    try {
        auto rules = std::make_shared<const Posix::time_zone>(posix);
        Zone z;
        z.name_ = std::string(name);
        z.posix_ = std::move(posix);
        z.rules_ = std::move(rules);
        return z;
    } catch (const std::exception&) {
        return std::nullopt;  // ptz rejects malformed rules by throwing
    }
}

LocalDate local_date_of(const Timestamp& t, const Zone& zone) {
    const date::sys_seconds instant{std::chrono::seconds{t.seconds}};
    const auto local = zone.rules().to_local(instant);
    return from_ymd(date::year_month_day{date::floor<date::days>(local)});
}

Timestamp start_of_local_date(const LocalDate& d, const Zone& zone) {
    const date::local_seconds midnight{date::local_days{to_ymd(d)}};
    const auto info = zone.rules().get_info(midnight);
    std::int64_t seconds = 0;
    if (info.result == date::local_info::nonexistent) {
        // Midnight falls in a spring-forward gap: the day starts when the gap ends.
        seconds = date::sys_seconds{info.second.begin}.time_since_epoch().count();
    } else {
        // Unique or ambiguous: the earliest instant showing local midnight.
        seconds = (midnight.time_since_epoch() - info.first.offset).count();
    }
    return Timestamp{seconds, 0};
}

}  // namespace tailor::aggregates
