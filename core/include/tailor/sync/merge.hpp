// tailor/sync/merge.hpp — deterministic three-way merge of a document edited
// offline on two sides (sync.merge).
//
// Flutter web, the dashboard and the Functions all resolve a sync conflict by
// calling this one function, so the same three versions always give the same
// merged bytes. Each version carries per-field write stamps (`fieldTimes`,
// docs/sync.md "Field times"); the collection's policy table
// (field_policy.hpp) says how each field merges. Everything a person must
// decide comes back as a conflict (both values kept, the document holds base);
// everything decided automatically comes back as a decision naming its rule.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include "tailor/error.hpp"
#include "tailor/sync/field_policy.hpp"
#include "tailor/time/timestamp.hpp"

namespace tailor::sync {

/// Limits of sync.merge (docs/sync.md "Limits").
struct MergeLimits {
    /// Entries per append-only list in any one version (too_many).
    static constexpr std::size_t max_append_entries = 1000;
    /// fieldTimes entries per version (too_many).
    static constexpr std::size_t max_field_times = 2000;
    /// Length of a writer id, in characters.
    static constexpr std::size_t max_writer_length = 128;
};

/// When and by whom a field was last written (or deleted) on one side.
struct FieldStamp {
    Timestamp at;
    std::string writer;  ///< Device or user id; ties on `at` are broken by it.
};

/// One side's version of the document.
struct Version {
    /// The document; nullopt = deleted (or not yet created, for base).
    std::optional<boost::json::object> document;
    /// JSON Pointer of a field → its last write. "" stamps the whole document.
    std::map<std::string, FieldStamp> field_times;
};

struct MergeRequest {
    Collection collection = Collection::orders;
    Version base;
    Version local;
    Version remote;
};

/// Which side a decision took.
enum class Side { local, remote, both, base };

/// The rule that decided one field (docs/sync.md "Decision rules").
enum class DecisionRule {
    one_side_changed,   ///< Only one side differs from base: its value is taken.
    same_on_both,       ///< Both sides made the same change.
    later_write,        ///< Both changed: the later `at` wins.
    writer_tie_break,   ///< Equal `at`: the greater writer id (byte order) wins.
    value_tie_break,    ///< Equal `at` and writer: an edit beats a delete, else the greater canonical bytes.
    status_sequence,    ///< Both moved the status: the later move, applied after the earlier one, is allowed.
    union_by_id,        ///< An append-only list: the union of every side's entries.
};

/// Kinds of conflict (docs/sync.md "Conflicts").
enum class ConflictKind {
    concurrent_assignment,      ///< manual field changed differently on both sides; document keeps base.
    immutable_changed,          ///< an immutable field changed; document keeps base.
    status_move_rejected,       ///< the status machine rejects the move(s); document keeps base status.
    delete_vs_edit,             ///< the document was deleted on one side and edited on the other; keeps base.
    entry_differs,              ///< an append-only entry has the same id but different content.
    charge_on_cancelled_order,  ///< a new charge meets a cancellation; document keeps both, needs review.
    shape_changed,              ///< a map was replaced by a non-object; the document keeps the merged map.
};

struct Conflict {
    std::string path;  ///< JSON Pointer into the merged document.
    ConflictKind kind;
    std::optional<boost::json::value> local;   ///< nullopt = absent on that side.
    std::optional<boost::json::value> remote;
    std::optional<boost::json::value> base;
    std::string reason;  ///< Names no side, so that swapping local and remote keeps it.
};

struct Decision {
    std::string path;
    DecisionRule rule;
    Side winner;
};

struct MergeResult {
    std::optional<boost::json::object> document;  ///< nullopt = deleted.
    std::vector<Conflict> conflicts;              ///< In document order.
    std::vector<Decision> decisions;              ///< In document order; unchanged fields are not listed.
};

/// Merges `local` and `remote` against `base`. Pure and total: every
/// combination of documents yields a result (never an error).
MergeResult merge(const MergeRequest& request);

/// JSON names of the enums above.
const char* side_name(Side side);
const char* decision_rule_name(DecisionRule rule);
const char* conflict_kind_name(ConflictKind kind);

/// Decodes a sync.merge input; every problem is an Issue (invalid_input).
Result<MergeRequest> decode_merge_request(const boost::json::value& input);
/// The result object {document, conflicts, decisions}.
boost::json::value encode_merge_result(const MergeResult& result);

}  // namespace tailor::sync
