// tailor/sync/status_policy.hpp — the one question sync.merge asks the order
// status machine: may an order move from one status to another?
//
// The lifecycle domain owns the real transition table (docs/lifecycle.md).
// Until its branch is merged, this is a small adjacency check of our own,
// documented in docs/sync.md ("Status moves"). It is isolated behind this one
// function so integration is a one-line change.
// TODO(integration): replace the body of status_move_allowed with the
// lifecycle table's answer (and drop the local adjacency list).
#pragma once

#include "tailor/documents/enums.hpp"

namespace tailor::sync {

/// True when the status machine accepts a direct move `from` → `to`.
/// A move to the same status is not a move and is allowed.
bool status_move_allowed(documents::OrderStatus from, documents::OrderStatus to);

}  // namespace tailor::sync
