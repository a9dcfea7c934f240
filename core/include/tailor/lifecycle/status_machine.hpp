// tailor/lifecycle/status_machine.hpp — the order status machine, as data.
//
// ONE table (`transition_table`) says which moves exist: from which states, to
// which state, under which event name, for which roles, behind which guards,
// and which domain event each emits. order.transition, order.transitions, the
// exhaustive test and the table in docs/lifecycle.md all read this array, so
// the documented machine and the running machine cannot drift apart.
//
// Rows are looked up in table order; the first row whose `from` set holds the
// current state and whose event (or target) matches decides. Delivered and
// cancelled appear in no `from` set: they are terminal.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

#include "tailor/documents/enums.hpp"

namespace tailor::lifecycle {

using documents::ActorRole;
using documents::ItemStage;
using documents::NotificationType;
using documents::OrderStatus;

/// A set of order states (bit i = OrderStatus value i).
using StateSet = std::uint32_t;
constexpr StateSet state_bit(OrderStatus s) { return StateSet{1} << static_cast<unsigned>(s); }
constexpr bool contains(StateSet set, OrderStatus s) { return (set & state_bit(s)) != 0; }

/// A set of actor roles (bit i = ActorRole value i).
using RoleSet = std::uint32_t;
constexpr RoleSet role_bit(ActorRole r) { return RoleSet{1} << static_cast<unsigned>(r); }
constexpr bool contains_role(RoleSet set, ActorRole r) { return (set & role_bit(r)) != 0; }

/// The checks a row needs besides the role. Bits, evaluated in `guard_order`.
enum class Guard : std::uint32_t {
    own_order = 1u << 0,        ///< a customer acts only on an order whose customerId is their uid
    own_items = 1u << 1,        ///< an employee moves only items assigned to them (item or order assignee)
    reason_required = 1u << 2,  ///< request.reason must be given
    step_back_limit = 1u << 3,  ///< an employee moves back at most one stage (admins any number)
    tailor_assigned = 1u << 4,  ///< a tailor is assigned (order or every item) before cutting
    advance_paid = 1u << 5,     ///< paid ≥ pricing.advanceRequired (config lifecycle.requireAdvanceBeforeProduction)
    quality_passed = 1u << 6,   ///< the latest quality check of every item moved passed
    balance_settled = 1u << 7,  ///< paid ≥ pricing.totalAmount (an admin may override with a reason → arrears)
};
using GuardSet = std::uint32_t;
constexpr GuardSet operator|(Guard a, Guard b) { return static_cast<GuardSet>(a) | static_cast<GuardSet>(b); }
constexpr GuardSet operator|(GuardSet a, Guard b) { return a | static_cast<GuardSet>(b); }
constexpr bool has_guard(GuardSet set, Guard g) { return (set & static_cast<GuardSet>(g)) != 0; }

/// How a row names its target state.
enum class Target {
    fixed,     ///< `to`
    previous,  ///< the state the order left when it went on hold (from status.history)
    earlier,   ///< any earlier production stage (rework); the request names it with `to`
};

struct Transition {
    std::string_view event;   ///< the request's event name (unique per from-state)
    StateSet from;
    Target target;
    OrderStatus to;           ///< meaningful when target == fixed
    RoleSet roles;
    GuardSet guards;
    NotificationType emits;   ///< the one domain event a successful move emits
};

namespace detail {
constexpr StateSet S(OrderStatus s) { return state_bit(s); }
constexpr RoleSet R(ActorRole r) { return role_bit(r); }
}  // namespace detail

/// The production states, in which items carry the work (cutting … ready).
inline constexpr StateSet production_states =
    detail::S(OrderStatus::cutting) | detail::S(OrderStatus::stitching) | detail::S(OrderStatus::trial) |
    detail::S(OrderStatus::alteration) | detail::S(OrderStatus::finishing) |
    detail::S(OrderStatus::quality_check) | detail::S(OrderStatus::ready);

inline constexpr std::array<Transition, 14> transition_table = [] {
    using detail::R;
    using detail::S;
    using O = OrderStatus;
    using N = NotificationType;
    constexpr RoleSet staff = R(ActorRole::employee) | R(ActorRole::admin);
    constexpr GuardSet none = 0;
    constexpr GuardSet own = static_cast<GuardSet>(Guard::own_items);
    return std::array<Transition, 14>{{
        {"confirm", S(O::pending), Target::fixed, O::confirmed,
         staff | R(ActorRole::system), none, N::order_confirmed},
        {"start_production", S(O::confirmed), Target::fixed, O::cutting, staff,
         Guard::own_items | Guard::tailor_assigned | Guard::advance_paid, N::production_started},
        {"start_stitching", S(O::cutting), Target::fixed, O::stitching, staff, own, N::stage_changed},
        {"schedule_trial", S(O::stitching) | S(O::alteration), Target::fixed, O::trial, staff, own,
         N::trial_scheduled},
        {"request_alteration", S(O::trial) | S(O::quality_check), Target::fixed, O::alteration, staff, own,
         N::stage_changed},
        {"start_finishing", S(O::stitching) | S(O::trial) | S(O::alteration), Target::fixed, O::finishing,
         staff, own, N::stage_changed},
        {"request_quality_check", S(O::finishing), Target::fixed, O::quality_check, staff, own,
         N::stage_changed},
        {"mark_ready", S(O::quality_check), Target::fixed, O::ready, staff,
         Guard::own_items | Guard::quality_passed, N::order_ready},
        {"deliver", S(O::ready), Target::fixed, O::delivered, staff,
         static_cast<GuardSet>(Guard::balance_settled), N::order_delivered},
        {"rework", production_states & ~S(O::cutting), Target::earlier, O::cutting, staff,
         Guard::own_items | Guard::reason_required | Guard::step_back_limit, N::stage_changed},
        {"hold", S(O::confirmed) | production_states, Target::fixed, O::on_hold, staff,
         Guard::own_items | Guard::reason_required, N::order_on_hold},
        {"resume", S(O::on_hold), Target::previous, O::on_hold, staff, own, N::order_resumed},
        {"cancel", S(O::pending) | S(O::confirmed), Target::fixed, O::cancelled,
         R(ActorRole::customer) | R(ActorRole::admin) | R(ActorRole::system),
         static_cast<GuardSet>(Guard::own_order), N::order_cancelled},
        {"cancel", production_states | S(O::on_hold), Target::fixed, O::cancelled, R(ActorRole::admin),
         static_cast<GuardSet>(Guard::reason_required), N::order_cancelled},
    }};
}();

/// Guards in the order they are evaluated; the first that fails decides.
inline constexpr std::array<Guard, 8> guard_order = {
    Guard::own_order,       Guard::own_items,      Guard::reason_required, Guard::step_back_limit,
    Guard::tailor_assigned, Guard::advance_paid,   Guard::quality_passed,  Guard::balance_settled};

/// The stable rejection code of a guard ("guard_advance_unpaid"…), see docs/lifecycle.md.
std::string_view guard_code(Guard g);
/// The guard's JSON name in the docs table ("advance_paid"…).
std::string_view guard_name(Guard g);

/// Order states that have no exits.
constexpr bool is_terminal(OrderStatus s) { return s == OrderStatus::delivered || s == OrderStatus::cancelled; }
constexpr bool is_production(OrderStatus s) { return contains(production_states, s); }

/// Progress rank of a production stage: cutting 1 … ready 7 (0 for anything else).
/// "Back one stage" means rank − 1; the order's stage is its items' lowest rank.
constexpr int production_rank(OrderStatus s) {
    switch (s) {
        case OrderStatus::cutting: return 1;
        case OrderStatus::stitching: return 2;
        case OrderStatus::trial: return 3;
        case OrderStatus::alteration: return 4;
        case OrderStatus::finishing: return 5;
        case OrderStatus::quality_check: return 6;
        case OrderStatus::ready: return 7;
        default: return 0;
    }
}

/// The order status an item stage corresponds to (pending ↔ pending, cutting ↔ cutting, …).
OrderStatus status_of_stage(ItemStage s);
/// The item stage of an order state, when there is one (on_hold and confirmed have none).
std::optional<ItemStage> stage_of_status(OrderStatus s);

/// True when `row` offers `to` from `from` (fixed target, or an earlier production stage
/// that no fixed row from `from` already reaches — forward rows win the lookup).
bool row_targets(const Transition& row, OrderStatus from, OrderStatus to);

/// The rework targets offered from `from`, lowest rank first (see row_targets).
std::array<OrderStatus, 7> rework_targets(OrderStatus from, std::size_t& count);

}  // namespace tailor::lifecycle
