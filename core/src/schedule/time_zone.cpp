// The pinned zone table and its offsets (tailor/schedule/time_zone.hpp).
#include "tailor/schedule/time_zone.hpp"

#include <algorithm>
#include <chrono>
#include <optional>
#include <string>

#include <date/ptz.h>

#include "extended_rule.hpp"
#include "tailor/text/nearest.hpp"

namespace tailor::schedule {

namespace {

/// A local time type: what the clocks read between two transitions.
struct TzType {
    std::int32_t offset;       // seconds, local − UTC
    std::uint8_t is_dst;
    std::uint16_t abbreviation;  // index into tz_abbreviations
};

/// One zone record: a slice of the transition arrays and the footer after it.
struct TzZone {
    std::uint32_t first;         // index of its first transition
    std::uint32_t count;         // how many (all in [1970, 2100))
    std::uint16_t initial;       // type in force at 1970-01-01T00:00Z, before its first transition
    std::string_view footer;     // POSIX TZ rule after its last transition
};

#include "tz_data.inc"

using detail::ExtendedRule;
using seconds = std::chrono::seconds;

const TzZone& record_of(const ZoneEntry* entry) { return tz_zones[entry->zone]; }

ZoneOffset offset_of_type(std::uint16_t type) {
    const TzType& t = tz_types[type];
    return ZoneOffset{t.offset, std::string(tz_abbreviations[t.abbreviation])};
}

}  // namespace

struct TimeZone::Rules {
    std::optional<Posix::time_zone> tz;  // the footer, the normal path
    std::optional<ExtendedRule> extended;  // the footer, when ptz.h cannot parse it
};

std::string_view tz_release() { return tz_release_name; }

const ZoneEntry* zone_table_begin() { return std::begin(tz_names); }
const ZoneEntry* zone_table_end() { return std::end(tz_names); }
std::size_t zone_count() { return std::size(tz_names); }

std::string_view footer_rule(const ZoneEntry& entry) { return record_of(&entry).footer; }
std::string_view TimeZone::rule() const noexcept { return record_of(entry_).footer; }
std::size_t TimeZone::explicit_transitions() const noexcept { return record_of(entry_).count; }

std::optional<TimeZone> TimeZone::find(std::string_view iana) {
    const ZoneEntry* it = std::lower_bound(std::begin(tz_names), std::end(tz_names), iana,
                                           [](const ZoneEntry& e, std::string_view n) { return e.name < n; });
    if (it == std::end(tz_names) || it->name != iana) return std::nullopt;
    const std::string footer(record_of(it).footer);
    try {
        return TimeZone(it, std::make_shared<const Rules>(Rules{Posix::time_zone(footer), std::nullopt}));
    } catch (const std::exception&) {
        // Not parseable by ptz.h: a signed or extended transition time (see ExtendedRule).
        if (auto extended = ExtendedRule::parse(footer))
            return TimeZone(it, std::make_shared<const Rules>(Rules{std::nullopt, std::move(extended)}));
        return std::nullopt;  // tz_test checks that every footer of the table is usable
    }
}

namespace {
text::NearestNames nearest_names_of(std::string_view name) {
    text::NearestNames nearest(name);
    for (const ZoneEntry& e : tz_names) nearest.offer(e.name);
    return nearest;
}
}  // namespace

std::vector<std::string> nearest_zone_names(std::string_view name) { return nearest_names_of(name).best(); }

std::optional<TimeZone> find_zone(const std::string& name, const std::string& path, json::Issues& issues) {
    auto zone = TimeZone::find(name);
    if (!zone) {
        issues.add(path, "unknown_zone",
                   "\"" + name + "\" is not an IANA time zone of tzdata " + std::string(tz_release_name) +
                       nearest_names_of(name).hint());
    }
    return zone;
}

ZoneOffset TimeZone::offset_at(std::int64_t utc_seconds) const {
    const TzZone& z = record_of(entry_);
    const std::uint32_t* begin = tz_transition_times + z.first;
    const std::uint32_t* end = begin + z.count;
    if (z.count > 0 && utc_seconds < static_cast<std::int64_t>(*(end - 1))) {
        // Within the explicit transitions: the last one at or before the instant.
        if (utc_seconds < static_cast<std::int64_t>(*begin)) return offset_of_type(z.initial);
        const std::uint32_t* at = std::upper_bound(begin, end, static_cast<std::uint32_t>(utc_seconds)) - 1;
        return offset_of_type(tz_transition_types[at - tz_transition_times]);
    }
    // From the last explicit transition on, the footer rule (RFC 8536 §3.3).
    if (const auto& x = rules_->extended) {
        const bool dst = x->is_dst(utc_seconds);
        return ZoneOffset{static_cast<std::int32_t>(dst ? x->dst_offset : x->std_offset), dst ? x->dst_abbrev : x->std_abbrev};
    }
    const date::sys_info info = rules_->tz->get_info(date::sys_seconds{seconds{utc_seconds}});
    return ZoneOffset{static_cast<std::int32_t>(info.offset.count()), info.abbrev};
}

std::int64_t TimeZone::to_local(std::int64_t utc_seconds) const {
    return utc_seconds + offset_at(utc_seconds).offset_seconds;
}

std::int64_t TimeZone::to_utc(std::int64_t local_seconds) const {
    // Every instant that reads `local_seconds` lies within a day of it (offsets
    // stay within ±26 h). Take the offsets in force a day before and a day after;
    // no zone changes its clocks twice within two days, so these are the only
    // candidates (tz_test checks this at every transition of the table).
    constexpr std::int64_t day = 26 * 3600;
    const std::int64_t before = offset_at(local_seconds - day).offset_seconds;
    const std::int64_t after = offset_at(local_seconds + day).offset_seconds;
    const std::int64_t early = local_seconds - std::max(before, after);
    const std::int64_t late = local_seconds - std::min(before, after);
    if (early + offset_at(early).offset_seconds == local_seconds) return early;  // unique, or the earlier of an overlap
    if (late + offset_at(late).offset_seconds == local_seconds) return late;
    // In a spring-forward gap: read with the offset before the gap, which lands after it.
    return local_seconds - before;
}

}  // namespace tailor::schedule
