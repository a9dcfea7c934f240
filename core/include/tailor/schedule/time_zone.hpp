// tailor/schedule/time_zone.hpp — shop time zones without zone files.
//
// An IANA name ("Europe/London", links included) maps to the POSIX TZ rule its
// TZif file ends with ("GMT0BST,M3.5.0/1,M10.5.0"), from a table generated at
// build time from the system tzdata (cmake/GenerateTzTable.cmake). Offsets come
// from Howard Hinnant's Posix::time_zone (date/ptz.h). A POSIX rule describes
// the zone's *current* rules only: right for future dates (scheduling, reminders),
// not for history before the last rule change. Known differences from ICU are in
// docs/lifecycle.md ("Time zones").
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

/// One entry of the generated table.
struct ZoneEntry {
    std::string_view name;  ///< IANA name (zone or link)
    std::string_view rule;  ///< POSIX TZ string
};

/// Every zone of the table, sorted by name (byte-wise).
const ZoneEntry* zone_table_begin();
const ZoneEntry* zone_table_end();
std::size_t zone_count();

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
    std::string_view rule() const noexcept { return entry_->rule; }

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

/// The zone named `name` (the shop's config.timezone, or a request's zone field),
/// recording an `unknown_zone` issue at `path` when the table has no such name.
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
