#include "tailor/money/currency.hpp"

namespace tailor::money {
namespace {

struct Entry {
    const char* code;
    int exponent;
};

// Active ISO 4217 currencies (exponents per the ISO 4217 list), sorted by code.
// Extend by adding a line; tests/native/money_test.cpp checks the order.
constexpr Entry currencies[] = {
    {"AED", 2}, {"AUD", 2}, {"BDT", 2}, {"BHD", 3}, {"BRL", 2}, {"CAD", 2}, {"CHF", 2},
    {"CLP", 0}, {"CNY", 2}, {"CZK", 2}, {"DKK", 2}, {"EGP", 2}, {"EUR", 2}, {"GBP", 2},
    {"GHS", 2}, {"HKD", 2}, {"HUF", 2}, {"IDR", 2}, {"ILS", 2}, {"INR", 2}, {"IQD", 3},
    {"ISK", 0}, {"JOD", 3}, {"JPY", 0}, {"KES", 2}, {"KRW", 0}, {"KWD", 3}, {"LKR", 2},
    {"LYD", 3}, {"MAD", 2}, {"MXN", 2}, {"MYR", 2}, {"NGN", 2}, {"NOK", 2}, {"NPR", 2},
    {"NZD", 2}, {"OMR", 3}, {"PHP", 2}, {"PKR", 2}, {"PLN", 2}, {"QAR", 2}, {"RON", 2},
    {"SAR", 2}, {"SEK", 2}, {"SGD", 2}, {"THB", 2}, {"TND", 3}, {"TRY", 2}, {"TWD", 2},
    {"TZS", 2}, {"UAH", 2}, {"UGX", 0}, {"USD", 2}, {"VND", 0}, {"XAF", 0}, {"XOF", 0},
    {"ZAR", 2},
};

}  // namespace

std::optional<Currency> Currency::from_code(std::string_view code) {
    if (code.size() != 3) return std::nullopt;
    for (const Entry& e : currencies)
        if (code == std::string_view(e.code, 3)) return Currency(e.code, e.exponent);
    return std::nullopt;
}

long long Currency::minor_per_major() const noexcept {
    long long p = 1;
    for (int i = 0; i < exponent_; ++i) p *= 10;
    return p;
}

}  // namespace tailor::money
