// tailor/schedule/time_zone.hpp — shop time zones from one pinned IANA release.
//
// Every zone and link of the release named by tz_release() (data/tzdata/RELEASE)
// is compiled into the library (core/src/schedule/tz_data.inc, written by
// scripts/update-tz.sh; the build never reads the host's zoneinfo). A zone is the
// local time type in force at 1970-01-01T00:00Z, its explicit transitions from
// then until its POSIX footer rule reproduces them, and that footer for every
// instant after (through Howard Hinnant's Posix::time_zone, date/ptz.h). Offsets
// agree with zdump for every instant from 1970 to 2100 (tests/data/tz/reference.txt);
// before 1970 a zone keeps its 1970 offset. docs/lifecycle.md ("Time zones").
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <memory>

#include <boost/json/value.hpp>

#include "tailor/json/reader.hpp"
#include "tailor/time/timestamp.hpp"

namespace tailor::schedule {

/// The IANA release the table was generated from ("2026f").
std::string_view tz_release();

/// One name of the table: a zone or a link, with the zone record it resolves to.
struct ZoneEntry {
    std::string_view name;  ///< IANA name (zone or link)
    std::uint16_t zone;     ///< index of its zone record (a link shares its target's)
};

/// Every zone of the table, sorted by name (byte-wise).
const ZoneEntry* zone_table_begin();
const ZoneEntry* zone_table_end();
std::size_t zone_count();
/// The POSIX TZ footer of a table entry's zone (TimeZone::rule without building one).
std::string_view footer_rule(const ZoneEntry& entry);

/// The UTC offset in force at an instant, and its abbreviation ("BST", "+0530" style
/// names appear as written in the rule, e.g. "+03" for "<+03>-3").
struct ZoneOffset {
    std::int32_t offset_seconds = 0;  ///< local − UTC
    std::string abbreviation;
};

class TimeZone {
public:
    /// The zone named `iana`, or nullopt when the table has no such name.
    static std::optional<TimeZone> find(std::string_view iana);

    std::string_view name() const noexcept { return entry_->name; }
    /// The POSIX TZ footer that governs after the zone's last explicit transition.
    std::string_view rule() const noexcept;
    /// Explicit transitions stored for this zone in [1970, 2100) before the footer takes over.
    std::size_t explicit_transitions() const noexcept;

    ZoneOffset offset_at(std::int64_t utc_seconds) const;

    /// Seconds since the epoch of local wall-clock time `local_seconds` (local
    /// seconds counted from 1970-01-01T00:00 local). In a spring-forward gap the
    /// time is moved forward by the gap (02:30 → 03:30 in New York); in a
    /// fall-back overlap the earlier instant is chosen.
    std::int64_t to_utc(std::int64_t local_seconds) const;
    /// Local wall-clock seconds of a UTC instant.
    std::int64_t to_local(std::int64_t utc_seconds) const;

private:
    struct Rules;  // wraps Posix::time_zone; date/ptz.h defines a non-inline member, so only time_zone.cpp includes it
    TimeZone(const ZoneEntry* entry, std::shared_ptr<const Rules> rules) : entry_(entry), rules_(std::move(rules)) {}
    const ZoneEntry* entry_;
    std::shared_ptr<const Rules> rules_;
};

/// The nearest names of the table to a name it lacks (best first, at most three).
std::vector<std::string> nearest_zone_names(std::string_view name);

/// The zone named `name` (the shop's config.timezone, or a request's zone field),
/// recording an `unknown_zone` issue at `path` when the table has no such name,
/// with the nearest names of the table as a suggestion.
std::optional<TimeZone> find_zone(const std::string& name, const std::string& path, json::Issues& issues);

/// time.zone_offset's input, decoded: the zone and the instant to ask it about.
struct ZoneOffsetInput {
    TimeZone zone;
    Timestamp at;
};

/// Decodes {zone, at} (zone: a name of the table; at: RFC 3339). Records every
/// problem in `issues` at its JSON Pointer path; nullopt when there is any.
std::optional<ZoneOffsetInput> read_zone_offset_input(const boost::json::value& input, json::Issues& issues);

/// time.zone_offsets' input, decoded: one zone and the instants to ask it about.
struct ZoneOffsetsInput {
    TimeZone zone;
    std::vector<Timestamp> instants;
};

/// Decodes {zone, instants} (at most 20000 RFC 3339 instants). Records every
/// problem in `issues` at its JSON Pointer path; nullopt when there is any.
std::optional<ZoneOffsetsInput> read_zone_offsets_input(const boost::json::value& input, json::Issues& issues);

}  // namespace tailor::schedule
