// Earliest delivery date over the shop calendar (tailor/schedule/estimate.hpp).
#include "tailor/schedule/estimate.hpp"

#include <algorithm>

#include <date/date.h>

namespace tailor::schedule {

namespace {
std::int64_t floor_div(std::int64_t a, std::int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }
}  // namespace

int weekday_index(std::int32_t day) {
    const date::weekday wd{date::sys_days{date::days{day}}};
    return static_cast<int>(wd.iso_encoding()) - 1;
}

std::string_view weekday_key(int index) {
    static constexpr std::string_view keys[7] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    return keys[index];
}

Result<Estimate> estimate_delivery(const EstimateRequest& req, const CalendarConfig& calendar, const TimeZone& zone) {
    Estimate out;
    out.zone = std::string(zone.name());
    const std::int64_t local_now = zone.to_local(req.now.seconds);
    out.order_day = static_cast<std::int32_t>(floor_div(local_now, 86400));

    std::int64_t lead = 0;
    for (const ServiceLine& line : req.lines) {
        const std::int64_t minutes = line.quantity * (line.duration_minutes + line.buffer_minutes);
        out.line_minutes.push_back(minutes);
        out.work_minutes += minutes;
        lead = std::max(lead, line.lead_time_days);
    }
    if (req.urgency == documents::Urgency::urgent) lead = (lead * calendar.urgent_lead_time_bps + 9999) / 10000;
    out.lead_time_days = lead;
    out.queue_minutes = req.urgency == documents::Urgency::urgent ? 0 : req.queue_minutes;

    std::int64_t remaining = out.queue_minutes + out.work_minutes;
    std::int64_t working_days_after_order = 0;
    bool lead_found = lead == 0, done_found = remaining == 0;
    if (lead_found) out.lead_time_day = out.order_day;
    if (done_found) out.production_done_day = out.order_day;

    for (std::int32_t day = out.order_day; day <= out.order_day + max_horizon_days; ++day) {
        DayPlan plan;
        plan.day = day;
        const WorkingDay& hours = calendar.week[static_cast<std::size_t>(weekday_index(day))];
        const bool holiday = std::binary_search(calendar.holidays.begin(), calendar.holidays.end(), day);
        plan.kind = holiday ? DayKind::holiday : hours.open ? DayKind::working : DayKind::off;
        std::int64_t close_utc = 0;
        if (plan.kind == DayKind::working) {
            const std::int64_t midnight = static_cast<std::int64_t>(day) * 86400;
            const std::int64_t open_utc = zone.to_utc(midnight + hours.opens * 60);
            close_utc = zone.to_utc(midnight + hours.closes * 60);
            plan.working_minutes = (close_utc - open_utc) / 60;
            if (day == out.order_day) {
                const std::int64_t start = std::max(open_utc, req.now.seconds);
                const std::int64_t left = start >= close_utc ? 0 : (close_utc - start) / 60;
                plan.capacity_minutes =
                    plan.working_minutes > 0 ? req.daily_capacity_minutes * left / plan.working_minutes : 0;
            } else {
                plan.capacity_minutes = req.daily_capacity_minutes;
                ++working_days_after_order;
            }
            plan.booked_minutes = std::min(plan.capacity_minutes, remaining);
            remaining -= plan.booked_minutes;
            if (!done_found && remaining == 0) done_found = true, out.production_done_day = day;
            if (!lead_found && working_days_after_order >= lead) lead_found = true, out.lead_time_day = day;
        }
        out.days.push_back(plan);
        if (plan.kind == DayKind::working && done_found && lead_found && close_utc > req.now.seconds) {
            out.delivery_day = day;
            out.delivery_at = Timestamp{close_utc, 0};
            return out;
        }
    }
    return Error{error_code::limit_exceeded,
                 "no delivery date within " + std::to_string(max_horizon_days) +
                     " days of the order date: the work exceeds the calendar's capacity",
                 {Issue{"", "horizon_exceeded",
                        "queue + work = " + std::to_string(out.queue_minutes + out.work_minutes) +
                            " minutes at most " + std::to_string(req.daily_capacity_minutes) +
                            " per working day does not fit in " + std::to_string(max_horizon_days) + " days"}}};
}

}  // namespace tailor::schedule
