// maintenance.daily: JSON decode → run_daily → encode.
#include "../lifecycle/domain_operations.hpp"
#include "tailor/json/reader.hpp"
#include "tailor/lifecycle/codec.hpp"
#include "tailor/lifecycle/config.hpp"
#include "tailor/maintenance/daily.hpp"

namespace tailor::maintenance {

namespace bj = boost::json;
using json::ObjectReader;
using json::Presence;

MaintenanceConfig read_maintenance_config(const bj::value* section, const std::string& path, json::Issues& issues) {
    MaintenanceConfig config;
    if (!section || section->is_null()) return config;
    ObjectReader r(*section, path, issues);
    if (auto d = r.integer("autoCancelPendingDays", Presence::optional, 0, 365)) config.auto_cancel_pending_days = *d;
    if (auto d = r.integer("notificationRetentionDays", Presence::optional, 1, 3650))
        config.notification_retention_days = *d;
    r.finish();
    return config;
}

bj::value maintenance_config_to_json(const MaintenanceConfig& config) {
    bj::object out;
    out.emplace("autoCancelPendingDays", config.auto_cancel_pending_days);
    out.emplace("notificationRetentionDays", config.notification_retention_days);
    return out;
}

std::optional<DailyInput> read_daily_input(const bj::value& input, json::Issues& issues) {
    ObjectReader top(input, "", issues);
    std::vector<lifecycle::OrderView> orders;
    if (const bj::array* list = top.array("orders", Presence::required, max_orders)) {
        for (std::size_t i = 0; i < list->size(); ++i) {
            const std::string path = "/orders/" + std::to_string(i);
            if (auto o = lifecycle::read_order_view((*list)[i], path, issues)) {
                for (const auto& p : orders)
                    if (p.order_id == o->order_id)
                        issues.add(path + "/orderId", issue_code::duplicate, "order \"" + o->order_id + "\" is listed twice");
                orders.push_back(std::move(*o));
            }
        }
    }
    std::vector<StoredNotification> notes;
    if (const bj::array* list = top.array("notifications", Presence::optional, max_notifications)) {
        for (std::size_t i = 0; i < list->size(); ++i) {
            ObjectReader r((*list)[i], "/notifications/" + std::to_string(i), issues);  // stored documents: no finish()
            if (!r.valid()) continue;
            StoredNotification n;
            auto id = r.string("notificationId", Presence::required, {1, 256});
            n.expiry = r.timestamp("expiry", Presence::optional);
            n.created_at = r.timestamp("createdAt", Presence::optional);
            if (auto status = r.object("status", Presence::optional))
                n.read = status->boolean("read", Presence::optional).value_or(false);
            if (!id) continue;
            n.notification_id = *id;
            notes.push_back(std::move(n));
        }
    }
    auto now = top.timestamp("now", Presence::required);
    const bj::value* config = top.field("config", Presence::optional);
    const lifecycle::ConfigRoot root = lifecycle::read_config_root(config, "/config", issues);
    const auto lconfig = lifecycle::read_lifecycle_config(lifecycle::config_section(config, "lifecycle"), "/config/lifecycle", issues);
    const auto mconfig = read_maintenance_config(lifecycle::config_section(config, "maintenance"), "/config/maintenance", issues);
    top.finish();
    auto zone = schedule::find_zone(root.timezone, "/config/timezone", issues);
    if (!issues.empty()) return std::nullopt;
    return DailyInput{std::move(orders), std::move(notes), *now, mconfig, lconfig, *zone};
}

namespace {

api::Outcome daily_op(const bj::value& input) {
    json::Issues issues;
    const auto decoded = read_daily_input(input, issues);
    if (!decoded) return issues.to_error();
    const Timestamp& now = decoded->now;

    auto result = run_daily(decoded->orders, decoded->notifications, now, decoded->config,
                            decoded->lifecycle_config, decoded->zone);
    if (!result) return result.error();
    const DailyResult& d = result.value();

    bj::array overdue;
    for (const Overdue& o : d.overdue) {
        bj::object x;
        x.emplace("orderId", o.order_id);
        x.emplace("status", json::enum_name(o.status, documents::order_status_names));
        x.emplace("deliveryDate", format_rfc3339(o.delivery_date));
        x.emplace("overdueMinutes", o.overdue_minutes);
        overdue.emplace_back(std::move(x));
    }
    bj::array reminders;  // shaped as notify.plan events
    for (const Reminder& r : d.reminders) {
        bj::object x;
        x.emplace("type", json::enum_name(r.type, documents::notification_type_names));
        x.emplace("orderId", r.order_id);
        x.emplace("customerId", r.customer_id);
        if (r.assigned_employee_id) x.emplace("assignedEmployeeId", *r.assigned_employee_id);
        if (r.due) x.emplace("due", format_rfc3339(*r.due));
        if (r.amount) {
            x.emplace("amount", r.amount->to_decimal_string());
            x.emplace("currency", r.amount->currency().code());
        }
        x.emplace("at", format_rfc3339(now));
        reminders.emplace_back(std::move(x));
    }
    bj::array updates;
    for (const auto& u : d.status_updates) updates.emplace_back(lifecycle::encode_transition_result(u));
    bj::array deletions;
    for (const Deletion& del : d.deletions) {
        bj::object x;
        x.emplace("notificationId", del.notification_id);
        x.emplace("reason", del.reason);
        deletions.emplace_back(std::move(x));
    }

    bj::object report;
    bj::object window;
    window.emplace("from", format_rfc3339(d.window_from));
    window.emplace("to", format_rfc3339(d.window_to));
    report.emplace("window", std::move(window));
    report.emplace("orders", decoded->orders.size());
    bj::object by_status;
    for (const auto& n : documents::order_status_names)
        by_status.emplace(n.name, d.by_status[static_cast<std::size_t>(n.value)]);
    report.emplace("ordersByStatus", std::move(by_status));
    bj::array revenue;
    for (const Revenue& r : d.revenue) {
        bj::object x;
        x.emplace("currency", r.currency);
        x.emplace("collected", money::format_minor(r.collected, r.exponent));
        x.emplace("refunded", money::format_minor(r.refunded, r.exponent));
        x.emplace("net", money::format_minor(r.collected - r.refunded, r.exponent));
        revenue.emplace_back(std::move(x));
    }
    report.emplace("revenue", std::move(revenue));
    bj::object turnaround;
    turnaround.emplace("delivered", d.delivered_in_window);
    if (d.average_turnaround_minutes) turnaround.emplace("averageMinutes", *d.average_turnaround_minutes);
    else turnaround.emplace("averageMinutes", nullptr);
    report.emplace("turnaround", std::move(turnaround));
    bj::array employees;
    for (const auto& [id, load] : d.employees) {
        bj::object x;
        x.emplace("employeeId", id);
        x.emplace("activeOrders", load.active_orders);
        x.emplace("activeItems", load.active_items);
        employees.emplace_back(std::move(x));
    }
    report.emplace("employees", std::move(employees));

    bj::object out;
    out.emplace("overdue", std::move(overdue));
    out.emplace("reminders", std::move(reminders));
    out.emplace("statusUpdates", std::move(updates));
    out.emplace("deleteNotifications", std::move(deletions));
    out.emplace("report", std::move(report));
    return bj::value(std::move(out));
}

}  // namespace

std::vector<api::Operation> maintenance_operations() {
    return {{"maintenance.daily", "The daily run: overdue orders, reminders to send, status updates time implies, notifications to delete, and the day's report.", &daily_op}};
}

}  // namespace tailor::maintenance
