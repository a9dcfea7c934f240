// tailor/documents/measurements.hpp — body measurements with a unit, and their
// plausibility per garment.
//
// Why: a tailor types 96 into a form set to inches when she meant centimetres;
// the garment comes out unwearable. Every measurement therefore carries its unit
// and is checked against a plausible adult range for that garment's field.
// Values are read as fixed-point decimals (thousandths of the unit, at most 3
// decimal places) and compared in tenths of a micrometre, where 1 in = 254 000
// and 1 cm = 100 000 exactly — so the comparison is integer arithmetic and every
// runtime decides the same. The range table is in docs/schema.md.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "tailor/documents/enums.hpp"
#include "tailor/time/timestamp.hpp"

namespace tailor::documents {

/// A length in thousandths of the document's unit (38.125 in → 38125).
struct Length {
    std::int64_t thousandths = 0;
    friend bool operator==(const Length& a, const Length& b) { return a.thousandths == b.thousandths; }
};

/// The length in tenths of a micrometre (exact for both units).
std::int64_t to_tenth_micrometres(Length length, LengthUnit unit);

/// A plausible adult range for one measurement field, in thousandths of an inch.
struct PlausibleRange {
    std::string_view field;
    std::int64_t min_thousandth_in;
    std::int64_t max_thousandth_in;
};

/// The measurement fields of `garment` in schema order (empty for Garment::other,
/// which takes free names checked against generic_measurement_range).
std::vector<PlausibleRange> garment_fields(Garment garment);
/// The range of a free-named measurement (customMeasurements, garment "other").
PlausibleRange generic_measurement_range();
/// The customer-profile fields (customers.measurements) in schema order.
std::vector<PlausibleRange> profile_fields();

/// A named value, kept in schema order (known fields) or input order (free names).
using NamedLength = std::pair<std::string, Length>;

/// One garment's measurement set inside an order.
struct GarmentMeasurements {
    Garment garment = Garment::other;
    std::vector<NamedLength> values;
};

/// orders.measurements: {unit, garments: {shirt: {neck: 15.5, …}, …}, custom?, takenAt?}.
struct OrderMeasurements {
    LengthUnit unit = LengthUnit::in;
    std::vector<GarmentMeasurements> garments;  ///< In Garment declaration order.
    std::vector<NamedLength> custom;            ///< Free names, input order.
    bool has_custom = false;                    ///< `custom` was present (kept on re-encoding).
    std::optional<Timestamp> taken_at;
};

/// customers.measurements: the seed's flat body profile plus a unit.
/// {unit, chest?, waist?, hips?, length?, shoulder?, sleeve?, inseam?, customMeasurements}.
struct CustomerMeasurements {
    LengthUnit unit = LengthUnit::in;
    std::vector<NamedLength> values;  ///< Profile fields present, in schema order.
    std::vector<NamedLength> custom;  ///< customMeasurements, input order.
    bool has_custom = false;          ///< customMeasurements was present (kept on re-encoding).
};

}  // namespace tailor::documents
