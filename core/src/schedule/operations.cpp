// schedule.estimate (and the time.* operations): JSON decode → typed API → encode.
#include "../lifecycle/domain_operations.hpp"
#include "tailor/json/reader.hpp"
#include "tailor/lifecycle/config.hpp"
#include "tailor/schedule/estimate.hpp"

namespace tailor::schedule {

namespace bj = boost::json;
using json::ObjectReader;
using json::Presence;

std::vector<api::Operation> time_operations();  // time_operations.cpp

namespace {

constexpr std::int64_t max_unit_minutes = 7 * 24 * 60;  // a week per unit
constexpr std::int64_t max_quantity = 1000;
constexpr std::int64_t max_lead_days = 365;
constexpr std::int64_t max_queue_minutes = 10'000'000;

std::string_view day_kind_name(DayKind k) {
    switch (k) {
        case DayKind::working: return "working";
        case DayKind::off: return "off";
        case DayKind::holiday: return "holiday";
    }
    return "off";
}

std::optional<ServiceLine> read_line(const bj::value& v, const std::string& path, json::Issues& issues) {
    ObjectReader item(v, path, issues);
    if (!item.valid()) return std::nullopt;
    ServiceLine line;
    bool ok = true;
    if (auto service = item.object("service", Presence::required)) {  // a stored service document
        if (auto id = service->string("serviceId", Presence::required, {1, 128})) line.service_id = *id;
        else ok = false;
        if (auto s = service->object("scheduling", Presence::required)) {
            auto d = s->integer("estimatedDuration", Presence::required, 0, max_unit_minutes);
            auto b = s->integer("bufferTime", Presence::optional, 0, max_unit_minutes);
            auto l = s->integer("leadTime", Presence::optional, 0, max_lead_days);
            if (d) line.duration_minutes = *d; else ok = false;
            line.buffer_minutes = b.value_or(0);
            line.lead_time_days = l.value_or(0);
        } else ok = false;
    } else ok = false;
    if (auto q = item.integer("quantity", Presence::required, 1, max_quantity)) line.quantity = *q;
    else ok = false;
    item.finish();
    if (!ok) return std::nullopt;
    return line;
}

}  // namespace

std::optional<EstimateInput> read_estimate_input(const bj::value& input, json::Issues& issues) {
    ObjectReader r(input, "", issues);
    EstimateRequest req;
    if (const bj::array* items = r.array("items", Presence::required, max_estimate_lines))
        for (std::size_t i = 0; i < items->size(); ++i)
            if (auto line = read_line((*items)[i], "/items/" + std::to_string(i), issues)) req.lines.push_back(*line);
    req.urgency = r.enumeration("urgency", Presence::optional, documents::urgency_names).value_or(documents::Urgency::standard);
    auto now = r.timestamp("now", Presence::required);
    req.queue_minutes = r.integer("queueMinutes", Presence::optional, 0, max_queue_minutes).value_or(0);
    auto capacity = r.integer("dailyCapacityMinutes", Presence::optional, 1, 24 * 60 * 100);
    const bj::value* config = r.field("config", Presence::optional);
    const lifecycle::ConfigRoot root = lifecycle::read_config_root(config, "/config", issues);
    const CalendarConfig calendar =
        read_calendar_config(lifecycle::config_section(config, "calendar"), "/config/calendar", issues);
    r.finish();
    std::optional<TimeZone> zone = find_zone(root.timezone, "/config/timezone", issues);
    if (!issues.empty()) return std::nullopt;
    req.now = *now;
    req.daily_capacity_minutes = capacity.value_or(calendar.daily_capacity_minutes);
    return EstimateInput{std::move(req), calendar, *zone};
}

namespace {

api::Outcome estimate_op(const bj::value& input) {
    json::Issues issues;
    const auto decoded = read_estimate_input(input, issues);
    if (!decoded) return issues.to_error();
    const EstimateRequest& req = decoded->request;

    auto result = estimate_delivery(req, decoded->calendar, decoded->zone);
    if (!result) return result.error();
    const Estimate& e = result.value();

    bj::object work;
    bj::array lines;
    for (std::size_t i = 0; i < req.lines.size(); ++i) {
        const ServiceLine& l = req.lines[i];
        bj::object o;
        o.emplace("serviceId", l.service_id);
        o.emplace("quantity", l.quantity);
        o.emplace("minutesEach", l.duration_minutes + l.buffer_minutes);
        o.emplace("minutes", e.line_minutes[i]);
        o.emplace("leadTimeDays", l.lead_time_days);
        lines.emplace_back(std::move(o));
    }
    work.emplace("lines", std::move(lines));
    work.emplace("workMinutes", e.work_minutes);
    work.emplace("queueMinutes", e.queue_minutes);
    work.emplace("totalMinutes", e.work_minutes + e.queue_minutes);

    bj::array days;
    for (const DayPlan& d : e.days) {
        bj::object o;
        o.emplace("date", format_local_date(d.day));
        o.emplace("weekday", weekday_key(weekday_index(d.day)));
        o.emplace("kind", day_kind_name(d.kind));
        o.emplace("workingMinutes", d.working_minutes);
        o.emplace("capacityMinutes", d.capacity_minutes);
        o.emplace("bookedMinutes", d.booked_minutes);
        days.emplace_back(std::move(o));
    }

    bj::object out;
    out.emplace("zone", e.zone);
    out.emplace("urgency", json::enum_name(req.urgency, documents::urgency_names));
    out.emplace("orderDate", format_local_date(e.order_day));
    out.emplace("work", std::move(work));
    out.emplace("dailyCapacityMinutes", req.daily_capacity_minutes);
    out.emplace("leadTimeDays", e.lead_time_days);
    out.emplace("leadTimeDate", format_local_date(e.lead_time_day));
    out.emplace("productionDoneDate", format_local_date(e.production_done_day));
    out.emplace("deliveryDate", format_local_date(e.delivery_day));
    out.emplace("deliveryAt", format_rfc3339(e.delivery_at));
    out.emplace("days", std::move(days));
    return bj::value(std::move(out));
}

}  // namespace

std::vector<api::Operation> schedule_operations() {
    std::vector<api::Operation> ops = {
        {"schedule.estimate", "Earliest delivery date and working-time breakdown over the shop calendar, queue and capacity, in the shop's time zone.", &estimate_op},
    };
    for (const auto& op : time_operations()) ops.push_back(op);
    return ops;
}

}  // namespace tailor::schedule
