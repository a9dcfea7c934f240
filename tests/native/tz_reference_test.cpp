// Every name of the pinned table against tests/data/tz/reference.txt: glibc's
// zdump over Debian's compiled zoneinfo of the same release, written by
// scripts/update-tz.sh. Offsets and abbreviations are checked one second before,
// at and one second after every transition from 1970 to 2100, between
// transitions and at the range's ends; local → UTC is checked around every
// transition against the rule docs/lifecycle.md documents.
#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "tailor/schedule/time_zone.hpp"

using namespace tailor::schedule;

namespace {

struct Clock {
    std::int64_t offset;
    std::string abbreviation;
};
struct Transition {
    std::int64_t at;
    Clock clock;
};
struct ZoneReference {
    Clock initial;
    std::vector<Transition> transitions;
};

/// name → its reference (a link line copies its target's).
std::map<std::string, ZoneReference> read_reference() {
    std::ifstream in(TAILOR_TZ_REFERENCE);
    REQUIRE(in);
    std::map<std::string, ZoneReference> zones;
    std::map<std::string, std::string> links;
    std::string line, release;
    ZoneReference* current = nullptr;
    while (std::getline(in, line)) {
        if (line.empty()) continue;
        std::istringstream f(line);
        if (line[0] == '#') {
            std::string hash, tzdata, word;
            f >> hash >> tzdata >> word;  // "# tzdata 2026f: glibc zdump …" names the release
            if (release.empty() && tzdata == "tzdata") release = word;
            continue;
        }
        if (line[0] == 'Z') {
            std::string z, name;
            int dst = 0;
            ZoneReference r;
            f >> z >> name >> r.initial.offset >> dst >> r.initial.abbreviation;
            current = &zones.emplace(name, r).first->second;
        } else if (line[0] == 'L') {
            std::string l, name, target;
            f >> l >> name >> target;
            links.emplace(name, target);
        } else {
            Transition t;
            int dst = 0;
            f >> t.at >> t.clock.offset >> dst >> t.clock.abbreviation;
            REQUIRE(current);
            current->transitions.push_back(t);
        }
    }
    CHECK(release == std::string(tz_release()) + ":");
    for (const auto& [name, target] : links) zones.emplace(name, zones.at(target));
    return zones;
}

/// What to_utc must return: the earlier instant that reads `local`, or in a gap
/// `local` read with the offset before the transition.
std::int64_t expected_utc(std::int64_t local, const Transition& t, std::int64_t before) {
    const std::int64_t with_before = local - before, with_after = local - t.clock.offset;
    const bool before_reads = with_before < t.at, after_reads = with_after >= t.at;
    if (before_reads && after_reads) return std::min(with_before, with_after);
    if (before_reads) return with_before;
    if (after_reads) return with_after;
    return with_before;
}

void check_clock(const TimeZone& zone, std::int64_t at, const Clock& want) {
    const ZoneOffset got = zone.offset_at(at);
    INFO(zone.name() << " at " << at);
    CHECK(got.offset_seconds == want.offset);
    CHECK(got.abbreviation == want.abbreviation);
}

}  // namespace

TEST_CASE("every zone and link matches zdump at every transition from 1970 to 2100", "[tz][reference]") {
    const auto reference = read_reference();
    std::set<std::string> table;
    for (const ZoneEntry* e = zone_table_begin(); e != zone_table_end(); ++e) table.emplace(e->name);
    std::set<std::string> referenced;
    for (const auto& kv : reference) referenced.insert(kv.first);
    CHECK(table == referenced);

    constexpr std::int64_t range_end = 4102444800;  // 2100-01-01T00:00:00Z
    std::size_t transitions = 0, local_checks = 0;
    for (const auto& [name, ref] : reference) {
        auto zone = TimeZone::find(name);
        REQUIRE(zone);
        check_clock(*zone, 0, ref.initial);
        const Clock* before = &ref.initial;
        for (std::size_t i = 0; i < ref.transitions.size(); ++i) {
            const Transition& t = ref.transitions[i];
            check_clock(*zone, t.at - 1, *before);
            check_clock(*zone, t.at, t.clock);
            check_clock(*zone, t.at + 1, t.clock);
            const std::int64_t next = i + 1 < ref.transitions.size() ? ref.transitions[i + 1].at : range_end;
            check_clock(*zone, t.at + (next - t.at) / 2, t.clock);
            for (std::int64_t base : {t.at + before->offset, t.at + t.clock.offset})
                for (std::int64_t local : {base - 1, base, base + 1}) {
                    INFO(name << ": local " << local << " around the transition at " << t.at);
                    CHECK(zone->to_utc(local) == expected_utc(local, t, before->offset));
                    ++local_checks;
                }
            before = &t.clock;
            ++transitions;
        }
        check_clock(*zone, range_end - 1, *before);
    }
    // The one-transition-at-a-time rule of to_utc needs transitions two days apart.
    for (const auto& [name, ref] : reference)
        for (std::size_t i = 1; i < ref.transitions.size(); ++i) {
            INFO(name << " at " << ref.transitions[i].at);
            CHECK(ref.transitions[i].at - ref.transitions[i - 1].at > 2 * 26 * 3600);
        }
    CHECK(transitions > 30000);
    CHECK(local_checks == 6 * transitions);
}
