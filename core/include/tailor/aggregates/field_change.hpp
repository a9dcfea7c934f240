// tailor/aggregates/field_change.hpp — the writes an aggregate operation asks for.
//
// Concurrent Cloud Functions must never overwrite each other's counters, so
// every counter change is emitted as an increment (`FieldValue.increment(n)`),
// never as a new absolute value. Values that cannot be incremented (a displayed
// average, a utilization) are emitted separately as `FieldSet`s computed from
// the document the caller read; a writer applies them inside the same
// transaction (docs/aggregates.md, "Applying the output").
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <boost/json/value.hpp>

namespace tailor::aggregates {

/// `collection/docId.field += increment`. For money, `increment` is in minor
/// units and `decimal` holds the same amount in major units ("1500.00").
struct FieldIncrement {
    std::string collection;
    std::string doc_id;
    std::string field;  ///< Dotted Firestore field path ("workload.currentOrders").
    std::int64_t increment = 0;
    std::optional<std::string> decimal;   ///< Money only: the amount as a decimal string.
    std::optional<std::string> currency;  ///< Money only: ISO 4217 code.
};

/// `collection/docId.field = value` (a derived value; apply in the same transaction).
struct FieldSet {
    std::string collection;
    std::string doc_id;
    std::string field;
    boost::json::value value;
};

/// Merges increments of the same (collection, docId, field), drops zero ones and
/// sorts by (collection, docId, field): a total order, identical on every runtime.
std::vector<FieldIncrement> normalize(std::vector<FieldIncrement> increments);

/// Sorts sets by (collection, docId, field) (keys are unique by construction).
void sort_sets(std::vector<FieldSet>& sets);

/// {"collection","docId","field","increment"[,"decimal","currency"]}. `number_key`
/// renames "increment" where the entry carries an absolute value ("value", stats.recompute).
boost::json::value to_json(const FieldIncrement& inc, std::string_view number_key = "increment");
/// {"collection","docId","field","value"}.
boost::json::value to_json(const FieldSet& set);
boost::json::array to_json(const std::vector<FieldIncrement>& incs, std::string_view number_key = "increment");
boost::json::array to_json(const std::vector<FieldSet>& sets);

}  // namespace tailor::aggregates
