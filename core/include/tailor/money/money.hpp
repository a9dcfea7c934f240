// tailor/money/money.hpp — an exact amount: int64 minor units of one currency.
//
// A double never enters money arithmetic. Amounts are bounded by ±(2^53−1)
// minor units so that every JavaScript caller reads the exact value; every
// operation that could leave that range returns nullopt instead of wrapping.
// Only meaningful operations exist: Money + Money (same currency), Money × integer
// quantity, comparison. Percentages and rounding live in money/rounding.hpp.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "tailor/money/currency.hpp"

namespace tailor::money {

/// Largest magnitude of an amount in minor units (JavaScript's MAX_SAFE_INTEGER).
inline constexpr std::int64_t max_minor_units = 9007199254740991;

class Money {
public:
    /// Zero INR (see Currency()); only so result structs can be default-constructed.
    Money() : Money(0, Currency()) {}
    /// nullopt when |minor| > max_minor_units.
    static std::optional<Money> of_minor(std::int64_t minor, Currency currency);
    static Money zero(Currency currency) { return Money(0, currency); }

    std::int64_t minor() const noexcept { return minor_; }
    const Currency& currency() const noexcept { return currency_; }
    bool is_zero() const noexcept { return minor_ == 0; }
    bool is_negative() const noexcept { return minor_ < 0; }

    /// Checked arithmetic: nullopt on currency mismatch or when out of range.
    std::optional<Money> plus(const Money& other) const;
    std::optional<Money> minus(const Money& other) const;
    std::optional<Money> times(std::int64_t quantity) const;
    Money negated() const { return Money(-minor_, currency_); }

    /// Decimal text in major units with exactly exponent() decimals ("19.99", "-0.50", "1500").
    std::string to_decimal_string() const;

    friend bool operator==(const Money& a, const Money& b) {
        return a.minor_ == b.minor_ && a.currency_ == b.currency_;
    }
    friend bool operator!=(const Money& a, const Money& b) { return !(a == b); }

private:
    Money(std::int64_t minor, Currency currency) : minor_(minor), currency_(currency) {}
    std::int64_t minor_;
    Currency currency_;
};

/// Decimal text of `minor` units with `exponent` decimals ("-0.05" for −5, exponent 2).
std::string format_minor(std::int64_t minor, int exponent);

/// Checked helpers on raw minor units (|result| ≤ max_minor_units), for fixed-point code.
std::optional<std::int64_t> checked_add(std::int64_t a, std::int64_t b);
std::optional<std::int64_t> checked_mul(std::int64_t a, std::int64_t b);

}  // namespace tailor::money
