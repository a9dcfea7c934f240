// tailor/aggregates/local_date.hpp — the shop's local calendar, behind one small interface.
//
// Analytics buckets and archive partitions follow the shop's wall calendar,
// not UTC: an order placed at 00:30 in Kolkata on 1 March belongs to March even
// though it is still 28 February in UTC. Everything the aggregates domain needs
// from time zones is here: resolve a zone, and map an instant to a local date
// (and a local date back to the instant its day starts).
//
// Today a zone is either a name from a small built-in table (Asia/Kolkata,
// Europe/London, America/New_York, UTC, Etc/UTC) or a POSIX TZ string
// ("EST5EDT,M3.2.0,M11.1.0"), evaluated with Howard Hinnant's date/ptz.h. When
// the lifecycle domain's generated IANA→POSIX table (tailor/schedule/…) is
// merged, Zone::resolve switches to it; callers do not change.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "tailor/time/timestamp.hpp"

namespace Posix {
class time_zone;
}

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

/// Longest accepted zone text (a name or a POSIX TZ string).
inline constexpr std::size_t max_zone_length = 64;

class Zone {
public:
    /// UTC, so that a default-constructed request is usable (never a null zone).
    Zone();
    /// A built-in IANA name or a POSIX TZ string; nullopt when neither.
    static std::optional<Zone> resolve(std::string_view name);

    const std::string& name() const noexcept { return name_; }    ///< As the caller gave it.
    const std::string& posix() const noexcept { return posix_; }  ///< The POSIX rule used.
    const Posix::time_zone& rules() const noexcept { return *rules_; }

private:
    std::string name_;
    std::string posix_;
    std::shared_ptr<const Posix::time_zone> rules_;  // immutable; shared by copies
};

/// The shop-local calendar date of instant `t`.
LocalDate local_date_of(const Timestamp& t, const Zone& zone);

/// The first instant of local date `d` (local midnight; when midnight does not
/// exist because of a DST jump, the first local instant after the gap).
Timestamp start_of_local_date(const LocalDate& d, const Zone& zone);

}  // namespace tailor::aggregates
