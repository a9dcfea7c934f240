// tailor/rules/indexes.hpp — the queries the system makes, and the
// firestore.indexes.json derived from them.
//
// One list of queries in code (indexes.cpp); each composite index is derived
// from a query (equality fields ascending, in order, then the orderBy fields
// with their direction), so an index exists because a query needs it. The
// committed examples/firestore/firestore.indexes.json must equal the output.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace tailor::rules {

enum class Direction { ascending, descending };

/// A query that needs a composite index.
struct IndexedQuery {
    std::string_view id;
    std::string_view collection;
    std::string_view purpose;
    std::vector<std::string_view> equals;                           ///< where(field, '==', …), in order
    std::vector<std::pair<std::string_view, Direction>> order_by;   ///< orderBy / range fields
};

const std::vector<IndexedQuery>& indexed_queries();

/// The text of firestore.indexes.json (2-space indented, ending with a newline).
std::string firestore_indexes_text();

}  // namespace tailor::rules
