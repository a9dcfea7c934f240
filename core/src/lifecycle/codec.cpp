// JSON edge helpers of the lifecycle domain (tailor/lifecycle/codec.hpp).
#include "tailor/lifecycle/codec.hpp"

namespace tailor::lifecycle {

namespace bj = boost::json;
using json::Presence;

std::optional<Actor> read_actor(json::ObjectReader& top, json::Issues& issues) {
    auto r = top.object("actor", Presence::required);
    if (!r) return std::nullopt;
    auto uid = r->string("uid", Presence::required, {1, 128});
    auto role = r->enumeration("role", Presence::required, documents::actor_role_names);
    r->finish();
    (void)issues;
    if (!uid || !role) return std::nullopt;
    return Actor{*uid, *role};
}

bj::value encode_money(const money::Money& m) { return bj::value(m.to_decimal_string()); }

bj::object encode_event(const DomainEvent& e) {
    bj::object o;
    o.emplace("type", json::enum_name(e.type, documents::notification_type_names));
    o.emplace("orderId", e.order_id);
    o.emplace("customerId", e.customer_id);
    if (e.assigned_employee_id) o.emplace("assignedEmployeeId", *e.assigned_employee_id);
    o.emplace("from", json::enum_name(e.from, documents::order_status_names));
    o.emplace("to", json::enum_name(e.to, documents::order_status_names));
    if (!e.item_ids.empty()) {
        bj::array ids;
        for (const auto& id : e.item_ids) ids.emplace_back(id);
        o.emplace("itemIds", std::move(ids));
    }
    o.emplace("at", format_rfc3339(e.at));
    return o;
}

bj::value encode_transition_result(const TransitionResult& r) {
    bj::object order;
    order.emplace("orderId", r.order_id);
    bj::object status;
    status.emplace("current", json::enum_name(r.current, documents::order_status_names));
    status.emplace("lastUpdated", format_rfc3339(r.last_updated));
    order.emplace("status", std::move(status));
    bj::array items;
    for (const auto& it : r.items) {
        bj::object i;
        i.emplace("itemId", it.item_id);
        i.emplace("stage", json::enum_name(it.stage, documents::item_stage_names));
        items.emplace_back(std::move(i));
    }
    order.emplace("items", std::move(items));

    bj::object history;
    history.emplace("from", json::enum_name(r.history.from, documents::order_status_names));
    history.emplace("to", json::enum_name(r.history.to, documents::order_status_names));
    history.emplace("actor", r.history.actor.uid);
    const auto role = json::enum_name(r.history.actor.role, documents::actor_role_names);
    history.emplace("role", role);
    history.emplace("trigger", role);
    history.emplace("at", format_rfc3339(r.history.at));
    if (r.history.reason) history.emplace("reason", *r.history.reason);

    bj::array events;
    for (const auto& e : r.events) events.emplace_back(encode_event(e));

    bj::object out;
    out.emplace("order", std::move(order));
    out.emplace("history", std::move(history));
    out.emplace("events", std::move(events));
    if (r.refund) {
        bj::object f;
        f.emplace("policy", r.refund->policy);
        f.emplace("currency", r.refund->paid.currency().code());
        f.emplace("paid", encode_money(r.refund->paid));
        f.emplace("retained", encode_money(r.refund->retained));
        f.emplace("refundable", encode_money(r.refund->refundable));
        out.emplace("refund", std::move(f));
    }
    if (r.arrears) {
        bj::object a;
        a.emplace("currency", r.arrears->amount.currency().code());
        a.emplace("amount", encode_money(r.arrears->amount));
        a.emplace("reason", r.arrears->reason);
        out.emplace("arrears", std::move(a));
    }
    return bj::value(std::move(out));
}

}  // namespace tailor::lifecycle
