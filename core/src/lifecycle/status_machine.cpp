// The status machine's lookups over transition_table (tailor/lifecycle/status_machine.hpp).
#include "tailor/lifecycle/status_machine.hpp"

namespace tailor::lifecycle {

std::string_view guard_code(Guard g) {
    switch (g) {
        case Guard::own_order: return "guard_not_order_owner";
        case Guard::own_items: return "guard_not_assigned";
        case Guard::reason_required: return "guard_reason_required";
        case Guard::step_back_limit: return "guard_step_back_limit";
        case Guard::tailor_assigned: return "guard_tailor_unassigned";
        case Guard::advance_paid: return "guard_advance_unpaid";
        case Guard::quality_passed: return "guard_quality_not_passed";
        case Guard::balance_settled: return "guard_balance_due";
    }
    return "guard_unknown";
}

std::string_view guard_name(Guard g) {
    switch (g) {
        case Guard::own_order: return "own_order";
        case Guard::own_items: return "own_items";
        case Guard::reason_required: return "reason_required";
        case Guard::step_back_limit: return "step_back_limit";
        case Guard::tailor_assigned: return "tailor_assigned";
        case Guard::advance_paid: return "advance_paid";
        case Guard::quality_passed: return "quality_passed";
        case Guard::balance_settled: return "balance_settled";
    }
    return "unknown";
}

OrderStatus status_of_stage(ItemStage s) {
    switch (s) {
        case ItemStage::pending: return OrderStatus::pending;
        case ItemStage::cutting: return OrderStatus::cutting;
        case ItemStage::stitching: return OrderStatus::stitching;
        case ItemStage::trial: return OrderStatus::trial;
        case ItemStage::alteration: return OrderStatus::alteration;
        case ItemStage::finishing: return OrderStatus::finishing;
        case ItemStage::quality_check: return OrderStatus::quality_check;
        case ItemStage::ready: return OrderStatus::ready;
        case ItemStage::delivered: return OrderStatus::delivered;
        case ItemStage::cancelled: return OrderStatus::cancelled;
    }
    return OrderStatus::pending;
}

std::optional<ItemStage> stage_of_status(OrderStatus s) {
    switch (s) {
        case OrderStatus::pending: return ItemStage::pending;
        case OrderStatus::cutting: return ItemStage::cutting;
        case OrderStatus::stitching: return ItemStage::stitching;
        case OrderStatus::trial: return ItemStage::trial;
        case OrderStatus::alteration: return ItemStage::alteration;
        case OrderStatus::finishing: return ItemStage::finishing;
        case OrderStatus::quality_check: return ItemStage::quality_check;
        case OrderStatus::ready: return ItemStage::ready;
        case OrderStatus::delivered: return ItemStage::delivered;
        case OrderStatus::cancelled: return ItemStage::cancelled;
        case OrderStatus::confirmed:
        case OrderStatus::on_hold: return std::nullopt;
    }
    return std::nullopt;
}

namespace {
bool reached_by_fixed_row(OrderStatus from, OrderStatus to) {
    for (const Transition& row : transition_table)
        if (row.target == Target::fixed && contains(row.from, from) && row.to == to) return true;
    return false;
}
}  // namespace

bool row_targets(const Transition& row, OrderStatus from, OrderStatus to) {
    if (!contains(row.from, from)) return false;
    switch (row.target) {
        case Target::fixed: return row.to == to;
        case Target::previous: return false;  // resolved from history by the caller
        case Target::earlier:
            return is_production(to) && production_rank(to) < production_rank(from) &&
                   !reached_by_fixed_row(from, to);
    }
    return false;
}

std::array<OrderStatus, 7> rework_targets(OrderStatus from, std::size_t& count) {
    static constexpr OrderStatus by_rank[] = {OrderStatus::cutting,   OrderStatus::stitching,
                                              OrderStatus::trial,     OrderStatus::alteration,
                                              OrderStatus::finishing, OrderStatus::quality_check,
                                              OrderStatus::ready};
    std::array<OrderStatus, 7> out{};
    count = 0;
    for (const Transition& row : transition_table) {
        if (row.target != Target::earlier || !contains(row.from, from)) continue;
        for (OrderStatus to : by_rank)
            if (row_targets(row, from, to)) out[count++] = to;
        break;
    }
    return out;
}

}  // namespace tailor::lifecycle
