// Integer geodesy of the assignment domain: exact decimal reading of
// coordinates, the integer square root, and the documented error bound of the
// equirectangular distance against haversine (computed here with libm, which
// is fine in a test: it is the oracle, not the decision).
#include "tailor/assign/geo.hpp"

#include <catch2/catch.hpp>

#include <cmath>
#include <cstdlib>
#include <iostream>
#include <random>

#include "assign_instances.hpp"

#include <boost/json/parse.hpp>

using namespace tailor;
using namespace tailor::assign;
using tailor::assign::testing::test_seed;

namespace {

std::optional<std::int64_t> fixed(const char* json_text, int decimals, json::Issues& issues) {
    return read_fixed(boost::json::parse(json_text), "/x", issues, decimals, -180000000, 180000000);
}

double haversine_m(double lat1, double lon1, double lat2, double lon2) {
    const double r = 6371008.8, k = M_PI / 180;
    const double dphi = (lat2 - lat1) * k, dl = (lon2 - lon1) * k;
    const double a = std::sin(dphi / 2) * std::sin(dphi / 2) +
                     std::cos(lat1 * k) * std::cos(lat2 * k) * std::sin(dl / 2) * std::sin(dl / 2);
    return 2 * r * std::asin(std::sqrt(a));
}

}  // namespace

TEST_CASE("coordinates are read exactly from their decimal text", "[assign][geo]") {
    json::Issues issues;
    CHECK(fixed("12.9716", 6, issues) == 12971600);
    CHECK(fixed("-77.5946", 6, issues) == -77594600);
    CHECK(fixed("\"0.1\"", 6, issues) == 100000);
    CHECK(fixed("0.0000005", 6, issues) == 1);    // half away from zero
    CHECK(fixed("-0.0000005", 6, issues) == -1);
    CHECK(fixed("0.00000049", 6, issues) == 0);
    CHECK(fixed("4.675", 2, issues) == 468);
    CHECK(fixed("45", 6, issues) == 45000000);
    CHECK(issues.empty());
    CHECK_FALSE(fixed("180.000001", 6, issues));
    CHECK_FALSE(fixed("\"12,5\"", 6, issues));
    CHECK_FALSE(fixed("true", 6, issues));
    REQUIRE(issues.size() == 3);
    CHECK(issues.items()[0].code == "out_of_range");
    CHECK(issues.items()[0].message == "must be between -180 and 180");
    CHECK(issues.items()[1].code == "invalid_format");
    CHECK(issues.items()[2].code == "type_mismatch");
}

TEST_CASE("isqrt is the exact floor of the square root", "[assign][geo]") {
    std::mt19937_64 rng(test_seed());
    for (std::uint64_t x : {0ull, 1ull, 2ull, 3ull, 4ull, 15ull, 16ull, 17ull, (1ull << 62), ~0ull}) {
        const std::uint64_t r = isqrt(x);
        CHECK(r * r <= x);
        CHECK((r + 1) > x / (r + 1));  // (r+1)² > x without overflow
    }
    for (int k = 0; k < tailor::test::property_cases(10000); ++k) {
        const std::uint64_t x = rng() >> (rng() % 64);
        const std::uint64_t r = isqrt(x);
        REQUIRE(r * r <= x);
        REQUIRE((r + 1) > x / (r + 1));
    }
}

TEST_CASE("cos table matches cos within 1e-5", "[assign][geo]") {
    for (std::int64_t micro = 0; micro <= 90000000; micro += 123457) {
        const double exact = std::cos(static_cast<double>(micro) / 1e6 * M_PI / 180);
        REQUIRE(std::fabs(static_cast<double>(cos_q30(micro)) / 1073741824.0 - exact) < 1e-5);
    }
    CHECK(cos_q30(0) == 1073741824);
    CHECK(cos_q30(90000000) == 0);
}

TEST_CASE("equirectangular distance stays within the documented bound of haversine", "[assign][geo]") {
    const std::uint64_t seed = test_seed();
    std::cout << "assign_geo_test seed " << seed << " (set TAILOR_SEED to replay)\n";
    std::mt19937_64 rng(seed);
    std::uniform_int_distribution<std::int64_t> lat(-70000000, 70000000), lon(-180000000, 180000000),
        offset(-1000000, 1000000);  // up to ±1° (≈ 111 km) apart
    double worst = 0;
    for (int k = 0; k < tailor::test::property_cases(20000); ++k) {
        GeoPoint a{lat(rng), lon(rng)};
        GeoPoint b{std::clamp<std::int64_t>(a.lat_micro + offset(rng), -70000000, 70000000), a.lon_micro + offset(rng)};
        if (b.lon_micro > 180000000) b.lon_micro -= 360000000;  // across the antimeridian
        if (b.lon_micro < -180000000) b.lon_micro += 360000000;
        const double h = haversine_m(a.lat_micro / 1e6, a.lon_micro / 1e6, b.lat_micro / 1e6, b.lon_micro / 1e6);
        const double d = static_cast<double>(distance(a, b).value);
        const double err = std::fabs(d - h);
        worst = std::max(worst, err / std::max(h, 1.0));
        // Bound documented in docs/assignment.md: |error| ≤ 0.1 % of the distance + 1 m
        // for points up to 1° apart in latitude and longitude, |latitude| ≤ 70°.
        INFO("a=" << a.lat_micro << "," << a.lon_micro << " b=" << b.lat_micro << "," << b.lon_micro);
        REQUIRE(err <= 0.001 * h + 1.0);
    }
    std::cout << "worst relative error within 1 degree: " << worst << "\n";
    // Up to 5° apart (≈ 550 km, far beyond any service radius): ≤ 0.2 % + 1 m.
    std::uniform_int_distribution<std::int64_t> far(-5000000, 5000000);
    double worst_far = 0;
    for (int k = 0; k < tailor::test::property_cases(20000); ++k) {
        GeoPoint a{lat(rng), lon(rng) / 2};
        GeoPoint b{std::clamp<std::int64_t>(a.lat_micro + far(rng), -70000000, 70000000), a.lon_micro + far(rng)};
        const double h = haversine_m(a.lat_micro / 1e6, a.lon_micro / 1e6, b.lat_micro / 1e6, b.lon_micro / 1e6);
        const double err = std::fabs(static_cast<double>(distance(a, b).value) - h);
        worst_far = std::max(worst_far, err / std::max(h, 1.0));
        REQUIRE(err <= 0.002 * h + 1.0);
    }
    std::cout << "worst relative error within 5 degrees: " << worst_far << "\n";
    // Symmetry and identity.
    GeoPoint p{12971600, 77594600}, q{12935200, 77624500};
    CHECK(distance(p, q).value == distance(q, p).value);
    CHECK(distance(p, p).value == 0);
}
