// tailor/time/timestamp.hpp — an instant, as Firestore stores it.
//
// Accepted at the JSON edge in three shapes (all meaning the same instant):
//   "2026-03-01T09:30:00Z"  RFC 3339 with Z or a ±HH:MM offset, 0–9 fraction digits
//   {"seconds": 1772357400, "nanoseconds": 0}       Firestore Timestamp
//   {"_seconds": 1772357400, "_nanoseconds": 0}     firebase-admin's JSON form
// Emitted in one canonical form: RFC 3339 in UTC with "Z", and a fraction of
// 3, 6 or 9 digits only when non-zero ("2026-03-01T09:30:00.250Z").
// Range: 0001-01-01T00:00:00Z to 9999-12-31T23:59:59.999999999Z (Firestore's).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace tailor {

struct Timestamp {
    std::int64_t seconds = 0;  ///< Seconds since 1970-01-01T00:00:00Z.
    std::int32_t nanos = 0;    ///< 0 … 999'999'999.

    friend bool operator==(const Timestamp& a, const Timestamp& b) {
        return a.seconds == b.seconds && a.nanos == b.nanos;
    }
    friend bool operator!=(const Timestamp& a, const Timestamp& b) { return !(a == b); }
    friend bool operator<(const Timestamp& a, const Timestamp& b) {
        return a.seconds != b.seconds ? a.seconds < b.seconds : a.nanos < b.nanos;
    }
    friend bool operator>(const Timestamp& a, const Timestamp& b) { return b < a; }
    friend bool operator<=(const Timestamp& a, const Timestamp& b) { return !(b < a); }
    friend bool operator>=(const Timestamp& a, const Timestamp& b) { return !(a < b); }
};

/// Seconds of the first and last accepted instants.
inline constexpr std::int64_t timestamp_min_seconds = -62135596800;  // 0001-01-01T00:00:00Z
inline constexpr std::int64_t timestamp_max_seconds = 253402300799;  // 9999-12-31T23:59:59Z

/// Parses an RFC 3339 date-time; nullopt when malformed or out of range.
std::optional<Timestamp> parse_rfc3339(std::string_view text);

/// The canonical RFC 3339 UTC form described above.
std::string format_rfc3339(const Timestamp& t);

/// Whole seconds from a to b (b − a), rounded toward negative infinity.
std::int64_t seconds_between(const Timestamp& a, const Timestamp& b);

}  // namespace tailor
