// tailor/money/allocation.hpp — splitting an amount by ratios, exactly.
//
// Largest-remainder method: part i first gets floor(total × ratio_i ÷ Σratios);
// the minor units still missing go, one each, to the parts with the largest
// remainders. Ties between equal remainders go to the LARGER ratio, then to the
// LOWER index. So the parts always sum to the total exactly, each part is
// within one minor unit of its exact share, a zero ratio gets zero, and the
// result does not depend on the order of the ratios except between equal
// ratios (whose parts differ by at most one unit, earlier first):
//   allocate(5, [70, 30]) = [4, 1] and allocate(5, [30, 70]) = [1, 4]
//   (moneyphp gives [4,1] and [2,3]: its tie-break depends on the order).
// A negative total is split as its magnitude, then negated.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

namespace tailor::money {

/// Parts of `total` proportional to `ratios` (each ratio ≥ 0, at most
/// 2^53 − 1). nullopt when ratios is empty, a ratio is negative, or every
/// ratio is zero while total ≠ 0 (then nothing can absorb the total).
/// All-zero ratios with total = 0 give all zeros.
std::optional<std::vector<std::int64_t>> allocate(std::int64_t total, const std::vector<std::int64_t>& ratios);

}  // namespace tailor::money
