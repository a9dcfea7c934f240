#include "tailor/assign/schedule.hpp"

#include <algorithm>
#include <string_view>

namespace tailor::assign {
namespace {

constexpr std::string_view weekday_keys[7] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

std::int64_t floor_div(std::int64_t a, std::int64_t b) {
    std::int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
    return q;
}

bool digits(std::string_view s, std::size_t at, std::size_t n) {
    for (std::size_t k = at; k < at + n; ++k)
        if (k >= s.size() || s[k] < '0' || s[k] > '9') return false;
    return true;
}

int number(std::string_view s, std::size_t at, std::size_t n) {
    int v = 0;
    for (std::size_t k = at; k < at + n; ++k) v = v * 10 + (s[k] - '0');
    return v;
}

/// "HH:MM" → minutes, with 24:00 allowed only as an end.
std::optional<std::int32_t> clock_minutes(std::string_view s, std::size_t at, bool is_end) {
    if (!digits(s, at, 2) || s[at + 2] != ':' || !digits(s, at + 3, 2)) return std::nullopt;
    const int h = number(s, at, 2), m = number(s, at + 3, 2);
    if (m > 59 || h > 24 || (h == 24 && (m != 0 || !is_end))) return std::nullopt;
    return h * 60 + m;
}

std::optional<DayHours> parse_hours(std::string_view s) {
    if (s == "off") return DayHours{};
    if (s.size() != 11 || s[5] != '-') return std::nullopt;
    auto start = clock_minutes(s, 0, false);
    auto end = clock_minutes(s, 6, true);
    if (!start || !end || *start >= *end) return std::nullopt;
    return DayHours{*start, *end};
}

std::optional<std::int64_t> parse_date(std::string_view s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-' || !digits(s, 0, 4) || !digits(s, 5, 2) ||
        !digits(s, 8, 2))
        return std::nullopt;
    const int y = number(s, 0, 4), m = number(s, 5, 2), d = number(s, 8, 2);
    if (y < 1 || m < 1 || m > 12 || d < 1) return std::nullopt;
    static constexpr int month_days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    if (d > month_days[m - 1] + (m == 2 && leap ? 1 : 0)) return std::nullopt;
    return days_from_civil(y, static_cast<unsigned>(m), static_cast<unsigned>(d));
}

constexpr json::EnumName<ExceptionKind> exception_kind_names[] = {
    {"leave", ExceptionKind::leave}, {"holiday", ExceptionKind::holiday}, {"half_day", ExceptionKind::half_day}};

}  // namespace

std::int64_t days_from_civil(std::int64_t y, unsigned m, unsigned d) {
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

std::optional<Schedule> read_schedule(const boost::json::value& v, const std::string& path,
                                      json::Issues& issues) {
    json::ObjectReader r(v, path, issues);
    if (!r.valid()) return std::nullopt;
    const std::size_t before = issues.size();
    Schedule schedule;
    if (auto hours = r.object("workingHours", json::Presence::optional)) {
        for (std::size_t d = 0; d < 7; ++d) {
            auto text = hours->string(weekday_keys[d], json::Presence::optional, {1, 32});
            if (!text) continue;
            auto parsed = parse_hours(*text);
            if (parsed) schedule.week[d] = *parsed;
            else
                issues.add(hours->path_of(weekday_keys[d]), issue_code::invalid_format,
                           "must be \"HH:MM-HH:MM\" with start before end (end at most 24:00), or \"off\"");
        }
        hours->finish();
    }
    if (const auto* list = r.array("exceptions", json::Presence::optional, 1000)) {
        for (std::size_t k = 0; k < list->size(); ++k) {
            json::ObjectReader e((*list)[k], r.path_of("exceptions") + "/" + std::to_string(k), issues);
            auto date = e.string("date", json::Presence::required, {1, 32});
            auto kind = e.enumeration("kind", json::Presence::required, exception_kind_names);
            std::optional<std::int64_t> day;
            if (date) {
                day = parse_date(*date);
                if (!day) issues.add(e.path_of("date"), issue_code::invalid_format, "must be a date YYYY-MM-DD");
            }
            if (day && kind) schedule.exceptions.push_back(DateException{*day, *kind});
        }
    }
    if (issues.size() != before) return std::nullopt;
    // Several exceptions on one date: a full day off (leave, holiday) wins over half_day.
    std::stable_sort(schedule.exceptions.begin(), schedule.exceptions.end(),
                     [](const DateException& a, const DateException& b) {
                         const bool a_half = a.kind == ExceptionKind::half_day;
                         const bool b_half = b.kind == ExceptionKind::half_day;
                         return a.day != b.day ? a.day < b.day : (!a_half && b_half);
                     });
    return schedule;
}

std::optional<std::int64_t> first_working_second(const Schedule& schedule, std::int64_t from_seconds,
                                                 const schedule::TimeZone& zone, std::int64_t max_days) {
    const std::int64_t first_day = floor_div(zone.to_local(from_seconds), 86400);
    auto ex = std::lower_bound(schedule.exceptions.begin(), schedule.exceptions.end(), first_day,
                               [](const DateException& e, std::int64_t day) { return e.day < day; });
    for (std::int64_t day = first_day; day < first_day + max_days; ++day) {
        while (ex != schedule.exceptions.end() && ex->day < day) ++ex;
        // 1970-01-01 was a Thursday (index 3 with Monday = 0).
        const auto weekday = static_cast<std::size_t>(((day % 7) + 7 + 3) % 7);
        DayHours hours = schedule.week[weekday];
        if (hours.off()) continue;
        if (ex != schedule.exceptions.end() && ex->day == day) {
            if (ex->kind != ExceptionKind::half_day) continue;
            hours.end = hours.start + (hours.end - hours.start) / 2;
            if (hours.off()) continue;
        }
        // Compared in UTC: each boundary takes the offset in force on that local day.
        const std::int64_t start = zone.to_utc(day * 86400 + std::int64_t{hours.start} * 60);
        const std::int64_t end = zone.to_utc(day * 86400 + std::int64_t{hours.end} * 60);
        if (from_seconds < end) return std::max(start, from_seconds);
    }
    return std::nullopt;
}

}  // namespace tailor::assign
