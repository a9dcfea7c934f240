// tailor/aggregates/local_date.hpp — the shop's local calendar, behind one small interface.
//
// Analytics buckets and archive partitions follow the shop's wall calendar,
// not UTC: an order placed at 00:30 in Kolkata on 1 March belongs to March even
// though it is still 28 February in UTC. Everything the aggregates domain needs
// from time zones is here: resolve a zone, and map an instant to a local date
// (and a local date back to the instant its day starts).
//
// A zone is an IANA name from the table every domain shares
// (tailor/schedule/time_zone.hpp: generated at build time from the system
// tzdata, links included), so analytics buckets, archive partitions, delivery
// estimates and notification times agree on what "local" means.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "tailor/schedule/time_zone.hpp"
#include "tailor/time/timestamp.hpp"

namespace tailor::aggregates {

/// A proleptic Gregorian calendar date.
struct LocalDate {
    int year = 1970;
    unsigned month = 1;  ///< 1…12
    unsigned day = 1;    ///< 1…31

    friend bool operator==(const LocalDate& a, const LocalDate& b) {
        return a.year == b.year && a.month == b.month && a.day == b.day;
    }
    friend bool operator!=(const LocalDate& a, const LocalDate& b) { return !(a == b); }
    friend bool operator<(const LocalDate& a, const LocalDate& b) {
        if (a.year != b.year) return a.year < b.year;
        if (a.month != b.month) return a.month < b.month;
        return a.day < b.day;
    }
    friend bool operator<=(const LocalDate& a, const LocalDate& b) { return !(b < a); }
};

/// Days since 1970-01-01 (negative before).
std::int64_t days_since_epoch(const LocalDate& d);
LocalDate date_from_days(std::int64_t days);
/// ISO weekday, Monday = 1 … Sunday = 7.
unsigned iso_weekday(const LocalDate& d);
/// "YYYY-MM-DD".
std::string format_date(const LocalDate& d);

/// Longest accepted zone name.
inline constexpr std::size_t max_zone_length = 64;

class Zone {
public:
    /// UTC, so that a default-constructed request is usable (never a null zone).
    Zone();
    /// The IANA zone `name` from the shared table; nullopt when unknown.
    static std::optional<Zone> resolve(std::string_view name);

    std::string_view name() const noexcept { return zone_.name(); }   ///< The IANA name.
    std::string_view posix() const noexcept { return zone_.rule(); }  ///< The POSIX rule used.
    const schedule::TimeZone& time_zone() const noexcept { return zone_; }

private:
    explicit Zone(schedule::TimeZone zone) : zone_(std::move(zone)) {}
    schedule::TimeZone zone_;
};

/// The shop-local calendar date of instant `t`.
LocalDate local_date_of(const Timestamp& t, const Zone& zone);

/// The first instant of local date `d` (local midnight; when midnight does not
/// exist because of a DST jump, the first local instant after the gap).
Timestamp start_of_local_date(const LocalDate& d, const Zone& zone);

}  // namespace tailor::aggregates
