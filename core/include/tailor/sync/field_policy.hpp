// tailor/sync/field_policy.hpp — how each field of a synced collection merges.
//
// The seed's offline design asks for last-write-wins on simple fields,
// field-level merging of complex ones and manual resolution of conflicting
// assignments. This header holds the ONE table per collection that says which
// rule applies to which field; sync.merge reads it and docs/sync.md's policy
// tables are rendered from it (tests/native/sync_policy_test.cpp checks that
// the document matches), so code and documentation cannot disagree.
//
// A field not listed in its collection's table merges as `scalar`. A listed
// `map` merges its children one by one; its unlisted children are `scalar`.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "tailor/json/reader.hpp"

namespace tailor::sync {

/// The collections sync.merge knows.
enum class Collection { orders, customers, employees };
inline constexpr json::EnumName<Collection> collection_names[] = {
    {"orders", Collection::orders}, {"customers", Collection::customers},
    {"employees", Collection::employees}};

/// The merge rule of one field.
enum class FieldKind {
    scalar,       ///< The value as a whole: last write wins (timestamp, then writer id).
    map,          ///< An object merged key by key, three-way against base.
    append_only,  ///< An array of entries united by entry id; no entry is ever lost.
    manual,       ///< Both sides changed it differently → conflict; the document keeps base.
    immutable,    ///< Never changes after creation; any change → conflict; the document keeps base.
    status        ///< orders.status.current: last write wins if the status machine allows the moves.
};
inline constexpr json::EnumName<FieldKind> field_kind_names[] = {
    {"scalar", FieldKind::scalar},   {"map", FieldKind::map},
    {"append_only", FieldKind::append_only}, {"manual", FieldKind::manual},
    {"immutable", FieldKind::immutable}, {"status", FieldKind::status}};

/// One row of a collection's policy table.
struct FieldPolicy {
    std::string_view pointer;  ///< JSON Pointer of the field in the stored document.
    FieldKind kind;
    /// append_only only: the entry fields forming its id, joined by '+'
    /// ("transactionId"; history: "at+from+to+actor").
    std::string_view id_fields;
    std::string_view why;      ///< One line for docs/sync.md.
};

/// The policy table of a collection, in document order.
const std::vector<FieldPolicy>& policy_table(Collection collection);

/// The policy of the field at `pointer` ("" is the document itself, a map),
/// or nullptr when the field is not listed (it then merges as scalar).
const FieldPolicy* find_policy(Collection collection, std::string_view pointer);

/// The Markdown policy tables of every collection, exactly as they appear in
/// docs/sync.md between the `<!-- policy-tables:begin -->` and
/// `<!-- policy-tables:end -->` markers.
std::string render_policy_markdown();

}  // namespace tailor::sync
