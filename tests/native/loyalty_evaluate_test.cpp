// loyalty.evaluate: points round down, lifetime totals and tiers never go down
// (property over random customers; seeded, TAILOR_SEED=<n> replays).
#include "tailor/loyalty/evaluate.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <iostream>
#include <random>
#include "property.hpp"

using namespace tailor;
using documents::LoyaltyTier;

TEST_CASE("points: base and tier bonus are each rounded down", "[loyalty]") {
    const money::Currency inr = *money::Currency::from_code("INR");
    loyalty::LoyaltyConfig cfg;  // 1 point per 100 rupees; silver bonus 5 %
    loyalty::LoyaltyState state{LoyaltyTier::silver, 1200, 1200, money::Money::zero(inr)};
    auto r = loyalty::evaluate(state, {*money::Money::of_minor(599999, inr), Timestamp{0, 0}}, cfg);
    REQUIRE(r);
    CHECK(r.value().base_points == 59);   // 5999.99 / 100 = 59.9999
    CHECK(r.value().bonus_points == 2);   // 59 × 5 % = 2.95
    CHECK(r.value().lifetime_points == 1261);
    CHECK(r.value().next_tier == LoyaltyTier::gold);
    CHECK(r.value().missing_points == 5000 - 1261);
}

TEST_CASE("property: lifetime totals and tiers never decrease", "[loyalty][property]") {
    const std::uint64_t seed = tailor::test::property_seed("loyalty_evaluate_test", 20260304u);
    std::mt19937_64 rng(seed);
    const money::Currency inr = *money::Currency::from_code("INR");
    for (int i = 0; i < tailor::test::property_cases(2000); ++i) {
        loyalty::LoyaltyConfig cfg;
        if (rng() % 2) cfg.qualify_by = loyalty::QualifyBy::spend;
        const std::int64_t points = static_cast<std::int64_t>(rng() % 30000);
        loyalty::LoyaltyState state{static_cast<LoyaltyTier>(rng() % 4), points,
                                    points + static_cast<std::int64_t>(rng() % 1000),
                                    *money::Money::of_minor(static_cast<std::int64_t>(rng() % 300000000), inr)};
        const auto total = *money::Money::of_minor(static_cast<std::int64_t>(rng() % 50000000), inr);
        INFO("case " << i);
        auto r = loyalty::evaluate(state, {total, Timestamp{0, 0}}, cfg);
        REQUIRE(r);
        const auto& e = r.value();
        CHECK(e.points_earned >= 0);
        CHECK(e.points_earned == e.base_points + e.bonus_points);
        CHECK(e.lifetime_points >= state.lifetime_points);
        CHECK(e.total_spent.minor() == state.total_spent.minor() + total.minor());
        CHECK(static_cast<int>(e.tier) >= static_cast<int>(state.tier));
        // The base never exceeds the exact share (rounded down) and is within one point of it.
        CHECK(e.base_points * 10000 * 100 <= total.minor() * cfg.points_rate.value);
        CHECK((e.base_points + 1) * 10000 * 100 > total.minor() * cfg.points_rate.value);
        if (e.next_tier) {
            if (e.missing_points) CHECK(*e.missing_points > 0);
            if (e.missing_spend) CHECK(e.missing_spend->minor() > 0);
        }
    }
}
