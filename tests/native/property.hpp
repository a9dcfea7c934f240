// Seeded property tests: where the seed and the number of cases come from.
//   TAILOR_SEED=N            replays a run (every property test prints its seed)
//   TAILOR_PROPERTY_CASES=N  caps every property loop at N cases (never raises
//                            it). scripts/valgrind.sh sets it, because memcheck
//                            runs the suite 30-50x slower than a plain build.
#pragma once

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace tailor::test {

/// $TAILOR_SEED, or the test's own fixed default; printed under the test's name.
inline std::uint64_t property_seed(const char* test_name, std::uint64_t fallback) {
    const char* env = std::getenv("TAILOR_SEED");
    const std::uint64_t seed = env ? std::strtoull(env, nullptr, 10) : fallback;
    std::printf("%s: TAILOR_SEED=%llu (set it to replay)\n", test_name, static_cast<unsigned long long>(seed));
    return seed;
}

/// The number of cases a property loop runs: `cases`, or fewer when
/// $TAILOR_PROPERTY_CASES asks for fewer (at least one).
inline int property_cases(int cases) {
    const char* env = std::getenv("TAILOR_PROPERTY_CASES");
    if (!env) return cases;
    const long cap = std::strtol(env, nullptr, 10);
    if (cap < 1) return 1;
    return cap < cases ? static_cast<int>(cap) : cases;
}

}  // namespace tailor::test
