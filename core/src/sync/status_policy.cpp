// sync.merge's status question, answered by the lifecycle status machine (see status_policy.hpp).
#include "tailor/sync/status_policy.hpp"

#include "tailor/lifecycle/status_machine.hpp"

namespace tailor::sync {

using documents::OrderStatus;
using lifecycle::Target;
using lifecycle::transition_table;

namespace {

/// A `previous` row (resume) returns to the state the order left: any state from
/// which a fixed row reaches `from` (for on_hold: confirmed and the production states).
bool returns_to(OrderStatus from, OrderStatus to) {
    for (const auto& row : transition_table)
        if (row.target == Target::fixed && row.to == from && lifecycle::contains(row.from, to)) return true;
    return false;
}

}  // namespace

bool status_move_allowed(OrderStatus from, OrderStatus to) {
    if (from == to) return true;
    for (const auto& row : transition_table) {
        if (lifecycle::row_targets(row, from, to)) return true;
        if (row.target == Target::previous && lifecycle::contains(row.from, from) && returns_to(from, to)) return true;
    }
    return false;
}

}  // namespace tailor::sync
