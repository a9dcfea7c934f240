// tailor/assign/geo.hpp — locations as fixed-point micro-degrees, and the
// integer distance between two of them.
//
// Why not doubles and haversine: glibc and musl libm may differ in the last bit
// of sin/cos/asin, and a distance sits in the decision path (service radius,
// distance score), so native and wasm could rank tailors differently. Here a
// coordinate is read from its decimal text straight into micro-degrees (no
// floating-point arithmetic), and the distance uses an equirectangular
// approximation with a tabulated integer cosine. docs/assignment.md gives the
// formula and its error bound (tested in tests/native/assign_geo_test.cpp).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include <boost/json/value.hpp>

#include "tailor/json/reader.hpp"

namespace tailor::assign {

/// A point on the Earth: latitude in [−90e6, 90e6], longitude in [−180e6, 180e6]
/// micro-degrees (1 µ° ≈ 0.11 m).
struct GeoPoint {
    std::int64_t lat_micro = 0;
    std::int64_t lon_micro = 0;
};

/// Distance in whole metres.
struct Meters {
    std::int64_t value = 0;
};

/// Reads a decimal (JSON number or decimal string) as an integer scaled by
/// 10^decimals, from its shortest decimal text: 12.9716 with 6 decimals is
/// 12971600 exactly. Digits beyond `decimals` are rounded half away from zero
/// (a GPS coordinate's 7th decimal is below a tenth of a metre). Records
/// type_mismatch / invalid_format / out_of_range at `path`.
std::optional<std::int64_t> read_fixed(const boost::json::value& v, const std::string& path,
                                       json::Issues& issues, int decimals, std::int64_t min,
                                       std::int64_t max);

/// Reads {latitude, longitude} (degrees). Other fields are ignored (a Firestore
/// GeoPoint serialised by the admin SDK may carry `_latitude`/`_longitude`: those
/// are accepted as well).
std::optional<GeoPoint> read_geo_point(const boost::json::value& v, const std::string& path,
                                       json::Issues& issues);

/// cos(latitude) scaled by 2^30, for |latitude| in micro-degrees, by linear
/// interpolation in a table of cos at every 0.5° (interpolation error < 1e-5).
std::int64_t cos_q30(std::int64_t abs_lat_micro);

/// floor(sqrt(x)) for any x ≥ 0, exactly.
std::uint64_t isqrt(std::uint64_t x);

/// Equirectangular distance on a sphere of radius 6 371 008.8 m:
/// d = R · sqrt((Δλ · cos φm)² + Δφ²), Δλ wrapped to ±180°, φm the mean latitude.
Meters distance(const GeoPoint& a, const GeoPoint& b);

}  // namespace tailor::assign
