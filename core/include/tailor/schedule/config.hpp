// tailor/schedule/config.hpp — the `calendar` section of the shop configuration.
//
//   "calendar": {
//     "workingHours": {"mon": "09:00-18:00", …, "sun": "off"},   // default mon–sat 09:00-18:00, sun off
//     "holidays": ["2026-12-25", …],                              // local dates, at most 366
//     "dailyCapacityMinutes": 480,                                // production minutes per full working day
//     "urgentLeadTimeBps": 5000                                   // urgent orders: lead time × 50 %, rounded up
//   }
// The shop's zone is the root field `timezone` (default Asia/Kolkata).
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <boost/json/value.hpp>

#include "tailor/json/reader.hpp"

namespace tailor::schedule {

/// Minutes after local midnight.
struct WorkingDay {
    bool open = false;
    std::int32_t opens = 0;   ///< e.g. 540 for 09:00
    std::int32_t closes = 0;  ///< e.g. 1080 for 18:00 (> opens)
};

inline constexpr std::size_t max_holidays = 366;

struct CalendarConfig {
    std::array<WorkingDay, 7> week{};           ///< index 0 = Monday … 6 = Sunday
    std::vector<std::int32_t> holidays;         ///< days since 1970-01-01 (local dates), sorted, unique
    std::int64_t daily_capacity_minutes = 480;
    std::int64_t urgent_lead_time_bps = 5000;
    CalendarConfig();
};

CalendarConfig read_calendar_config(const boost::json::value* section, const std::string& path,
                                    json::Issues& issues);
/// The section with every field filled in (validate.config's effective config):
/// all seven weekdays, holidays sorted and without repeats.
boost::json::value calendar_config_to_json(const CalendarConfig& config);

/// "HH:MM-HH:MM" (00:00 ≤ opens < closes ≤ 24:00) or "off"; nullopt after an issue.
std::optional<WorkingDay> read_working_hours(const boost::json::value& v, const std::string& path,
                                             json::Issues& issues);
/// "YYYY-MM-DD" → days since 1970-01-01; nullopt after an invalid_format issue.
std::optional<std::int32_t> read_local_date(const boost::json::value& v, const std::string& path,
                                            json::Issues& issues);
/// days since 1970-01-01 → "YYYY-MM-DD".
std::string format_local_date(std::int32_t days);

}  // namespace tailor::schedule
