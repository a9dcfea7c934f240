#include "tailor/money/money.hpp"

#include <cstdlib>

namespace tailor::money {

std::optional<std::int64_t> checked_add(std::int64_t a, std::int64_t b) {
    // |a|,|b| ≤ 2^53 in practice, but inputs are not trusted: check before adding.
    if ((b > 0 && a > max_minor_units - b) || (b < 0 && a < -max_minor_units - b)) return std::nullopt;
    const std::int64_t r = a + b;
    if (r > max_minor_units || r < -max_minor_units) return std::nullopt;
    return r;
}

std::optional<std::int64_t> checked_mul(std::int64_t a, std::int64_t b) {
    if (a == 0 || b == 0) return std::int64_t{0};
    const std::int64_t abs_a = a < 0 ? -a : a;
    const std::int64_t abs_b = b < 0 ? -b : b;
    if (abs_a > max_minor_units || abs_b > max_minor_units || abs_a > max_minor_units / abs_b)
        return std::nullopt;
    return a * b;
}

std::optional<Money> Money::of_minor(std::int64_t minor, Currency currency) {
    if (minor > max_minor_units || minor < -max_minor_units) return std::nullopt;
    return Money(minor, currency);
}

std::optional<Money> Money::plus(const Money& other) const {
    if (currency_ != other.currency_) return std::nullopt;
    auto r = checked_add(minor_, other.minor_);
    if (!r) return std::nullopt;
    return Money(*r, currency_);
}

std::optional<Money> Money::minus(const Money& other) const { return plus(other.negated()); }

std::optional<Money> Money::times(std::int64_t quantity) const {
    auto r = checked_mul(minor_, quantity);
    if (!r) return std::nullopt;
    return Money(*r, currency_);
}

std::string Money::to_decimal_string() const { return format_minor(minor_, currency_.exponent()); }

std::string format_minor(std::int64_t minor, int exponent) {
    const bool negative = minor < 0;
    std::string digits = std::to_string(negative ? -minor : minor);
    if (exponent > 0) {
        if (static_cast<int>(digits.size()) <= exponent)
            digits.insert(0, static_cast<std::size_t>(exponent + 1) - digits.size(), '0');
        digits.insert(digits.size() - static_cast<std::size_t>(exponent), ".");
    }
    return negative ? "-" + digits : digits;
}

}  // namespace tailor::money
