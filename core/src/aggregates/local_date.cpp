// Local calendar dates through the shared zone table (schedule::TimeZone), see local_date.hpp.
#include "tailor/aggregates/local_date.hpp"

#include <cstdio>
#include <exception>

#include <date/date.h>

namespace tailor::aggregates {

namespace {

date::year_month_day to_ymd(const LocalDate& d) {
    return date::year{d.year} / date::month{d.month} / date::day{d.day};
}

LocalDate from_ymd(const date::year_month_day& ymd) {
    return LocalDate{static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                     static_cast<unsigned>(ymd.day())};
}

std::int64_t floor_div(std::int64_t a, std::int64_t b) {
    std::int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
    return q;
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

Zone::Zone() : zone_(*schedule::TimeZone::find("UTC")) {}

std::optional<Zone> Zone::resolve(std::string_view name) {
    if (name.empty() || name.size() > max_zone_length) return std::nullopt;
    auto zone = schedule::TimeZone::find(name);
    if (!zone) return std::nullopt;
    return Zone(std::move(*zone));
}

LocalDate local_date_of(const Timestamp& t, const Zone& zone) {
    return date_from_days(floor_div(zone.time_zone().to_local(t.seconds), 86400));
}

Timestamp start_of_local_date(const LocalDate& d, const Zone& zone) {
    // Local midnight; in a spring-forward gap to_utc moves it forward by the gap,
    // so the day starts at the first local instant after it; in a fall-back
    // overlap the earlier instant is chosen.
    return Timestamp{zone.time_zone().to_utc(days_since_epoch(d) * 86400), 0};
}

}  // namespace tailor::aggregates
