// tailor/money/rounding.hpp — exact rounding of integer ratios, and rates in basis points.
//
// Every percentage in tailor-core is an integer number of basis points
// (10000 = 100 %). Applying one to an amount is the exact rational
// amount × bps / 10000, rounded once with a named mode. The product is formed
// in 128 bits from two 64-bit halves (no __int128, no double), so no
// intermediate can wrap; a result beyond ±max_minor_units is an error (nullopt).
//
// The four modes are symmetric about zero (a negative amount rounds to the
// negation of the positive one), so "up" and "down" never depend on the sign:
//   half_away_from_zero  2.5 → 3, −2.5 → −3, 2.4 → 2   (the default; ROUND_HALF_UP)
//   half_even            2.5 → 2, 3.5 → 4, 2.6 → 3     (banker's rounding)
//   away_from_zero       2.1 → 3, −2.1 → −3            (Java's UP: any fraction rounds outward)
//   toward_zero          2.9 → 2, −2.9 → −2            (Java's DOWN: truncation)
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "tailor/json/reader.hpp"
#include "tailor/money/money.hpp"

namespace tailor::money {

enum class Rounding { half_away_from_zero, half_even, away_from_zero, toward_zero };
inline constexpr json::EnumName<Rounding> rounding_names[] = {
    {"half_away_from_zero", Rounding::half_away_from_zero},
    {"half_even", Rounding::half_even},
    {"away_from_zero", Rounding::away_from_zero},
    {"toward_zero", Rounding::toward_zero}};

/// A rate in basis points (1 bps = 0.01 %, 10000 = 100 %). Distinct from amounts:
/// it can only be applied to one, never added to one.
struct BasisPoints {
    std::int64_t value = 0;
    constexpr BasisPoints() = default;
    constexpr explicit BasisPoints(std::int64_t v) : value(v) {}
    friend constexpr bool operator==(BasisPoints a, BasisPoints b) { return a.value == b.value; }
    friend constexpr bool operator!=(BasisPoints a, BasisPoints b) { return a.value != b.value; }
    friend constexpr bool operator<(BasisPoints a, BasisPoints b) { return a.value < b.value; }
};
inline constexpr std::int64_t bps_per_unit = 10000;
/// Largest rate accepted anywhere (1000 %): keeps every multiplier below 2^31.
inline constexpr std::int64_t max_bps = 10000000;

/// Quotient and remainder of a × b ÷ c for unsigned 64-bit operands, computed
/// exactly in 128 bits. nullopt when c = 0 or the quotient exceeds 64 bits.
struct QuotientRemainder {
    std::uint64_t quotient;
    std::uint64_t remainder;
};
std::optional<QuotientRemainder> mul_div(std::uint64_t a, std::uint64_t b, std::uint64_t c);

/// round(amount × numerator ÷ denominator) with `mode`; numerator ≥ 0,
/// denominator > 0. nullopt when |result| > max_minor_units or arguments are out of range.
std::optional<std::int64_t> mul_div_rounded(std::int64_t amount, std::int64_t numerator,
                                            std::int64_t denominator, Rounding mode);

/// amount × rate ÷ 10000, rounded with `mode` (0 ≤ rate ≤ max_bps).
std::optional<Money> apply_rate(const Money& amount, BasisPoints rate, Rounding mode);

/// Reads an integer field of basis points in [0, max] (config `…Bps` fields);
/// nullopt when absent (optional) or invalid (issue recorded).
std::optional<BasisPoints> read_bps(json::ObjectReader& reader, std::string_view key,
                                    json::Presence presence, std::int64_t max = bps_per_unit);

/// The JSON name of a rounding mode ("half_even").
std::string_view rounding_name(Rounding mode);

}  // namespace tailor::money
