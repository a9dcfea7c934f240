// The interim status adjacency used by sync.merge (see status_policy.hpp).
#include "tailor/sync/status_policy.hpp"

namespace tailor::sync {

using documents::OrderStatus;

bool status_move_allowed(OrderStatus from, OrderStatus to) {
    if (from == to) return true;
    // Terminal states never move.
    if (from == OrderStatus::delivered || from == OrderStatus::cancelled) return false;
    // Any open order may be cancelled or put on hold (on_hold → on_hold is the same status).
    if (to == OrderStatus::cancelled || to == OrderStatus::on_hold) return true;
    switch (from) {
        case OrderStatus::pending: return to == OrderStatus::confirmed;
        case OrderStatus::confirmed: return to == OrderStatus::cutting;
        case OrderStatus::cutting: return to == OrderStatus::stitching;
        case OrderStatus::stitching: return to == OrderStatus::trial || to == OrderStatus::finishing;
        case OrderStatus::trial: return to == OrderStatus::alteration || to == OrderStatus::finishing;
        case OrderStatus::alteration: return to == OrderStatus::trial || to == OrderStatus::finishing;
        case OrderStatus::finishing: return to == OrderStatus::quality_check;
        case OrderStatus::quality_check:
            return to == OrderStatus::ready || to == OrderStatus::alteration ||
                   to == OrderStatus::finishing;
        case OrderStatus::ready: return to == OrderStatus::delivered;
        // on_hold resumes to the state it left; the document does not say which,
        // so any open production state (not delivered) is accepted.
        case OrderStatus::on_hold: return to != OrderStatus::delivered;
        case OrderStatus::delivered:
        case OrderStatus::cancelled: return false;
    }
    return false;
}

}  // namespace tailor::sync
