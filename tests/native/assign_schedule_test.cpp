// Working time of an employee: weekly hours, exceptions, local time.
#include "tailor/assign/schedule.hpp"

#include <catch2/catch.hpp>

#include <boost/json/parse.hpp>

using namespace tailor;
using namespace tailor::assign;

namespace {

Schedule parse_schedule(const char* text) {
    json::Issues issues;
    auto s = read_schedule(boost::json::parse(text), "/schedule", issues);
    REQUIRE(issues.empty());
    REQUIRE(s);
    return *s;
}

std::int64_t utc(const char* rfc3339) { return parse_rfc3339(rfc3339)->seconds; }

}  // namespace

TEST_CASE("days_from_civil counts from 1970-01-01", "[assign][schedule]") {
    CHECK(days_from_civil(1970, 1, 1) == 0);
    CHECK(days_from_civil(2026, 3, 2) == utc("2026-03-02T00:00:00Z") / 86400);
    CHECK(days_from_civil(1969, 12, 31) == -1);
}

TEST_CASE("the first working instant follows hours, weekdays and exceptions in local time", "[assign][schedule]") {
    // 2026-03-02 is a Monday. Kolkata is UTC+05:30.
    const auto kolkata = *tailor::schedule::TimeZone::find("Asia/Kolkata");
    const auto utc_zone = *tailor::schedule::TimeZone::find("UTC");
    const Schedule s = parse_schedule(R"({"workingHours":{"mon":"09:00-18:00","wed":"10:00-14:00","sun":"off"},
        "exceptions":[{"date":"2026-03-04","kind":"half_day"},{"date":"2026-03-09","kind":"leave"}]})");
    // Inside Monday's hours: now itself.
    CHECK(first_working_second(s, utc("2026-03-02T04:00:00Z"), kolkata, 400) == utc("2026-03-02T04:00:00Z"));
    // Before Monday opens (08:00 local): 09:00 local = 03:30Z.
    CHECK(first_working_second(s, utc("2026-03-02T02:30:00Z"), kolkata, 400) == utc("2026-03-02T03:30:00Z"));
    // After Monday closes: Wednesday half day 10:00 local = 04:30Z.
    CHECK(first_working_second(s, utc("2026-03-02T13:00:00Z"), kolkata, 400) == utc("2026-03-04T04:30:00Z"));
    // Wednesday 13:00 local is after the half day (10:00–12:00): next Monday is on leave → Wednesday 03-11.
    CHECK(first_working_second(s, utc("2026-03-04T07:30:00Z"), kolkata, 400) == utc("2026-03-11T04:30:00Z"));
    // Same instants in UTC shift the local day.
    CHECK(first_working_second(s, utc("2026-03-02T08:59:00Z"), utc_zone, 400) == utc("2026-03-02T09:00:00Z"));
    // Scan window too short.
    CHECK_FALSE(first_working_second(s, utc("2026-03-04T07:30:00Z"), kolkata, 3));
}

TEST_CASE("working hours follow daylight-saving time in the shop's zone", "[assign][schedule]") {
    // London: GMT until 2026-03-29 01:00Z, then BST (UTC+1). 2026-03-27 is a Friday, 03-30 a Monday.
    const auto london = *tailor::schedule::TimeZone::find("Europe/London");
    const Schedule s = parse_schedule(R"({"workingHours":{"mon":"09:00-18:00","fri":"09:00-18:00"}})");
    // Friday before the change: 09:00 GMT = 09:00Z.
    CHECK(first_working_second(s, utc("2026-03-27T06:00:00Z"), london, 400) == utc("2026-03-27T09:00:00Z"));
    // After Friday closes: Monday 09:00 BST = 08:00Z.
    CHECK(first_working_second(s, utc("2026-03-27T19:00:00Z"), london, 400) == utc("2026-03-30T08:00:00Z"));
    // Monday 17:30Z is 18:30 BST, after closing, although 17:30 GMT would be inside.
    CHECK(first_working_second(s, utc("2026-03-30T17:30:00Z"), london, 400) == utc("2026-04-03T08:00:00Z"));
}

TEST_CASE("a schedule with every day off has no working time", "[assign][schedule]") {
    const Schedule s = parse_schedule(R"({"workingHours":{"mon":"off"}})");
    CHECK_FALSE(first_working_second(s, utc("2026-03-02T00:00:00Z"), *tailor::schedule::TimeZone::find("Asia/Kolkata"), 400));
}

TEST_CASE("malformed hours and exceptions are issues", "[assign][schedule]") {
    json::Issues issues;
    auto s = read_schedule(boost::json::parse(R"({"workingHours":{"mon":"18:00-09:00","tue":"9-5","xyz":"off","sat":"00:00-24:00"},
        "exceptions":[{"date":"2026-02-30","kind":"leave"},{"date":"2026-03-01","kind":"sick"}]})"),
                           "/s", issues);
    CHECK_FALSE(s);
    REQUIRE(issues.size() == 5);
    CHECK(issues.items()[0].path == "/s/workingHours/mon");
    CHECK(issues.items()[0].code == "invalid_format");
    CHECK(issues.items()[1].path == "/s/workingHours/tue");
    CHECK(issues.items()[2].path == "/s/workingHours/xyz");
    CHECK(issues.items()[2].code == "unknown_field");
    CHECK(issues.items()[3].path == "/s/exceptions/0/date");
    CHECK(issues.items()[4].path == "/s/exceptions/1/kind");
    CHECK(issues.items()[4].code == "invalid_enum");
}
