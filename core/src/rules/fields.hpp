// Internal helpers of the rules domain: reading dotted fields of stored
// documents and computing Firestore's diff().affectedKeys().
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

namespace tailor::rules::detail {

/// The value at dotted path "status.current" in `doc`, or nullptr when any step
/// is missing or not an object (Firestore: an error, so the condition fails).
const boost::json::value* field_at(const boost::json::object& doc, std::string_view dotted);

/// Firestore value equality: numbers compare by value whatever their JSON kind
/// (1 == 1.0), maps compare key by key regardless of order, lists in order.
bool deep_equal(const boost::json::value& a, const boost::json::value& b);

/// Keys added, removed or changed between `before` and `after` (top level only,
/// as Map.diff(...).affectedKeys()), sorted by code unit.
std::vector<std::string> affected_keys(const boost::json::object& after, const boost::json::object& before);

/// "[a, b]" for messages.
std::string list_text(const std::vector<std::string_view>& items);
std::string list_text(const std::vector<std::string>& items);

}  // namespace tailor::rules::detail
