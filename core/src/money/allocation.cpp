#include "tailor/money/allocation.hpp"

#include <algorithm>
#include <numeric>

#include "tailor/money/money.hpp"
#include "tailor/money/rounding.hpp"

namespace tailor::money {

std::optional<std::vector<std::int64_t>> allocate(std::int64_t total, const std::vector<std::int64_t>& ratios) {
    if (ratios.empty() || total > max_minor_units || total < -max_minor_units) return std::nullopt;
    std::uint64_t sum = 0;
    for (std::int64_t r : ratios) {
        if (r < 0 || r > max_minor_units) return std::nullopt;
        sum += static_cast<std::uint64_t>(r);  // ≤ 2^53 × count: cannot wrap for any realistic count
        if (sum > (UINT64_MAX >> 1)) return std::nullopt;
    }
    std::vector<std::int64_t> parts(ratios.size(), 0);
    if (total == 0) return parts;
    if (sum == 0) return std::nullopt;
    const bool negative = total < 0;
    const std::uint64_t whole = static_cast<std::uint64_t>(negative ? -total : total);

    std::vector<std::uint64_t> remainders(ratios.size(), 0);
    std::uint64_t given = 0;
    for (std::size_t i = 0; i < ratios.size(); ++i) {
        // whole × ratio ÷ sum ≤ whole: the quotient always fits.
        auto qr = mul_div(whole, static_cast<std::uint64_t>(ratios[i]), sum);
        if (!qr) return std::nullopt;
        parts[i] = static_cast<std::int64_t>(qr->quotient);
        remainders[i] = qr->remainder;
        given += qr->quotient;
    }
    std::uint64_t missing = whole - given;  // < number of non-zero ratios
    std::vector<std::size_t> order(ratios.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    // Total order: larger remainder, then larger ratio, then lower index.
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        if (remainders[a] != remainders[b]) return remainders[a] > remainders[b];
        if (ratios[a] != ratios[b]) return ratios[a] > ratios[b];
        return a < b;
    });
    for (std::size_t k = 0; k < order.size() && missing > 0; ++k) {
        if (ratios[order[k]] == 0) continue;
        ++parts[order[k]];
        --missing;
    }
    if (negative)
        for (auto& p : parts) p = -p;
    return parts;
}

}  // namespace tailor::money
