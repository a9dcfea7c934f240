// schedule.estimate's invariants on random calendars, zones and orders (property test).
// Seed: TAILOR_SEED, else a fixed default; printed so a failure can be replayed.
#include "tailor/schedule/estimate.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <random>
#include "property.hpp"

using namespace tailor;
using namespace tailor::schedule;

namespace {
std::uint64_t seed() {
    return tailor::test::property_seed("schedule_test", 20261201);
}
std::int64_t pick(std::mt19937_64& rng, std::int64_t lo, std::int64_t hi) {
    return lo + static_cast<std::int64_t>(rng() % static_cast<std::uint64_t>(hi - lo + 1));
}
}  // namespace

TEST_CASE("delivery is a working day's closing, after now, with all work booked: more queue is never earlier",
          "[schedule][property]") {
    std::mt19937_64 rng(seed());
    const std::int64_t start = 1796083200;  // 2026-12-01T00:00:00Z
    int checked = 0;
    const int cases = tailor::test::property_cases(400);
    for (int round = 0; round < cases; ++round) {
        const ZoneEntry* entry = zone_table_begin() + pick(rng, 0, static_cast<std::int64_t>(zone_count()) - 1);
        auto zone = TimeZone::find(entry->name);
        REQUIRE(zone);
        CalendarConfig cal;
        for (auto& day : cal.week) {
            if (pick(rng, 0, 3) == 0) { day = WorkingDay{}; continue; }
            const auto opens = static_cast<std::int32_t>(pick(rng, 0, 20 * 60));
            day = WorkingDay{true, opens, static_cast<std::int32_t>(pick(rng, opens + 30, 24 * 60))};
        }
        EstimateRequest req;
        req.now = Timestamp{start + pick(rng, 0, 2 * 365 * 86400), 0};
        req.urgency = pick(rng, 0, 1) ? documents::Urgency::urgent : documents::Urgency::standard;
        req.queue_minutes = pick(rng, 0, 3000);
        req.daily_capacity_minutes = pick(rng, 60, 900);
        for (std::int64_t n = pick(rng, 0, 5); n > 0; --n)
            req.lines.push_back({"svc", pick(rng, 1, 5), pick(rng, 0, 600), pick(rng, 0, 60), pick(rng, 0, 10)});
        INFO("zone " << entry->name << " now " << format_rfc3339(req.now));
        auto r = estimate_delivery(req, cal, *zone);
        if (!r) {
            CHECK(r.error().code == error_code::limit_exceeded);
            continue;
        }
        const Estimate& e = r.value();
        CHECK(e.delivery_at.seconds > req.now.seconds);
        REQUIRE(!e.days.empty());
        const DayPlan& last = e.days.back();
        CHECK(last.day == e.delivery_day);
        CHECK(last.kind == DayKind::working);
        const WorkingDay& hours = cal.week[static_cast<std::size_t>(weekday_index(e.delivery_day))];
        CHECK(e.delivery_at.seconds == zone->to_utc(std::int64_t{e.delivery_day} * 86400 + hours.closes * 60));
        std::int64_t booked = 0;
        for (const DayPlan& d : e.days) {
            CHECK(d.booked_minutes <= d.capacity_minutes);
            booked += d.booked_minutes;
        }
        CHECK(booked == e.work_minutes + e.queue_minutes);
        CHECK(e.delivery_day >= e.lead_time_day);
        CHECK(e.delivery_day >= e.production_done_day);

        EstimateRequest more = req;
        more.queue_minutes += 100;
        auto r2 = estimate_delivery(more, cal, *zone);
        if (r2) CHECK(r2.value().delivery_at.seconds >= e.delivery_at.seconds);
        ++checked;
    }
    CHECK(checked > cases / 2);  // most random calendars have working time to book
}
