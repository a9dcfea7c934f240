#include "tailor/loyalty/evaluate.hpp"

#include "tailor/money/rounding.hpp"

namespace tailor::loyalty {
namespace {

using documents::LoyaltyTier;

Error overflow_error() {
    return Error{error_code::limit_exceeded, "loyalty totals exceed the supported range",
                 {Issue{"", "amount_overflow", "a total exceeds 9007199254740991"}}};
}

/// Highest tier whose threshold `value` reaches (points, or spend in minor units).
std::size_t qualified_tier(const LoyaltyConfig& cfg, std::int64_t points, std::int64_t spend_minor,
                           std::int64_t minor_per_major) {
    std::size_t best = 0;
    for (std::size_t i = 0; i < cfg.tiers.size(); ++i) {
        const auto& t = cfg.tiers[i];
        const bool reached = cfg.qualify_by == QualifyBy::points
                                 ? points >= t.min_points
                                 // min_spend ≤ 10^12 and minor_per_major ≤ 1000: no overflow.
                                 : spend_minor >= t.min_spend * minor_per_major;
        if (reached) best = i;
    }
    return best;
}

}  // namespace

Result<LoyaltyOutcome> evaluate(const LoyaltyState& state, const CompletedOrder& order, const LoyaltyConfig& cfg) {
    const money::Currency cur = order.total.currency();
    const std::int64_t per_major = cur.minor_per_major();
    auto base = money::mul_div_rounded(order.total.minor(), cfg.points_rate.value, money::bps_per_unit * per_major,
                                       money::Rounding::toward_zero);
    if (!base) return overflow_error();
    auto bonus = money::mul_div_rounded(*base, cfg.tier(state.tier).bonus.value, money::bps_per_unit,
                                        money::Rounding::toward_zero);
    if (!bonus) return overflow_error();
    auto earned = money::checked_add(*base, *bonus);
    if (!earned) return overflow_error();
    auto points = money::checked_add(state.points, *earned);
    auto lifetime = money::checked_add(state.lifetime_points, *earned);
    auto spent = state.total_spent.plus(order.total);
    if (!points || !lifetime || !spent) return overflow_error();

    const std::size_t held = static_cast<std::size_t>(state.tier);
    const std::size_t reached = qualified_tier(cfg, *lifetime, spent->minor(), per_major);
    const std::size_t now = reached > held ? reached : held;
    LoyaltyOutcome out{*base, *bonus, *earned, *points, *lifetime, *spent, state.tier,
                       static_cast<LoyaltyTier>(now), std::nullopt, std::nullopt, std::nullopt};
    if (now + 1 < cfg.tiers.size()) {
        const auto& next = cfg.tiers[now + 1];
        out.next_tier = next.tier;
        if (cfg.qualify_by == QualifyBy::points) {
            out.missing_points = next.min_points - *lifetime;
        } else {
            out.missing_spend = money::Money::of_minor(next.min_spend * per_major - spent->minor(), cur);
            if (!out.missing_spend) return overflow_error();
        }
    }
    return out;
}

}  // namespace tailor::loyalty
