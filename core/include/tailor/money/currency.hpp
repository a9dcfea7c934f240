// tailor/money/currency.hpp — ISO 4217 currencies and their minor-unit exponents.
//
// The exponent is the number of decimal places of the minor unit:
// INR/USD/EUR 2 (paise/cents), JPY 0, KWD/BHD/OMR 3.
#pragma once

#include <optional>
#include <string_view>

namespace tailor::money {

class Currency {
public:
    /// INR, the shop configuration's default currency. Exists so that result
    /// structs can be default-constructed (Result<T> needs T{}); decoded values
    /// always come from from_code.
    Currency() : Currency("INR", 2) {}
    /// The currency for an ISO 4217 alphabetic code ("INR"), or nullopt when unknown.
    static std::optional<Currency> from_code(std::string_view code);

    std::string_view code() const noexcept { return std::string_view(code_, 3); }
    /// Decimal places of the minor unit (0, 2 or 3).
    int exponent() const noexcept { return exponent_; }
    /// 10^exponent: minor units per major unit.
    long long minor_per_major() const noexcept;

    friend bool operator==(const Currency& a, const Currency& b) { return a.code() == b.code(); }
    friend bool operator!=(const Currency& a, const Currency& b) { return !(a == b); }

private:
    Currency(const char* code, int exponent) : exponent_(exponent) {
        code_[0] = code[0];
        code_[1] = code[1];
        code_[2] = code[2];
    }
    char code_[3];
    int exponent_;
};

}  // namespace tailor::money
