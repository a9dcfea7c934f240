// order.transition and order.transitions: JSON decode → typed lifecycle API → encode.
#include <algorithm>

#include "domain_operations.hpp"
#include "tailor/api/domains.hpp"
#include "tailor/json/reader.hpp"
#include "tailor/lifecycle/codec.hpp"
#include "tailor/lifecycle/transition.hpp"

namespace tailor::lifecycle {

namespace bj = boost::json;
using json::ObjectReader;
using json::Presence;

namespace {

constexpr std::size_t max_item_ids = max_items_per_order * 2;

std::optional<TransitionRequest> read_request(ObjectReader& top, json::Issues& issues) {
    auto r = top.object("request", Presence::required);
    if (!r) return std::nullopt;
    TransitionRequest req;
    const std::size_t before = issues.size();
    if (const bj::value* e = r->field("event", Presence::optional)) {
        std::string_view names[transition_table.size()];
        std::size_t n = 0;
        for (const Transition& t : transition_table)
            if (std::find(names, names + n, t.event) == names + n) names[n++] = t.event;
        if (auto i = json::read_choice(*e, r->path_of("event"), issues, names, n)) req.event = std::string(names[*i]);
    }
    req.to = r->enumeration("to", Presence::optional, documents::order_status_names);
    if (!r->has("event") && !r->has("to"))
        issues.add(r->path_of("event"), issue_code::required, "give the transition's `event`, its target `to`, or both");
    if (const bj::array* ids = r->array("itemIds", Presence::optional, max_item_ids)) {
        if (ids->empty()) issues.add(r->path_of("itemIds"), issue_code::too_short, "must list at least one item (omit it to move the whole order)");
        for (std::size_t i = 0; i < ids->size(); ++i)
            if (auto id = json::read_string((*ids)[i], r->path_of("itemIds") + "/" + std::to_string(i), issues, {1, 128}))
                req.item_ids.push_back(*id);
    }
    req.reason = r->string("reason", Presence::optional, {1, 500});
    req.override_balance = r->boolean("override", Presence::optional).value_or(false);
    r->finish();
    if (issues.size() != before) return std::nullopt;
    return req;
}

/// What both operations read, each part nullopt after an issue.
struct Common {
    std::optional<OrderView> order;
    std::optional<Actor> actor;
    std::optional<Timestamp> now;
    LifecycleConfig config;
};

void read_common(ObjectReader& top, json::Issues& issues, Common& c) {
    if (const bj::value* o = top.field("order", Presence::required)) c.order = read_order_view(*o, "/order", issues);
    c.actor = read_actor(top, issues);
    c.now = top.timestamp("now", Presence::required);
    const bj::value* config = top.field("config", Presence::optional);
    read_config_root(config, "/config", issues);
    c.config = read_lifecycle_config(config_section(config, "lifecycle"), "/config/lifecycle", issues);
}

}  // namespace

std::optional<TransitionInput> read_transition_input(const bj::value& input, json::Issues& issues) {
    ObjectReader top(input, "", issues);
    Common c;
    read_common(top, issues, c);
    auto req = read_request(top, issues);
    top.finish();
    if (!issues.empty()) return std::nullopt;
    return TransitionInput{OrderContext{std::move(*c.order), *c.actor, *c.now, c.config}, std::move(*req)};
}

std::optional<OrderContext> read_transitions_input(const bj::value& input, json::Issues& issues) {
    ObjectReader top(input, "", issues);
    Common c;
    read_common(top, issues, c);
    top.finish();
    if (!issues.empty()) return std::nullopt;
    return OrderContext{std::move(*c.order), *c.actor, *c.now, c.config};
}

namespace {

api::Outcome transition_op(const bj::value& input) {
    json::Issues issues;
    const auto decoded = read_transition_input(input, issues);
    if (!decoded) return issues.to_error();
    const OrderContext& c = decoded->context;
    auto result = apply_transition(c.order, decoded->request, c.actor, c.now, c.config);
    if (!result) return result.error();
    return encode_transition_result(result.value());
}

api::Outcome transitions_op(const bj::value& input) {
    json::Issues issues;
    const auto c = read_transitions_input(input, issues);
    if (!c) return issues.to_error();
    bj::object out;
    out.emplace("current", json::enum_name(c->order.current, documents::order_status_names));
    bj::array list;
    for (const AvailableTransition& a : available_transitions(c->order, c->actor, c->config)) {
        bj::object t;
        t.emplace("event", a.event);
        if (a.to_known) t.emplace("to", json::enum_name(a.to, documents::order_status_names));
        else t.emplace("to", nullptr);
        t.emplace("allowed", a.allowed);
        t.emplace("requiresReason", a.requires_reason);
        if (a.reason) {
            bj::object why;
            why.emplace("code", a.reason->code);
            why.emplace("message", a.reason->message);
            t.emplace("reason", std::move(why));
        }
        list.emplace_back(std::move(t));
    }
    out.emplace("transitions", std::move(list));
    return bj::value(std::move(out));
}

}  // namespace

std::vector<api::Operation> operations() {
    std::vector<api::Operation> ops = {
        {"order.transition", "Applies one status-machine transition to an order: new status, item stages, one history entry, one domain event — or the guard that rejected it.", &transition_op},
        {"order.transitions", "Lists every transition an actor may request from the order's current state, each allowed or with the guard that blocks it.", &transitions_op},
    };
    for (const auto& op : schedule::schedule_operations()) ops.push_back(op);
    for (const auto& op : notify::notify_operations()) ops.push_back(op);
    for (const auto& op : maintenance::maintenance_operations()) ops.push_back(op);
    return ops;
}

}  // namespace tailor::lifecycle
