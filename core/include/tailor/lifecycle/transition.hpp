// tailor/lifecycle/transition.hpp — applying one transition to an order, and
// listing the transitions an actor may request (order.transition, order.transitions).
//
// A request names a row of transition_table by `event`, by target `to`, or both
// (they must agree). With `itemIds` it moves only those items (production states
// only) and the order's stage is re-derived from its items (the least advanced
// non-cancelled item). Either the whole move succeeds — the new status and item
// stages, exactly one history entry, exactly one domain event — or it is rejected
// with the guard that decided. Requesting the current state is a rejection.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "tailor/error.hpp"
#include "tailor/lifecycle/config.hpp"
#include "tailor/lifecycle/order_view.hpp"
#include "tailor/lifecycle/status_machine.hpp"

namespace tailor::lifecycle {

/// The order's production stage derived from its items: the least advanced
/// non-cancelled item's stage as an order state (nullopt when every item is
/// cancelled). In production states status.current must equal it; validate.order
/// and order.transition both apply this one rule.
std::optional<OrderStatus> production_stage_of(const std::vector<documents::ItemStage>& stages);

/// Envelope code of a rejected transition; details[0] names the guard (guard_* codes).
inline constexpr const char* transition_rejected = "transition_rejected";

/// Rejection codes that are not guards of a row (docs/lifecycle.md lists them all).
namespace rejection {
inline constexpr const char* terminal_state = "guard_terminal_state";
inline constexpr const char* no_such_transition = "guard_no_such_transition";
inline constexpr const char* already_in_state = "guard_already_in_state";
inline constexpr const char* role_not_allowed = "guard_role_not_allowed";
inline constexpr const char* resume_state_unknown = "guard_resume_state_unknown";
inline constexpr const char* not_in_production = "guard_not_in_production";
inline constexpr const char* override_not_allowed = "guard_override_not_allowed";
}  // namespace rejection

struct Actor {
    std::string uid;
    ActorRole role = ActorRole::customer;
};

struct TransitionRequest {
    std::optional<std::string> event;
    std::optional<OrderStatus> to;
    std::vector<std::string> item_ids;  ///< empty = the whole order
    std::optional<std::string> reason;
    bool override_balance = false;      ///< admin: deliver with a balance due (recorded as arrears)
};

struct DomainEvent {
    NotificationType type;
    std::string order_id;
    std::string customer_id;
    std::optional<std::string> assigned_employee_id;
    OrderStatus from;
    OrderStatus to;
    std::vector<std::string> item_ids;  ///< the items moved by an item-level request
    Timestamp at;
};

struct HistoryEntry {
    OrderStatus from;
    OrderStatus to;
    Actor actor;
    Timestamp at;
    std::optional<std::string> reason;
};

/// What a cancellation owes the customer. Before cutting: everything paid is
/// refunded. From cutting on: the advance (up to what was paid) is retained for
/// material and labour; the rest is refunded.
struct RefundPolicy {
    std::string_view policy;  ///< "full_refund" | "advance_retained"
    money::Money paid;
    money::Money retained;
    money::Money refundable;
};

/// An admin delivering with a balance due.
struct Arrears {
    money::Money amount;
    std::string reason;
};

struct ItemStageOut {
    std::string item_id;
    ItemStage stage;
};

struct TransitionResult {
    std::string order_id;
    OrderStatus current;
    Timestamp last_updated;
    std::vector<ItemStageOut> items;
    HistoryEntry history;
    std::vector<DomainEvent> events;  ///< exactly one
    std::optional<RefundPolicy> refund;
    std::optional<Arrears> arrears;
};

/// Applies `request` to `order` at `now`. Rejections: Error{transition_rejected,
/// details[0] = {path, guard code, message}}; invalid requests (unknown item ids…):
/// Error{invalid_input}.
Result<TransitionResult> apply_transition(const OrderView& order, const TransitionRequest& request,
                                          const Actor& actor, Timestamp now, const LifecycleConfig& config);

struct AvailableTransition {
    std::string_view event;
    OrderStatus to;
    bool to_known = true;  ///< false for resume when the history does not say (to is then meaningless)
    bool allowed = false;
    bool requires_reason = false;
    std::optional<Issue> reason;  ///< why not (path, code, message) when !allowed
};

/// Every row the actor's role may request from the order's current state, in table
/// order (rework expanded to each earlier stage, resume to the state it would
/// return to), each with whether the guards would allow it now. A reason is assumed
/// to be supplied (requires_reason tells the UI to ask for one).
std::vector<AvailableTransition> available_transitions(const OrderView& order, const Actor& actor,
                                                       const LifecycleConfig& config);

}  // namespace tailor::lifecycle
