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

/// {amount as a decimal string in major units} — exact, e.g. "1500.00".
boost::json::value encode_money(const money::Money& m);

boost::json::object encode_event(const DomainEvent& e);

/// {order: {orderId, status: {current, lastUpdated}, items: [{itemId, stage}]}, history, events, refund?, arrears?}
boost::json::value encode_transition_result(const TransitionResult& r);

}  // namespace tailor::lifecycle
