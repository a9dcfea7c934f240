// tailor/lifecycle/codec.hpp — JSON edge helpers shared by the lifecycle-domain
// operations (order.*, schedule.*, notify.*, maintenance.*): the actor reader
// and the encoders of lifecycle results. Keys are written in a fixed order.
#pragma once

#include <optional>

#include <boost/json/value.hpp>

#include "tailor/json/reader.hpp"
#include "tailor/lifecycle/transition.hpp"

namespace tailor::lifecycle {

/// Reads `actor: {uid, role}` (strict) from `top`.
std::optional<Actor> read_actor(json::ObjectReader& top, json::Issues& issues);

/// What order.transition and order.transitions both take: the order, who acts,
/// when, and the lifecycle section of the configuration.
struct OrderContext {
    OrderView order;
    Actor actor;
    Timestamp now;  ///< order.transitions checks it but lists transitions regardless of time
    LifecycleConfig config;
};

/// order.transition's input, decoded: the arguments of apply_transition().
struct TransitionInput {
    OrderContext context;
    TransitionRequest request;
};

/// Decodes {order, actor, now, config?, request: {event?, to?, itemIds?, reason?,
/// override?}} (order: a stored order document, lifecycle/order_view.hpp).
/// Records every problem in `issues` at its JSON Pointer path; nullopt when there is any.
std::optional<TransitionInput> read_transition_input(const boost::json::value& input, json::Issues& issues);

/// Decodes order.transitions' input {order, actor, now, config?}: the arguments
/// of available_transitions(). Records every problem in `issues` at its JSON
/// Pointer path; nullopt when there is any.
std::optional<OrderContext> read_transitions_input(const boost::json::value& input, json::Issues& issues);

/// {amount as a decimal string in major units} — exact, e.g. "1500.00".
boost::json::value encode_money(const money::Money& m);

boost::json::object encode_event(const DomainEvent& e);

/// {order: {orderId, status: {current, lastUpdated}, items: [{itemId, stage}]}, history, events, refund?, arrears?}
boost::json::value encode_transition_result(const TransitionResult& r);

}  // namespace tailor::lifecycle
