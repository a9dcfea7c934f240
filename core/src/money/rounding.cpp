#include "tailor/money/rounding.hpp"

namespace tailor::money {
namespace {

/// Rounds quotient + remainder/divisor (all magnitudes) to an integer magnitude.
/// Every mode is symmetric, so the sign is applied afterwards by the caller.
std::uint64_t round_magnitude(std::uint64_t q, std::uint64_t r, std::uint64_t divisor, Rounding mode) {
    if (r == 0) return q;
    const std::uint64_t rest = divisor - r;  // distance to the next integer, > 0
    switch (mode) {
        case Rounding::toward_zero: return q;
        case Rounding::away_from_zero: return q + 1;
        case Rounding::half_away_from_zero: return r >= rest ? q + 1 : q;
        case Rounding::half_even:
            if (r > rest) return q + 1;
            if (r < rest) return q;
            return (q % 2 == 1) ? q + 1 : q;  // exactly .5: to the even neighbour
    }
    return q;
}

}  // namespace

std::optional<QuotientRemainder> mul_div(std::uint64_t a, std::uint64_t b, std::uint64_t c) {
    if (c == 0) return std::nullopt;
    // Fast path: the product fits in 64 bits.
    if (a == 0 || b <= UINT64_MAX / a) {
        const std::uint64_t p = a * b;
        return QuotientRemainder{p / c, p % c};
    }
    // 128-bit product from 32-bit limbs: (hi, lo).
    const std::uint64_t a_lo = a & 0xFFFFFFFFu, a_hi = a >> 32;
    const std::uint64_t b_lo = b & 0xFFFFFFFFu, b_hi = b >> 32;
    const std::uint64_t ll = a_lo * b_lo, lh = a_lo * b_hi, hl = a_hi * b_lo, hh = a_hi * b_hi;
    const std::uint64_t mid = (ll >> 32) + (lh & 0xFFFFFFFFu) + (hl & 0xFFFFFFFFu);
    const std::uint64_t lo = (ll & 0xFFFFFFFFu) | (mid << 32);
    const std::uint64_t hi = hh + (lh >> 32) + (hl >> 32) + (mid >> 32);
    if (hi >= c) return std::nullopt;  // quotient would not fit in 64 bits
    // Restoring long division of (hi, lo) by c, one bit at a time; hi < c throughout.
    std::uint64_t rem = hi, quot = 0;
    for (int bit = 63; bit >= 0; --bit) {
        const bool carry = (rem >> 63) != 0;
        rem = (rem << 1) | ((lo >> bit) & 1u);
        quot <<= 1;
        if (carry || rem >= c) {
            rem -= c;
            quot |= 1u;
        }
    }
    return QuotientRemainder{quot, rem};
}

std::optional<std::int64_t> mul_div_rounded(std::int64_t amount, std::int64_t numerator,
                                            std::int64_t denominator, Rounding mode) {
    if (numerator < 0 || denominator <= 0) return std::nullopt;
    if (amount > max_minor_units || amount < -max_minor_units) return std::nullopt;
    const bool negative = amount < 0;
    const std::uint64_t magnitude = static_cast<std::uint64_t>(negative ? -amount : amount);
    auto qr = mul_div(magnitude, static_cast<std::uint64_t>(numerator), static_cast<std::uint64_t>(denominator));
    if (!qr) return std::nullopt;
    const std::uint64_t rounded = round_magnitude(qr->quotient, qr->remainder,
                                                  static_cast<std::uint64_t>(denominator), mode);
    if (rounded > static_cast<std::uint64_t>(max_minor_units)) return std::nullopt;
    const auto value = static_cast<std::int64_t>(rounded);
    return negative ? -value : value;
}

std::optional<Money> apply_rate(const Money& amount, BasisPoints rate, Rounding mode) {
    if (rate.value < 0 || rate.value > max_bps) return std::nullopt;
    auto minor = mul_div_rounded(amount.minor(), rate.value, bps_per_unit, mode);
    if (!minor) return std::nullopt;
    return Money::of_minor(*minor, amount.currency());
}

std::optional<BasisPoints> read_bps(json::ObjectReader& reader, std::string_view key,
                                    json::Presence presence, std::int64_t max) {
    auto v = reader.integer(key, presence, 0, max);
    if (!v) return std::nullopt;
    return BasisPoints{*v};
}

std::string_view rounding_name(Rounding mode) { return json::enum_name(mode, rounding_names); }

}  // namespace tailor::money
