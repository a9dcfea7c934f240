// The calendar section reader (tailor/schedule/config.hpp).
#include "tailor/schedule/config.hpp"

#include <algorithm>
#include <cstdio>

#include <date/date.h>

namespace tailor::schedule {

namespace bj = boost::json;
using json::Presence;

namespace {
constexpr const char* weekday_keys[7] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

bool two_digits(std::string_view s, std::size_t at, int& out) {
    if (at + 2 > s.size() || s[at] < '0' || s[at] > '9' || s[at + 1] < '0' || s[at + 1] > '9') return false;
    out = (s[at] - '0') * 10 + (s[at + 1] - '0');
    return true;
}
bool clock_minutes(std::string_view s, std::size_t at, std::int32_t& out) {
    int h = 0, m = 0;
    if (!two_digits(s, at, h) || s[at + 2] != ':' || !two_digits(s, at + 3, m) || m > 59 || h > 24 ||
        (h == 24 && m != 0))
        return false;
    out = h * 60 + m;
    return true;
}
}  // namespace

CalendarConfig::CalendarConfig() {
    for (int d = 0; d < 6; ++d) week[d] = WorkingDay{true, 9 * 60, 18 * 60};
    week[6] = WorkingDay{};
}

std::optional<WorkingDay> read_working_hours(const bj::value& v, const std::string& path, json::Issues& issues) {
    auto text = json::read_string(v, path, issues, {1, 32});
    if (!text) return std::nullopt;
    if (*text == "off") return WorkingDay{};
    WorkingDay day{true, 0, 0};
    if (text->size() != 11 || (*text)[5] != '-' || !clock_minutes(*text, 0, day.opens) ||
        !clock_minutes(*text, 6, day.closes) || day.opens >= day.closes) {
        issues.add(path, issue_code::invalid_format, "must be \"HH:MM-HH:MM\" (opening before closing) or \"off\"");
        return std::nullopt;
    }
    return day;
}

std::optional<std::int32_t> read_local_date(const bj::value& v, const std::string& path, json::Issues& issues) {
    auto text = json::read_string(v, path, issues, {1, 32});
    if (!text) return std::nullopt;
    int y1 = 0, y2 = 0, mo = 0, d = 0;
    const std::string& s = *text;
    if (s.size() != 10 || s[4] != '-' || s[7] != '-' || !two_digits(s, 0, y1) || !two_digits(s, 2, y2) ||
        !two_digits(s, 5, mo) || !two_digits(s, 8, d)) {
        issues.add(path, issue_code::invalid_format, "must be a date \"YYYY-MM-DD\"");
        return std::nullopt;
    }
    const date::year_month_day ymd{date::year{y1 * 100 + y2}, date::month{static_cast<unsigned>(mo)},
                                   date::day{static_cast<unsigned>(d)}};
    if (!ymd.ok() || y1 * 100 + y2 < 1) {
        issues.add(path, issue_code::invalid_format, "is not a calendar date");
        return std::nullopt;
    }
    return static_cast<std::int32_t>(date::sys_days{ymd}.time_since_epoch().count());
}

std::string format_local_date(std::int32_t days) {
    const date::year_month_day ymd{date::sys_days{date::days{days}}};
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                  static_cast<unsigned>(ymd.day()));
    return buf;
}

CalendarConfig read_calendar_config(const bj::value* section, const std::string& path, json::Issues& issues) {
    CalendarConfig config;
    if (!section || section->is_null()) return config;
    json::ObjectReader r(*section, path, issues);
    if (auto hours = r.object("workingHours", Presence::optional)) {
        for (int d = 0; d < 7; ++d)
            if (const bj::value* v = hours->field(weekday_keys[d], Presence::optional))
                if (auto day = read_working_hours(*v, hours->path_of(weekday_keys[d]), issues)) config.week[d] = *day;
        hours->finish();
    }
    if (const bj::array* list = r.array("holidays", Presence::optional, max_holidays)) {
        for (std::size_t i = 0; i < list->size(); ++i)
            if (auto day = read_local_date((*list)[i], r.path_of("holidays") + "/" + std::to_string(i), issues))
                config.holidays.push_back(*day);
        std::sort(config.holidays.begin(), config.holidays.end());
        config.holidays.erase(std::unique(config.holidays.begin(), config.holidays.end()), config.holidays.end());
    }
    if (auto c = r.integer("dailyCapacityMinutes", Presence::optional, 1, 24 * 60 * 100)) config.daily_capacity_minutes = *c;
    if (auto b = r.integer("urgentLeadTimeBps", Presence::optional, 0, 10000)) config.urgent_lead_time_bps = *b;
    r.finish();
    return config;
}

bj::value calendar_config_to_json(const CalendarConfig& config) {
    bj::object hours;
    for (int d = 0; d < 7; ++d) {
        const WorkingDay& day = config.week[d];
        if (!day.open) {
            hours.emplace(weekday_keys[d], "off");
            continue;
        }
        char buf[16];
        std::snprintf(buf, sizeof buf, "%02d:%02d-%02d:%02d", day.opens / 60, day.opens % 60, day.closes / 60,
                      day.closes % 60);
        hours.emplace(weekday_keys[d], buf);
    }
    bj::array holidays;
    for (std::int32_t day : config.holidays) holidays.emplace_back(format_local_date(day));
    bj::object out;
    out.emplace("workingHours", std::move(hours));
    out.emplace("holidays", std::move(holidays));
    out.emplace("dailyCapacityMinutes", config.daily_capacity_minutes);
    out.emplace("urgentLeadTimeBps", config.urgent_lead_time_bps);
    return out;
}

}  // namespace tailor::schedule
