// The pinned time-zone table (tailor/schedule/time_zone.hpp): its shape, a few
// hand-checked offsets, and every zone against zdump's reference at every
// transition from 1970 to 2100 (tz_reference_test.cpp).
#include "tailor/schedule/time_zone.hpp"

#include <catch2/catch.hpp>

#include <string>

#include "tailor/time/timestamp.hpp"

using namespace tailor;
using namespace tailor::schedule;

namespace {
std::int64_t at(const char* rfc3339) { return parse_rfc3339(rfc3339)->seconds; }
}  // namespace

TEST_CASE("the table is sorted, unique, large, and every footer parses", "[tz]") {
    REQUIRE(zone_count() > 400);
    CHECK(tz_release() == "2026f");
    for (const ZoneEntry* e = zone_table_begin(); e != zone_table_end(); ++e) {
        INFO(e->name);
        if (e != zone_table_begin()) CHECK((e - 1)->name < e->name);
        CHECK(e->name.substr(0, 6) != "posix/");
        CHECK(e->name.substr(0, 6) != "right/");
        auto zone = TimeZone::find(e->name);
        REQUIRE(zone.has_value());
        CHECK_FALSE(zone->rule().empty());
    }
    CHECK_FALSE(TimeZone::find("Mars/Olympus_Mons").has_value());
    CHECK_FALSE(TimeZone::find("posixrules").has_value());
    CHECK_FALSE(TimeZone::find("").has_value());
}

TEST_CASE("links are in the table with their target's rule", "[tz]") {
    auto kolkata = TimeZone::find("Asia/Kolkata");
    auto calcutta = TimeZone::find("Asia/Calcutta");
    REQUIRE(kolkata);
    REQUIRE(calcutta);
    CHECK(kolkata->rule() == calcutta->rule());
    CHECK(TimeZone::find("US/Eastern")->rule() == TimeZone::find("America/New_York")->rule());
    CHECK(TimeZone::find("US/Eastern")->explicit_transitions() == TimeZone::find("America/New_York")->explicit_transitions());
}

TEST_CASE("explicit transitions carry what no footer can say", "[tz]") {
    // New York's footer holds only since 2007: a 1990 summer instant needs the
    // stored transitions (EDT began on the first Sunday of April then).
    auto ny = *TimeZone::find("America/New_York");
    CHECK(ny.explicit_transitions() > 50);
    CHECK(ny.offset_at(at("1990-04-01T06:59:59Z")).offset_seconds == -5 * 3600);
    CHECK(ny.offset_at(at("1990-04-01T07:00:00Z")).offset_seconds == -4 * 3600);
    // Kolkata has had one offset since 1945: the footer alone.
    CHECK(TimeZone::find("Asia/Kolkata")->explicit_transitions() == 0);
    // Before 1970 a zone keeps the offset in force at 1970-01-01T00:00Z.
    CHECK(ny.offset_at(at("1969-07-01T00:00:00Z")).offset_seconds == -5 * 3600);
}

TEST_CASE("an unknown zone name gets the nearest names of the table", "[tz]") {
    CHECK(nearest_zone_names("Asia/Kolkatta") == std::vector<std::string>{"Asia/Kolkata"});
    CHECK(nearest_zone_names("asia/kolkata").front() == "Asia/Kolkata");
    CHECK(nearest_zone_names("Kolkata") == std::vector<std::string>{"Asia/Kolkata"});
    CHECK(nearest_zone_names("Mars/Olympus_Mons").empty());
    json::Issues issues;
    CHECK_FALSE(find_zone("Europe/Londn", "/config/timezone", issues));
    REQUIRE(issues.size() == 1);
    CHECK(issues.to_error().details.at(0).message ==
          "\"Europe/Londn\" is not an IANA time zone of tzdata 2026f; did you mean \"Europe/London\"?");
}

TEST_CASE("offsets follow DST in both hemispheres", "[tz]") {
    auto ny = *TimeZone::find("America/New_York");
    // 2027: DST starts Sunday 14 March 02:00 EST (07:00Z), ends Sunday 7 November 02:00 EDT (06:00Z).
    CHECK(ny.offset_at(at("2027-03-14T06:59:59Z")).offset_seconds == -5 * 3600);
    CHECK(ny.offset_at(at("2027-03-14T07:00:00Z")).offset_seconds == -4 * 3600);
    CHECK(ny.offset_at(at("2027-03-14T07:00:00Z")).abbreviation == "EDT");
    CHECK(ny.offset_at(at("2027-11-07T05:59:59Z")).offset_seconds == -4 * 3600);
    CHECK(ny.offset_at(at("2027-11-07T06:00:00Z")).offset_seconds == -5 * 3600);
    auto sydney = *TimeZone::find("Australia/Sydney");
    // AEDT (+11) in December, AEST (+10) in July.
    CHECK(sydney.offset_at(at("2026-12-15T00:00:00Z")).offset_seconds == 11 * 3600);
    CHECK(sydney.offset_at(at("2027-07-15T00:00:00Z")).offset_seconds == 10 * 3600);
    auto kolkata = *TimeZone::find("Asia/Kolkata");
    CHECK(kolkata.offset_at(at("2027-07-15T00:00:00Z")).offset_seconds == 5 * 3600 + 1800);
    CHECK(kolkata.offset_at(at("2027-07-15T00:00:00Z")).abbreviation == "IST");
}

TEST_CASE("local wall time → instant: gaps move forward, overlaps take the earlier instant", "[tz]") {
    auto ny = *TimeZone::find("America/New_York");
    const std::int64_t day = at("2027-03-14T00:00:00Z");  // local midnight counted as local seconds
    // 02:30 does not exist on 2027-03-14: it is read with EST (−5) → 07:30Z = 03:30 EDT.
    CHECK(ny.to_utc(day + 2 * 3600 + 1800) == at("2027-03-14T07:30:00Z"));
    // 09:00 EDT → 13:00Z.
    CHECK(ny.to_utc(day + 9 * 3600) == at("2027-03-14T13:00:00Z"));
    const std::int64_t fall = at("2027-11-07T00:00:00Z");
    // 01:30 happens twice on 2027-11-07: the earlier is EDT → 05:30Z.
    CHECK(ny.to_utc(fall + 3600 + 1800) == at("2027-11-07T05:30:00Z"));
    CHECK(ny.to_local(at("2027-11-07T06:30:00Z")) == fall + 3600 + 1800);  // the second 01:30 (EST)
}

TEST_CASE("rules with negative transition times (America/Nuuk) are evaluated too", "[tz]") {
    auto nuuk = TimeZone::find("America/Nuuk");
    REQUIRE(nuuk);
    CHECK(nuuk->rule() == "<-02>2<-01>,M3.5.0/-1,M10.5.0/0");
    // −02 → −01 at −1:00 local standard time on the last Sunday of March = 01:00Z
    // (2027-03-28); back at 00:00 local DST on the last Sunday of October = 01:00Z (2027-10-31).
    CHECK(nuuk->offset_at(at("2027-03-28T00:59:59Z")).offset_seconds == -2 * 3600);
    CHECK(nuuk->offset_at(at("2027-03-28T01:00:00Z")).offset_seconds == -1 * 3600);
    CHECK(nuuk->offset_at(at("2027-03-28T01:00:00Z")).abbreviation == "-01");
    CHECK(nuuk->offset_at(at("2027-10-31T00:59:59Z")).offset_seconds == -1 * 3600);
    CHECK(nuuk->offset_at(at("2027-10-31T01:00:00Z")).offset_seconds == -2 * 3600);
    // 23:30 local on Saturday 2027-03-27 falls in the gap (23:00 → 00:00): moved forward.
    const std::int64_t sat = at("2027-03-27T00:00:00Z");
    CHECK(nuuk->to_utc(sat + 23 * 3600 + 1800) == at("2027-03-28T01:30:00Z"));
    CHECK(nuuk->to_utc(sat + 12 * 3600) == at("2027-03-27T14:00:00Z"));
}
