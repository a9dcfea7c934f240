// tailor/sync/queue.hpp — the offline mutation queue replayed on reconnection
// (sync.queue).
//
// The seed asks for an offline queue "retried on reconnection" with "payments
// first, then status updates". Every client orders its queue with this one
// function: payments, then status moves, then other writes; within a class by
// client time then idempotency key. Retries of one mutation (same key, same
// content) are dropped, a key reused for different content is held back as a
// conflict, and an earlier write to a field a later mutation overwrites is
// coalesced away. The result gives every input mutation a fate, so nothing is
// silently lost (docs/sync.md "The offline queue").
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <boost/json/value.hpp>

#include "tailor/error.hpp"
#include "tailor/json/reader.hpp"
#include "tailor/lifecycle/config.hpp"
#include "tailor/time/timestamp.hpp"

namespace tailor::sync {

/// Limits of sync.queue (docs/sync.md "Limits").
struct QueueLimits {
    static constexpr std::size_t max_mutations = 500;        ///< mutations per call (too_many)
    static constexpr std::size_t max_fields_per_patch = 200;  ///< fields per patch, after flattening (too_many)
    static constexpr std::size_t max_path_length = 1500;      ///< document path, in characters (Firestore's byte bound)
    static constexpr std::size_t max_key_length = 256;        ///< idempotency key, in characters
    static constexpr std::size_t max_documents = 500;         ///< stored documents per call (too_many)
};

/// The replay class of a mutation, in replay order.
enum class MutationKind { payment, status, write };
inline constexpr json::EnumName<MutationKind> mutation_kind_names[] = {
    {"payment", MutationKind::payment}, {"status", MutationKind::status}, {"write", MutationKind::write}};

/// Who made the mutation (the cross-domain Actor: role customer|employee|admin|system).
struct Actor {
    std::string uid;
    std::string role;
};

/// One field a patch sets: a JSON Pointer into the document and its new value.
/// A pointer ending in "/-" appends to an array (JSON Patch style).
struct FieldWrite {
    std::string pointer;
    boost::json::value value;
};

struct Mutation {
    std::string path;                ///< Document path, "orders/o1".
    std::vector<FieldWrite> patch;   ///< Flattened, in the caller's order.
    Timestamp client_time;
    std::string idempotency_key;
    MutationKind kind = MutationKind::write;
    std::optional<Actor> actor;
};

/// Stored documents by path ("orders/o1"); nullopt = known not to exist.
using StoredDocuments = std::map<std::string, std::optional<boost::json::object>>;

struct QueueRequest {
    std::vector<Mutation> mutations;
    std::optional<Timestamp> now;  ///< When given, client times after it are flagged (clock skew).
    /// The server's documents before the replay (input `documents`), for the checks.
    StoredDocuments documents;
    /// config.lifecycle (requireAdvanceBeforeProduction) for the status check.
    lifecycle::LifecycleConfig lifecycle;
};

/// One check of a queued mutation (docs/sync.md "Checks"): the access policy
/// (rules::authorize) or the status machine (lifecycle::available_transitions).
struct Check {
    std::string check;   ///< "access" | "status"
    bool allow = false;
    std::string rule;    ///< access: the deciding policy entry; status: the event, or the guard code that refused
    std::string reason;
};

/// A field of an earlier write overwritten by a later mutation.
struct Superseded {
    std::string pointer;
    std::size_t by;  ///< Input index of the later mutation.
};

struct QueuedMutation {
    std::size_t index;               ///< Input index.
    std::vector<FieldWrite> patch;   ///< The fields still to replay.
    std::vector<Superseded> superseded;
    /// The access-policy and status-machine answers, when the input allows
    /// deciding them (check_queue; docs/sync.md "Checks").
    std::vector<Check> checks;
    std::vector<std::string> flags;  ///< "client_time_after_now".
};

enum class Fate { queued, duplicate, coalesced, key_conflict };

struct MutationFate {
    std::size_t index = 0;
    Fate fate = Fate::queued;
    std::size_t position = 0;             ///< queued: 0-based position in the queue.
    std::size_t duplicate_of = 0;         ///< duplicate: input index of the kept copy.
    std::vector<Superseded> coalesced;    ///< coalesced: each field and what overwrote it.
    std::vector<std::size_t> conflicts_with;  ///< key_conflict: the other versions' input indexes.
};

struct QueueResult {
    std::vector<QueuedMutation> queue;  ///< In replay order.
    std::vector<MutationFate> fates;    ///< One per input mutation, in input order.
};

/// Orders, deduplicates and coalesces the queue. Pure and total.
QueueResult plan_queue(const QueueRequest& request);

/// Fills `checks` of every queued mutation that has an actor and whose stored
/// document is in request.documents: replays the queue in order over those
/// documents, asking the access policy for each write and the status machine
/// for each status move; a refused mutation does not change the documents
/// later mutations are checked against. Pure and deterministic.
void check_queue(const QueueRequest& request, QueueResult& result);

/// Decodes a sync.queue input; every problem is an Issue (invalid_input).
Result<QueueRequest> decode_queue_request(const boost::json::value& input);
/// The result object {queue, fates, counts}.
boost::json::value encode_queue_result(const QueueRequest& request, const QueueResult& result);

}  // namespace tailor::sync
