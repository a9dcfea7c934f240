// The daily maintenance run (tailor/maintenance/daily.hpp).
#include "tailor/maintenance/daily.hpp"

#include <algorithm>

namespace tailor::maintenance {

namespace {
using documents::NotificationType;
using documents::OrderStatus;
using lifecycle::is_terminal;

std::int64_t floor_div(std::int64_t a, std::int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

bool active_for_work(OrderStatus s) {
    return s == OrderStatus::confirmed || s == OrderStatus::on_hold || lifecycle::is_production(s);
}
}  // namespace

Result<DailyResult> run_daily(const std::vector<lifecycle::OrderView>& orders,
                              const std::vector<StoredNotification>& notifications, Timestamp now,
                              const MaintenanceConfig& config, const lifecycle::LifecycleConfig& lifecycle_config,
                              const schedule::TimeZone& zone) {
    DailyResult out;
    out.window_to = now;
    out.window_from = Timestamp{now.seconds - 86400, now.nanos};
    const std::int64_t today = floor_div(zone.to_local(now.seconds), 86400);

    std::int64_t turnaround_sum = 0;
    for (const lifecycle::OrderView& o : orders) {
        out.by_status[static_cast<std::size_t>(o.current)]++;

        // Overdue: promised date passed and not finished.
        if (o.delivery_date && *o.delivery_date < now && !is_terminal(o.current))
            out.overdue.push_back({o.order_id, o.current, *o.delivery_date,
                                   floor_div(seconds_between(*o.delivery_date, now), 60)});

        // Reminders (events for notify.plan).
        if (!is_terminal(o.current) && o.delivery_date &&
            floor_div(zone.to_local(o.delivery_date->seconds), 86400) == today + 1)
            out.reminders.push_back({NotificationType::delivery_reminder, o.order_id, o.customer_id,
                                     o.assigned_employee_id, o.delivery_date, std::nullopt});
        if (o.current == OrderStatus::ready && o.balance_minor() > 0)
            out.reminders.push_back({NotificationType::balance_reminder, o.order_id, o.customer_id,
                                     o.assigned_employee_id, std::nullopt,
                                     money::Money::of_minor(o.balance_minor(), o.total.currency())});
        if (o.current == OrderStatus::trial)
            out.reminders.push_back({NotificationType::trial_reminder, o.order_id, o.customer_id,
                                     o.assigned_employee_id, std::nullopt, std::nullopt});

        // Status updates time implies: stale pending orders are cancelled by the system.
        const std::optional<Timestamp> placed = o.order_date ? o.order_date : o.created_at;
        if (o.current == OrderStatus::pending && config.auto_cancel_pending_days > 0 && placed &&
            seconds_between(*placed, now) >= config.auto_cancel_pending_days * 86400) {
            lifecycle::TransitionRequest req;
            req.event = "cancel";
            req.reason = "not confirmed within " + std::to_string(config.auto_cancel_pending_days) + " days";
            auto r = lifecycle::apply_transition(o, req, lifecycle::Actor{"system:maintenance", documents::ActorRole::system},
                                                 now, lifecycle_config);
            if (r) out.status_updates.push_back(std::move(r.value()));
        }

        // Revenue in the window, per currency.
        const std::string code(o.total.currency().code());
        auto rev = std::find_if(out.revenue.begin(), out.revenue.end(), [&](const Revenue& r) { return r.currency == code; });
        for (const lifecycle::TransactionView& t : o.transactions) {
            if (t.status != documents::TransactionStatus::succeeded || !t.at || *t.at < out.window_from || !(*t.at < now))
                continue;
            if (rev == out.revenue.end()) {
                out.revenue.push_back(Revenue{code, 0, 0, o.total.currency().exponent()});
                rev = out.revenue.end() - 1;
            }
            auto& sum = t.kind == documents::TransactionKind::charge ? rev->collected : rev->refunded;
            auto next = money::checked_add(sum, t.amount_minor);
            if (!next)
                return Error{error_code::limit_exceeded, "the day's revenue is out of range",
                             {Issue{"/orders", issue_code::out_of_range, "revenue in " + code + " exceeds 2^53−1 minor units"}}};
            sum = *next;
        }

        // Turnaround of orders delivered in the window: order date → delivery.
        if (o.current == OrderStatus::delivered && placed)
            for (auto it = o.history.rbegin(); it != o.history.rend(); ++it)
                if (it->to == OrderStatus::delivered) {
                    if (it->at && !(*it->at < out.window_from) && *it->at < now) {
                        ++out.delivered_in_window;
                        turnaround_sum += floor_div(seconds_between(*placed, *it->at), 60);
                    }
                    break;
                }

        // Employee utilization: open orders and items per assignee.
        if (active_for_work(o.current)) {
            if (o.assigned_employee_id) out.employees[*o.assigned_employee_id].active_orders++;
            for (const lifecycle::ItemView& item : o.items) {
                if (item.stage == documents::ItemStage::cancelled || item.stage == documents::ItemStage::delivered) continue;
                const auto& who = item.assigned_employee_id ? item.assigned_employee_id : o.assigned_employee_id;
                if (who) out.employees[*who].active_items++;
            }
        }
    }
    if (out.delivered_in_window > 0) out.average_turnaround_minutes = turnaround_sum / out.delivered_in_window;
    std::sort(out.revenue.begin(), out.revenue.end(), [](const Revenue& a, const Revenue& b) { return a.currency < b.currency; });
    std::stable_sort(out.overdue.begin(), out.overdue.end(), [](const Overdue& a, const Overdue& b) {
        return a.delivery_date != b.delivery_date ? a.delivery_date < b.delivery_date : a.order_id < b.order_id;
    });

    for (const StoredNotification& n : notifications) {
        if (n.expiry && *n.expiry <= now) out.deletions.push_back({n.notification_id, "expired"});
        else if (n.read && n.created_at &&
                 seconds_between(*n.created_at, now) >= config.notification_retention_days * 86400)
            out.deletions.push_back({n.notification_id, "read_retention"});
    }
    return out;
}

}  // namespace tailor::maintenance
