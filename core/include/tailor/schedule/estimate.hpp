// tailor/schedule/estimate.hpp — the earliest delivery date of an order (schedule.estimate).
//
// Work = Σ quantity × (estimatedDuration + bufferTime) minutes. Standard orders
// wait behind the queue (minutes already booked); urgent orders skip it. Each
// working day of the shop calendar (local to the shop's zone) supplies
// dailyCapacityMinutes; the order day supplies the share still ahead of it
// (capacity × remaining working minutes ÷ the day's working minutes, floored).
// Lead time = the largest leadTime of the services, in working days after the
// order day (urgent: × urgentLeadTimeBps ÷ 10000, rounded up). Delivery is at
// closing time of the first working day on which the work is done and the lead
// time has passed — never earlier than now. All arithmetic is on integers; local
// times become instants through the zone's POSIX rules (DST-correct).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <boost/json/value.hpp>

#include "tailor/documents/enums.hpp"
#include "tailor/error.hpp"
#include "tailor/schedule/config.hpp"
#include "tailor/schedule/time_zone.hpp"
#include "tailor/time/timestamp.hpp"

namespace tailor::schedule {

inline constexpr std::size_t max_estimate_lines = 200;
/// Days searched for a delivery date before giving up (limit_exceeded).
inline constexpr std::int32_t max_horizon_days = 730;

struct ServiceLine {
    std::string service_id;
    std::int64_t quantity = 1;
    std::int64_t duration_minutes = 0;  ///< scheduling.estimatedDuration, per unit
    std::int64_t buffer_minutes = 0;    ///< scheduling.bufferTime, per unit
    std::int64_t lead_time_days = 0;    ///< scheduling.leadTime
};

struct EstimateRequest {
    std::vector<ServiceLine> lines;
    documents::Urgency urgency = documents::Urgency::standard;
    Timestamp now;
    std::int64_t queue_minutes = 0;
    std::int64_t daily_capacity_minutes = 480;
};

enum class DayKind { working, off, holiday };

struct DayPlan {
    std::int32_t day = 0;  ///< local date, days since 1970-01-01
    DayKind kind = DayKind::off;
    std::int64_t working_minutes = 0;   ///< real minutes between opening and closing (DST-aware)
    std::int64_t capacity_minutes = 0;  ///< what the day can take for this order
    std::int64_t booked_minutes = 0;    ///< queue + this order's work placed on the day
};

struct Estimate {
    std::string zone;
    std::int32_t order_day = 0;
    std::vector<std::int64_t> line_minutes;  ///< per line: quantity × (duration + buffer)
    std::int64_t work_minutes = 0;
    std::int64_t queue_minutes = 0;  ///< counted (0 for urgent)
    std::int64_t lead_time_days = 0; ///< after urgency
    std::int32_t lead_time_day = 0;  ///< first day the lead time allows
    std::int32_t production_done_day = 0;
    std::int32_t delivery_day = 0;
    Timestamp delivery_at;
    std::vector<DayPlan> days;  ///< order day … delivery day
};

Result<Estimate> estimate_delivery(const EstimateRequest& request, const CalendarConfig& calendar,
                                   const TimeZone& zone);

/// schedule.estimate's input, decoded: the arguments of estimate_delivery().
struct EstimateInput {
    EstimateRequest request;
    CalendarConfig calendar;
    TimeZone zone;  ///< config.timezone
};

/// Decodes {items: [{service, quantity}], urgency?, now, queueMinutes?,
/// dailyCapacityMinutes?, config?} (each service a stored service document,
/// read for its id and scheduling; config: root fields and the calendar
/// section). Records every problem in `issues` at its JSON Pointer path;
/// nullopt when there is any.
std::optional<EstimateInput> read_estimate_input(const boost::json::value& input, json::Issues& issues);

/// Monday = 0 … Sunday = 6 of a local date.
int weekday_index(std::int32_t day);
/// "mon" … "sun".
std::string_view weekday_key(int index);

}  // namespace tailor::schedule
