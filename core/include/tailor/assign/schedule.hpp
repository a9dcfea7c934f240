// tailor/assign/schedule.hpp — an employee's working time: weekly hours plus
// dated exceptions, evaluated in the shop's local time.
//
// Used for one hard constraint: an employee with no working minute between
// `now` and the order's delivery date cannot take the order (no_working_time).
// The first working instant at or after `now` is computed once per employee, so
// a batch plan checks each (order, employee) pair in O(1).
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <boost/json/value.hpp>

#include "tailor/json/reader.hpp"
#include "tailor/schedule/time_zone.hpp"

namespace tailor::assign {

/// Minutes after local midnight; one working interval [start, end) per weekday.
struct DayHours {
    std::int32_t start = 0;
    std::int32_t end = 0;  ///< end ≤ 1440; start == end means "off".
    bool off() const noexcept { return start >= end; }
};

enum class ExceptionKind { leave, holiday, half_day };

/// One dated exception, `day` counted in days since 1970-01-01 (local calendar).
struct DateException {
    std::int64_t day = 0;
    ExceptionKind kind = ExceptionKind::leave;
};

struct Schedule {
    std::array<DayHours, 7> week{};          ///< Monday first.
    std::vector<DateException> exceptions;   ///< Sorted by day; leave/holiday before half_day.
};

/// Reads `schedule` ({workingHours, exceptions}). workingHours keys are mon…sun,
/// values "HH:MM-HH:MM" (start < end, end ≤ 24:00) or "off"; a missing weekday is
/// off. Unknown weekday keys are invalid_enum issues.
std::optional<Schedule> read_schedule(const boost::json::value& v, const std::string& path,
                                      json::Issues& issues);

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
std::int64_t days_from_civil(std::int64_t y, unsigned m, unsigned d);

/// The first instant (UTC seconds) at or after `from_seconds` inside the
/// schedule's working time, scanning at most `max_days` local days; nullopt when
/// there is none. Leave and holiday remove a day; half_day keeps the first half
/// of that day's interval (rounded down to the minute). Local days and hours are
/// those of `zone` (DST included: a day's hours map to UTC with that day's offset;
/// a boundary in a spring-forward gap moves forward, as TimeZone::to_utc does).
std::optional<std::int64_t> first_working_second(const Schedule& schedule, std::int64_t from_seconds,
                                                 const schedule::TimeZone& zone, std::int64_t max_days);

}  // namespace tailor::assign
