// tailor/loyalty/evaluate.hpp — points and tier after a completed order.
//
// Points earned = base + bonus, each rounded DOWN (a customer never gets a
// fraction the shop did not promise):
//   base  = floor(total_minor × pointsRateBps ÷ (10000 × 10^exponent))
//   bonus = floor(base × bonusBps(tier held before the order) ÷ 10000)
// Lifetime points and lifetime spend only grow. The new tier is the highest
// tier whose threshold (qualifyBy: lifetime points or lifetime spend) is
// reached, but never below the tier already held (tiers are not lost on an order).
#pragma once

#include <cstdint>
#include <optional>

#include "tailor/documents/enums.hpp"
#include "tailor/error.hpp"
#include "tailor/loyalty/config.hpp"
#include "tailor/money/money.hpp"
#include "tailor/time/timestamp.hpp"

namespace tailor::loyalty {

/// customers.loyalty: tier, points balance, lifetime points (the balance when
/// absent: the seed stores none), total spent.
struct LoyaltyState {
    documents::LoyaltyTier tier;
    std::int64_t points;
    std::int64_t lifetime_points;
    money::Money total_spent;
};

struct CompletedOrder {
    money::Money total;
    Timestamp completed_at;
};

struct LoyaltyOutcome {
    std::int64_t base_points;
    std::int64_t bonus_points;
    std::int64_t points_earned;
    std::int64_t points;           ///< new balance
    std::int64_t lifetime_points;  ///< new lifetime points
    money::Money total_spent;      ///< new lifetime spend
    documents::LoyaltyTier previous_tier;
    documents::LoyaltyTier tier;
    std::optional<documents::LoyaltyTier> next_tier;   ///< nullopt at the top tier
    std::optional<std::int64_t> missing_points;        ///< qualifyBy points
    std::optional<money::Money> missing_spend;         ///< qualifyBy spend
};

/// Errors: limit_exceeded (amount_overflow) when totals leave the supported range.
Result<LoyaltyOutcome> evaluate(const LoyaltyState& state, const CompletedOrder& order, const LoyaltyConfig& config);

}  // namespace tailor::loyalty
