// time.zones, time.zone_offset, time.zone_offsets: the generated zone table at the JSON edge.
#include <string>

#include "../lifecycle/domain_operations.hpp"
#include "tailor/json/reader.hpp"
#include "tailor/schedule/time_zone.hpp"

namespace tailor::schedule {

namespace bj = boost::json;
using json::ObjectReader;
using json::Presence;

/// Most instants one time.zone_offsets call accepts (two years of hours is 17 544).
inline constexpr std::size_t max_instants = 20000;

static std::optional<TimeZone> read_zone(ObjectReader& r, std::string_view key, json::Issues& issues) {
    auto name = r.string(key, Presence::required, {1, 64});
    if (!name) return std::nullopt;
    return find_zone(*name, r.path_of(key), issues);
}

namespace {

/// Offsets are whole minutes in every current POSIX footer; floor division keeps
/// a hypothetical seconds offset deterministic.
std::int64_t floor_minutes(std::int32_t seconds) { return seconds >= 0 ? seconds / 60 : -((-seconds + 59) / 60); }

bj::object offset_object(const ZoneOffset& o) {
    bj::object out;
    out.emplace("offsetMinutes", floor_minutes(o.offset_seconds));
    out.emplace("abbreviation", o.abbreviation);
    return out;
}

api::Outcome zones_op(const bj::value& input) {
    json::Issues issues;
    ObjectReader r(input, "", issues);
    r.finish();
    if (!issues.empty()) return issues.to_error("this operation takes an empty object {}");
    bj::array zones;
    for (const ZoneEntry* e = zone_table_begin(); e != zone_table_end(); ++e) {
        bj::object z;
        z.emplace("name", e->name);
        z.emplace("rule", footer_rule(*e));
        zones.emplace_back(std::move(z));
    }
    bj::object out;
    out.emplace("count", zone_count());
    out.emplace("zones", std::move(zones));
    return bj::value(std::move(out));
}

}  // namespace

std::optional<ZoneOffsetInput> read_zone_offset_input(const bj::value& input, json::Issues& issues) {
    ObjectReader r(input, "", issues);
    auto zone = read_zone(r, "zone", issues);
    auto at = r.timestamp("at", Presence::required);
    r.finish();
    if (!issues.empty()) return std::nullopt;
    return ZoneOffsetInput{*zone, *at};
}

std::optional<ZoneOffsetsInput> read_zone_offsets_input(const bj::value& input, json::Issues& issues) {
    ObjectReader r(input, "", issues);
    auto zone = read_zone(r, "zone", issues);
    std::vector<Timestamp> instants;
    if (const bj::array* list = r.array("instants", Presence::required, max_instants)) {
        instants.reserve(list->size());
        for (std::size_t i = 0; i < list->size(); ++i)
            if (auto t = json::read_timestamp((*list)[i], "/instants/" + std::to_string(i), issues)) instants.push_back(*t);
    }
    r.finish();
    if (!issues.empty()) return std::nullopt;
    return ZoneOffsetsInput{*zone, std::move(instants)};
}

namespace {

api::Outcome zone_offset_op(const bj::value& input) {
    json::Issues issues;
    const auto decoded = read_zone_offset_input(input, issues);
    if (!decoded) return issues.to_error();
    const TimeZone& zone = decoded->zone;
    const Timestamp& at = decoded->at;
    bj::object out;
    out.emplace("zone", zone.name());
    out.emplace("at", format_rfc3339(at));
    for (auto& kv : offset_object(zone.offset_at(at.seconds))) out.emplace(kv.key(), kv.value());
    return bj::value(std::move(out));
}

api::Outcome zone_offsets_op(const bj::value& input) {
    json::Issues issues;
    const auto decoded = read_zone_offsets_input(input, issues);
    if (!decoded) return issues.to_error();
    const TimeZone& zone = decoded->zone;
    const std::vector<Timestamp>& instants = decoded->instants;
    // Two parallel arrays rather than one object per instant: a two-year hourly
    // batch (17 544 instants) is the differential test's unit of work.
    bj::array minutes, abbreviations;
    minutes.reserve(instants.size());
    abbreviations.reserve(instants.size());
    for (const Timestamp& t : instants) {
        const ZoneOffset o = zone.offset_at(t.seconds);
        minutes.emplace_back(floor_minutes(o.offset_seconds));
        abbreviations.emplace_back(o.abbreviation);
    }
    bj::object out;
    out.emplace("zone", zone.name());
    out.emplace("offsetMinutes", std::move(minutes));
    out.emplace("abbreviations", std::move(abbreviations));
    return bj::value(std::move(out));
}

}  // namespace

std::vector<api::Operation> time_operations() {
    return {
        {"time.zones", "Lists the time-zone table: every IANA name (links included) with its POSIX TZ rule.", &zones_op},
        {"time.zone_offset", "The UTC offset (minutes) and abbreviation of a time zone at an instant.", &zone_offset_op},
        {"time.zone_offsets", "time.zone_offset for many instants of one zone (up to 20000) in one call: parallel arrays offsetMinutes[] and abbreviations[].", &zone_offsets_op},
    };
}

}  // namespace tailor::schedule
