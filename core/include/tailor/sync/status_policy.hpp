// tailor/sync/status_policy.hpp — the one question sync.merge asks the order
// status machine: may an order move from one status to another?
//
// The lifecycle domain owns the transition table (lifecycle/status_machine.hpp,
// docs/lifecycle.md); this asks it whether any row, for any role, moves an order
// from one status to another. Roles and guards are not evaluated here: a merge
// has no actor for the merged document (sync.queue's `checks` evaluate them per
// mutation; docs/sync.md "Status moves").
#pragma once

#include "tailor/documents/enums.hpp"

namespace tailor::sync {

/// True when some row of the lifecycle transition table moves `from` → `to` for
/// some role (resume: back to any state a hold row leaves). A move to the same
/// status is not a move and is allowed.
bool status_move_allowed(documents::OrderStatus from, documents::OrderStatus to);

}  // namespace tailor::sync
