// Internal to sync: semantic equality and a total order on JSON values.
//
// Offline clients may send the same object with its keys in another order, so
// "the same value" ignores key order; numbers compare by their canonical text
// (what every runtime prints). The total order (canonical bytes with sorted
// keys) is only a last tie-break, chosen because it is symmetric: it never
// depends on which side a value came from.
#pragma once

#include <optional>
#include <string>

#include <boost/json/value.hpp>

#include "tailor/time/timestamp.hpp"

namespace tailor::sync::detail {

/// Equal as JSON data: same kinds, objects equal key by key whatever the order.
bool same_value(const boost::json::value& a, const boost::json::value& b);

/// Both absent, or both present and same_value.
bool same_slot(const boost::json::value* a, const boost::json::value* b);

/// The canonical serialization with object keys sorted by bytes, recursively.
std::string canonical_bytes(const boost::json::value& v);

/// The instant a JSON value denotes (any accepted Timestamp shape), or nullopt.
std::optional<Timestamp> parse_instant(const boost::json::value& v);

}  // namespace tailor::sync::detail
