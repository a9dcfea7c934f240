// stats.delta rules (one function per event) and the from-scratch recomputation.
#include "tailor/aggregates/stats.hpp"

#include "tailor/aggregates/rating.hpp"

namespace tailor::aggregates {

namespace {

struct Builder {
    std::vector<FieldIncrement> incs;
    const std::optional<money::Currency>& currency;

    void add(const char* collection, const std::string& id, const char* field, std::int64_t n) {
        incs.push_back(FieldIncrement{collection, id, field, n, std::nullopt, std::nullopt});
    }
    void money(const std::string& customer_id, std::int64_t minor) {
        FieldIncrement inc{"customers", customer_id, counter::total_spent_minor, minor, std::nullopt, std::nullopt};
        if (currency) {
            inc.decimal = money::format_minor(minor, currency->exponent());
            inc.currency = std::string(currency->code());
        }
        incs.push_back(std::move(inc));
    }
};

Error state_error(const std::string& path, const std::string& message) {
    json::Issues issues;
    issues.add(path, "invalid_event_for_state", message);
    return issues.to_error("the event cannot happen to the order in its current state");
}

}  // namespace

std::optional<std::int64_t> utilization_bps(std::int64_t current_orders, std::int64_t capacity) {
    if (capacity <= 0 || current_orders < 0) return std::nullopt;
    return ratio_bps(current_orders, capacity);
}

Result<EventEffect> apply_event(const OrderFacts& before, const StatsEvent& event,
                                const std::optional<money::Currency>& currency) {
    Builder b{{}, currency};
    OrderFacts after = before;
    const bool open = before.phase == OrderPhase::open;
    switch (event.type) {
        case EventType::order_created:
            if (!open || before.confirmed || before.employee_id || before.net_paid_minor != 0)
                return state_error("/order", "order_created needs a new order: open, unconfirmed, unassigned and "
                                             "unpaid (report confirmation, assignment and payments as their own events)");
            b.add("users", before.user_id, counter::total_orders, +1);
            break;
        case EventType::order_confirmed:
            if (!open || before.confirmed)
                return state_error("/event/type", "only an open order that was never confirmed can be confirmed");
            for (const auto& s : before.service_ids) b.add("services", s, counter::current_queue, +1);
            after.confirmed = true;
            break;
        case EventType::order_assigned:
        case EventType::order_reassigned: {
            const bool reassign = event.type == EventType::order_reassigned;
            if (!open)
                return state_error("/event/type", "a delivered or cancelled order cannot be (re)assigned");
            if (!event.employee_id)
                return state_error("/event/employeeId", "the event names the employee the order goes to");
            if (!reassign && before.employee_id)
                return state_error("/event/type", "the order already has an employee: use order_reassigned");
            if (reassign && !before.employee_id)
                return state_error("/event/type", "the order has no employee yet: use order_assigned");
            if (reassign) b.add("employees", *before.employee_id, counter::current_orders, -1);
            b.add("employees", *event.employee_id, counter::current_orders, +1);
            after.employee_id = event.employee_id;
            break;
        }
        case EventType::order_delivered:
            if (!open || !before.confirmed)
                return state_error("/event/type", "only an open, confirmed order can be delivered");
            if (before.employee_id) {
                b.add("employees", *before.employee_id, counter::current_orders, -1);
                b.add("employees", *before.employee_id, counter::completed_orders, +1);
            }
            for (const auto& s : before.service_ids) b.add("services", s, counter::current_queue, -1);
            after.phase = OrderPhase::delivered;
            break;
        case EventType::order_cancelled:
            if (!open) return state_error("/event/type", "only an open order can be cancelled");
            if (before.employee_id) b.add("employees", *before.employee_id, counter::current_orders, -1);
            if (before.confirmed)
                for (const auto& s : before.service_ids) b.add("services", s, counter::current_queue, -1);
            b.add("users", before.user_id, counter::total_orders, -1);
            after.phase = OrderPhase::cancelled;
            break;
        case EventType::payment_received:
        case EventType::refund_issued: {
            if (!event.amount || event.amount->minor() <= 0)
                return state_error("/event/amount", "a payment or refund has a positive amount");
            if (currency && event.amount->currency() != *currency)
                return state_error("/event/amount", "the amount is not in the order's currency");
            const std::int64_t minor = event.amount->minor();
            if (event.type == EventType::refund_issued) {
                if (minor > before.net_paid_minor) {
                    json::Issues issues;
                    issues.add("/event/amount", "refund_exceeds_paid",
                               "the refund is larger than the net amount paid on the order");
                    return issues.to_error("the event cannot happen to the order in its current state");
                }
                after.net_paid_minor -= minor;
                b.money(before.customer_id, -minor);
            } else {
                auto sum = money::checked_add(before.net_paid_minor, minor);
                if (!sum) return state_error("/event/amount", "the net amount paid would leave the exact range");
                after.net_paid_minor = *sum;
                b.money(before.customer_id, minor);
            }
            break;
        }
    }
    return EventEffect{normalize(std::move(b.incs)), std::move(after)};
}

std::vector<FieldIncrement> recompute(const std::vector<OrderFacts>& orders,
                                      const std::optional<money::Currency>& currency) {
    Builder b{{}, currency};
    for (const auto& o : orders) {
        const bool open = o.phase == OrderPhase::open;
        if (o.phase != OrderPhase::cancelled) b.add("users", o.user_id, counter::total_orders, 1);
        if (open && o.confirmed)
            for (const auto& s : o.service_ids) b.add("services", s, counter::current_queue, 1);
        if (o.employee_id && open) b.add("employees", *o.employee_id, counter::current_orders, 1);
        if (o.employee_id && o.phase == OrderPhase::delivered)
            b.add("employees", *o.employee_id, counter::completed_orders, 1);
        if (o.net_paid_minor != 0) b.money(o.customer_id, o.net_paid_minor);
    }
    return normalize(std::move(b.incs));
}

}  // namespace tailor::aggregates
