// Rounding modes, basis-point rates and largest-remainder allocation, with
// property tests against a 128-bit oracle (seeded; TAILOR_SEED=<n> replays a run).
#include "tailor/money/rounding.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <iostream>
#include <random>

#include "tailor/money/allocation.hpp"
#include "property.hpp"

using namespace tailor::money;

namespace {

std::uint64_t test_seed() {
    return tailor::test::property_seed("money_rounding_test", 20260301u);
}

// The oracle uses the compiler's __int128 (tests only; the library never does).
__int128 round_oracle(__int128 num, __int128 den, Rounding mode) {
    const bool negative = num < 0;
    const __int128 n = negative ? -num : num;
    __int128 q = n / den, r = n % den;
    if (r != 0) {
        switch (mode) {
            case Rounding::toward_zero: break;
            case Rounding::away_from_zero: ++q; break;
            case Rounding::half_away_from_zero: if (2 * r >= den) ++q; break;
            case Rounding::half_even: if (2 * r > den || (2 * r == den && q % 2 == 1)) ++q; break;
        }
    }
    return negative ? -q : q;
}

}  // namespace

TEST_CASE("each rounding mode at ties, below and above half, for both signs", "[money][rounding]") {
    struct Row { std::int64_t amount; Rounding mode; std::int64_t expected; };
    // amount × 5000 bps = amount / 2: odd amounts are exact .5 ties.
    const Row rows[] = {
        {5, Rounding::half_away_from_zero, 3},  {-5, Rounding::half_away_from_zero, -3},
        {5, Rounding::half_even, 2},            {7, Rounding::half_even, 4},
        {-5, Rounding::half_even, -2},          {-7, Rounding::half_even, -4},
        {5, Rounding::away_from_zero, 3},       {-5, Rounding::away_from_zero, -3},
        {5, Rounding::toward_zero, 2},          {-5, Rounding::toward_zero, -2},
    };
    for (const auto& row : rows) {
        INFO(row.amount << " " << rounding_name(row.mode));
        CHECK(mul_div_rounded(row.amount, 5000, 10000, row.mode) == row.expected);
    }
    // 1007 × 5% = 50.35: only away_from_zero goes up; 1019 × 5% = 50.95: only toward_zero stays down.
    CHECK(mul_div_rounded(1007, 500, 10000, Rounding::half_away_from_zero) == 50);
    CHECK(mul_div_rounded(1007, 500, 10000, Rounding::away_from_zero) == 51);
    CHECK(mul_div_rounded(1019, 500, 10000, Rounding::half_even) == 51);
    CHECK(mul_div_rounded(1019, 500, 10000, Rounding::toward_zero) == 50);
}

TEST_CASE("rates never overflow silently", "[money][rounding]") {
    // 2^53−1 × 10000 does not fit in 64 bits; the 128-bit path still gives the exact answer.
    CHECK(mul_div_rounded(max_minor_units, 10000, 10000, Rounding::toward_zero) == max_minor_units);
    CHECK(mul_div_rounded(max_minor_units, 5000, 10000, Rounding::half_away_from_zero) == 4503599627370496);
    CHECK_FALSE(mul_div_rounded(max_minor_units, 10001, 10000, Rounding::toward_zero));  // result out of range
    CHECK_FALSE(mul_div_rounded(1, 1, 0, Rounding::toward_zero));
    CHECK_FALSE(mul_div_rounded(1, -1, 1, Rounding::toward_zero));
    CHECK_FALSE(mul_div_rounded(max_minor_units + 1, 1, 1, Rounding::toward_zero));
    const Currency inr = *Currency::from_code("INR");
    CHECK_FALSE(apply_rate(*Money::of_minor(100, inr), BasisPoints{max_bps + 1}, Rounding::toward_zero));
    CHECK(apply_rate(*Money::of_minor(1999, inr), BasisPoints{1800}, Rounding::half_even)->minor() == 360);  // 359.82
}

TEST_CASE("property: mul_div_rounded equals the exact rational rounded (128-bit oracle)", "[money][rounding][property]") {
    std::mt19937_64 rng(test_seed());
    const Rounding modes[] = {Rounding::half_away_from_zero, Rounding::half_even, Rounding::away_from_zero,
                              Rounding::toward_zero};
    for (int i = 0; i < tailor::test::property_cases(5000); ++i) {
        const std::int64_t amount = static_cast<std::int64_t>(rng() % (2 * static_cast<std::uint64_t>(max_minor_units) + 1)) - max_minor_units;
        const std::int64_t small = static_cast<std::int64_t>(rng() % 20001) - 10000;
        const std::int64_t a = (i % 2) ? amount : small;  // half the cases near ties at small values
        const std::int64_t num = static_cast<std::int64_t>(rng() % (max_bps + 1));
        const std::int64_t den = 1 + static_cast<std::int64_t>(rng() % (i % 3 == 0 ? 10000 : 2 * bps_per_unit));
        const Rounding mode = modes[rng() % 4];
        const __int128 expected = round_oracle(static_cast<__int128>(a) * num, den, mode);
        const auto got = mul_div_rounded(a, num, den, mode);
        INFO("a=" << a << " num=" << num << " den=" << den << " mode=" << rounding_name(mode));
        if (expected > max_minor_units || expected < -max_minor_units) CHECK_FALSE(got);
        else REQUIRE(got == static_cast<std::int64_t>(expected));
    }
}

TEST_CASE("allocation: documented tie-break and edge cases", "[money][allocation]") {
    using V = std::vector<std::int64_t>;
    CHECK(allocate(5, V{70, 30}) == V{4, 1});
    CHECK(allocate(5, V{30, 70}) == V{1, 4});   // mirror image: order-independent
    CHECK(allocate(100, V{1, 1, 1}) == V{34, 33, 33});  // equal ratios: lower index first
    CHECK(allocate(10, V{100, 200, 400}) == V{1, 3, 6});
    CHECK(allocate(7, V{0, 1, 0}) == V{0, 7, 0});
    CHECK(allocate(-5, V{70, 30}) == V{-4, -1});
    CHECK(allocate(0, V{0, 0}) == V{0, 0});
    CHECK_FALSE(allocate(1, V{0, 0}));
    CHECK_FALSE(allocate(1, V{}));
    CHECK_FALSE(allocate(1, V{-1, 2}));
    CHECK(allocate(max_minor_units, V{max_minor_units, max_minor_units}) ==
          V{4503599627370496, 4503599627370495});
}

TEST_CASE("property: allocations sum exactly and each part is within one unit of its share", "[money][allocation][property]") {
    std::mt19937_64 rng(test_seed() + 1);
    for (int i = 0; i < tailor::test::property_cases(3000); ++i) {
        const std::size_t n = 1 + rng() % 8;
        std::vector<std::int64_t> ratios(n);
        for (auto& r : ratios) {
            const auto kind = rng() % 4;
            r = kind == 0 ? 0 : kind == 1 ? static_cast<std::int64_t>(rng() % 10) : static_cast<std::int64_t>(rng() % 1000000000000);
        }
        if (std::all_of(ratios.begin(), ratios.end(), [](std::int64_t r) { return r == 0; })) ratios[0] = 1;
        const std::int64_t total = static_cast<std::int64_t>(rng() % 2000000000000) - 1000000000000;
        const auto parts = allocate(total, ratios);
        INFO("case " << i << " total=" << total);
        REQUIRE(parts);
        __int128 sum = 0, ratio_sum = 0;
        for (auto r : ratios) ratio_sum += r;
        for (std::size_t k = 0; k < n; ++k) {
            sum += (*parts)[k];
            if (ratios[k] == 0) CHECK((*parts)[k] == 0);
            // |part − total × ratio / Σ| < 1  ⇔  |part × Σ − total × ratio| < Σ
            __int128 diff = static_cast<__int128>((*parts)[k]) * ratio_sum - static_cast<__int128>(total) * ratios[k];
            if (diff < 0) diff = -diff;
            CHECK(diff < ratio_sum);
        }
        CHECK(sum == total);
        // Reversing distinct ratios reverses the parts.
        std::vector<std::int64_t> reversed(ratios.rbegin(), ratios.rend());
        std::vector<std::int64_t> sorted = ratios;
        std::sort(sorted.begin(), sorted.end());
        if (std::adjacent_find(sorted.begin(), sorted.end()) == sorted.end()) {
            auto back = allocate(total, reversed);
            REQUIRE(back);
            CHECK(std::vector<std::int64_t>(back->rbegin(), back->rend()) == *parts);
        }
    }
}
