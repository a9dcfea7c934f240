// The aggregates domain's typed API: rounding rules, the shop calendar (DST),
// buckets, percentiles, and two replay properties — applying the increments of
// any valid event (or feedback) sequence equals recomputing from scratch.
// Property tests print their seed; rerun one with TAILOR_SEED=<n>.
#include "tailor/aggregates/stats.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <map>
#include <random>
#include <set>
#include <tuple>

#include "tailor/aggregates/analytics.hpp"
#include "tailor/aggregates/local_date.hpp"
#include "tailor/aggregates/rating.hpp"
#include "tailor/money/money.hpp"
#include "property.hpp"

using namespace tailor;
using namespace tailor::aggregates;

namespace {

std::uint64_t test_seed() {
    static const std::uint64_t seed = tailor::test::property_seed("aggregates_test", 20261125ULL);
    return seed;
}

Timestamp at(const char* rfc3339) { return *parse_rfc3339(rfc3339); }

Zone zone(const char* name) {
    auto z = Zone::resolve(name);
    REQUIRE(z.has_value());
    return *z;
}

using Key = std::tuple<std::string, std::string, std::string>;
using Counters = std::map<Key, std::int64_t>;

void accumulate(Counters& c, const std::vector<FieldIncrement>& incs) {
    for (const auto& i : incs) {
        auto& v = c[Key{i.collection, i.doc_id, i.field}];
        v += i.increment;
        if (v == 0) c.erase(Key{i.collection, i.doc_id, i.field});
    }
}

Counters as_counters(const std::vector<FieldIncrement>& absolute) {
    Counters c;
    for (const auto& i : absolute) c[Key{i.collection, i.doc_id, i.field}] = i.increment;
    return c;
}

}  // namespace

TEST_CASE("display averages round half away from zero to 2 decimals with integers", "[aggregates]") {
    CHECK(display_average({13, 3}) == std::optional<std::string>("4.33"));  // 4.333…
    CHECK(display_average({2, 3}) == std::optional<std::string>("0.67"));   // 0.666…
    CHECK(display_average({9, 2}) == std::optional<std::string>("4.50"));
    CHECK(display_average({33, 8}) == std::optional<std::string>("4.13"));  // 4.125 exactly → up
    CHECK(display_average({823, 200}) == std::optional<std::string>("4.12"));  // 4.115 → 4.12
    CHECK(display_average({5, 1}) == std::optional<std::string>("5.00"));
    CHECK_FALSE(display_average({0, 0}).has_value());
    CHECK(ratio_bps(1, 3) == 3333);   // 3333.33…
    CHECK(ratio_bps(2, 3) == 6667);   // 6666.66…
    CHECK(ratio_bps(1, 8) == 1250);
    CHECK(ratio_bps(1, 20000) == 1);  // 0.5 bps → up
    CHECK_FALSE(ratio_bps(1, 0).has_value());
    CHECK(utilization_bps(3, 4) == 7500);
    CHECK(utilization_bps(5, 4) == 12500);  // overbooked is shown, not clamped
    CHECK_FALSE(utilization_bps(1, 0).has_value());
    // Stored counters reach 2^53 - 1; the arithmetic is exact there (call_fuzz
    // found 20000 * 2^53 overflowing int64 under UBSan before).
    const std::int64_t max = 9007199254740991;
    CHECK(ratio_bps(max, max) == 10000);
    CHECK(ratio_bps(max - 1, max) == 10000);  // 9999.99999… → up
    CHECK(ratio_bps(max, 10000) == max);      // the largest representable ratio
    CHECK_FALSE(ratio_bps(max, 9999).has_value());  // beyond 2^53 - 1 bps
    CHECK(display_average({max, max}) == std::optional<std::string>("1.00"));
    CHECK(display_average({max, 1}) == std::optional<std::string>("9007199254740991.00"));
}

TEST_CASE("zones resolve by IANA name from the shared table only", "[aggregates][zone]") {
    CHECK(zone("Asia/Kolkata").posix() == "IST-5:30");
    CHECK(zone("Europe/Paris").posix() == "CET-1CEST,M3.5.0,M10.5.0/3");
    CHECK(zone("Asia/Calcutta").posix() == "IST-5:30");  // a link resolves like its zone
    CHECK_FALSE(Zone::resolve("EST5EDT,M3.2.0,M11.1.0").has_value());  // POSIX text is not a zone name
    CHECK_FALSE(Zone::resolve("Mars/Olympus").has_value());
    CHECK_FALSE(Zone::resolve("").has_value());
    CHECK_FALSE(Zone::resolve(std::string(65, 'A')).has_value());
}

TEST_CASE("local dates follow the shop's calendar, not UTC", "[aggregates][zone]") {
    const Zone kolkata = zone("Asia/Kolkata");
    CHECK(local_date_of(at("2026-02-28T18:29:59Z"), kolkata) == LocalDate{2026, 2, 28});
    CHECK(local_date_of(at("2026-02-28T18:30:00Z"), kolkata) == LocalDate{2026, 3, 1});  // 00:00 IST
    const Zone ny = zone("America/New_York");
    CHECK(local_date_of(at("2026-03-09T03:59:59Z"), ny) == LocalDate{2026, 3, 8});  // 23:59:59 EDT
    CHECK(local_date_of(at("2026-03-09T04:00:00Z"), ny) == LocalDate{2026, 3, 9});
    CHECK(local_date_of(at("2026-01-10T04:59:59Z"), ny) == LocalDate{2026, 1, 9});  // 23:59:59 EST
}

TEST_CASE("DST days are 23 and 25 hours long", "[aggregates][zone]") {
    const Zone ny = zone("America/New_York");
    // 2026-03-08: clocks go 02:00 EST → 03:00 EDT.
    CHECK(start_of_local_date({2026, 3, 8}, ny) == at("2026-03-08T05:00:00Z"));
    CHECK(start_of_local_date({2026, 3, 9}, ny) == at("2026-03-09T04:00:00Z"));
    // 2026-11-01: clocks go 02:00 EDT → 01:00 EST.
    CHECK(start_of_local_date({2026, 11, 1}, ny) == at("2026-11-01T04:00:00Z"));
    CHECK(start_of_local_date({2026, 11, 2}, ny) == at("2026-11-02T05:00:00Z"));
    const Zone london = zone("Europe/London");
    CHECK(start_of_local_date({2026, 3, 29}, london) == at("2026-03-29T00:00:00Z"));
    CHECK(start_of_local_date({2026, 3, 30}, london) == at("2026-03-29T23:00:00Z"));
    // A zone whose DST starts at midnight (Havana: CST5CDT,M3.2.0/0,…): the day
    // starts when the gap ends, 01:00 CDT (UTC−4) = 05:00Z.
    const Zone midnight_jump = zone("America/Havana");
    CHECK(start_of_local_date({2026, 3, 8}, midnight_jump) == at("2026-03-08T05:00:00Z"));
}

TEST_CASE("buckets: ISO weeks start on Monday and belong to their Thursday's year", "[aggregates]") {
    CHECK(bucket_of({2026, 1, 1}, BucketSize::week) == std::make_pair(std::string("2026-W01"), LocalDate{2025, 12, 29}));
    CHECK(bucket_of({2027, 1, 1}, BucketSize::week) == std::make_pair(std::string("2026-W53"), LocalDate{2026, 12, 28}));
    CHECK(bucket_of({2024, 12, 30}, BucketSize::week) == std::make_pair(std::string("2025-W01"), LocalDate{2024, 12, 30}));
    CHECK(bucket_of({2026, 3, 8}, BucketSize::week).first == "2026-W10");  // a Sunday: still week 10
    CHECK(bucket_of({2026, 3, 31}, BucketSize::month) == std::make_pair(std::string("2026-03"), LocalDate{2026, 3, 1}));
}

TEST_CASE("percentiles use the nearest rank", "[aggregates]") {
    CHECK(nearest_rank({1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, 90) == 9);
    CHECK(nearest_rank({10, 20, 30}, 90) == 30);  // ceil(2.7) = 3
    CHECK(nearest_rank({42}, 90) == 42);
    CHECK(nearest_rank({1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}, 90) == 10);  // ceil(9.9) = 10
}

namespace {

/// An independent statement of which events a state allows (docs/aggregates.md table).
bool expected_valid(const std::optional<OrderFacts>& before, const StatsEvent& e) {
    if (e.type == EventType::order_created) return !before.has_value();
    if (!before) return false;
    const bool open = before->phase == OrderPhase::open;
    switch (e.type) {
        case EventType::order_confirmed: return open && !before->confirmed;
        case EventType::order_assigned: return open && !before->employee_id;
        case EventType::order_reassigned: return open && before->employee_id.has_value();
        case EventType::order_delivered: return open && before->confirmed;
        case EventType::order_cancelled: return open;
        case EventType::payment_received: return true;
        case EventType::refund_issued: return e.amount->minor() <= before->net_paid_minor;
        default: return false;
    }
}

}  // namespace

TEST_CASE("stats.delta replay: Σ increments of any event sequence = recompute from scratch", "[aggregates][property]") {
    std::mt19937_64 rng(test_seed());
    const auto inr = *money::Currency::from_code("INR");
    auto pick = [&rng](int n) { return static_cast<int>(rng() % static_cast<std::uint64_t>(n)); };
    const std::vector<std::string> employees = {"e1", "e2", "e3"};
    const std::vector<std::string> services = {"s1", "s2", "s3", "s4"};
    std::size_t accepted = 0, rejected = 0;
    const int cases = tailor::test::property_cases(600);
    for (int run = 0; run < cases; ++run) {
        const int n_orders = 1 + pick(5);
        std::vector<std::optional<OrderFacts>> orders(static_cast<std::size_t>(n_orders));
        Counters applied;
        const int steps = pick(40);
        for (int step = 0; step < steps; ++step) {
            auto& slot = orders[static_cast<std::size_t>(pick(n_orders))];
            StatsEvent e;
            // An order that does not exist yet can only be created; an existing one gets any
            // other event (duplicate deliveries of one event are the writer's to drop, by event id).
            e.type = slot ? static_cast<EventType>(1 + pick(7)) : EventType::order_created;
            if (e.type == EventType::order_assigned || e.type == EventType::order_reassigned)
                e.employee_id = employees[static_cast<std::size_t>(pick(3))];
            if (e.type == EventType::payment_received || e.type == EventType::refund_issued)
                e.amount = money::Money::of_minor(1 + pick(200000), inr);
            OrderFacts before;
            if (slot) {
                before = *slot;
            } else {
                before.order_id = "o" + std::to_string(&slot - orders.data());
                const int customer = pick(2);
                before.customer_id = "c" + std::to_string(customer);
                before.user_id = "u" + std::to_string(customer);
                std::set<std::string> ids;
                for (int k = 0, m = 1 + pick(3); k < m; ++k) ids.insert(services[static_cast<std::size_t>(pick(4))]);
                before.service_ids.assign(ids.begin(), ids.end());
            }
            const bool valid = expected_valid(slot, e);
            auto result = apply_event(before, e, inr);
            INFO("run " << run << " step " << step << " event " << static_cast<int>(e.type));
            REQUIRE(result.ok() == valid);
            if (!result.ok()) {
                CHECK(result.error().code == "invalid_input");
                ++rejected;
                continue;
            }
            ++accepted;
            for (const auto& inc : result.value().increments)
                if (inc.currency) CHECK(inc.decimal == money::format_minor(inc.increment, 2));
            accumulate(applied, result.value().increments);
            slot = result.value().after;
        }
        std::vector<OrderFacts> final_orders;
        for (const auto& o : orders)
            if (o) final_orders.push_back(*o);
        INFO("run " << run);
        REQUIRE(applied == as_counters(recompute(final_orders, inr)));
    }
    // The generator reaches deep states, not only rejections (1000+ and 100+ at 600 runs).
    CHECK(accepted > static_cast<std::size_t>(cases) * 5 / 3);
    CHECK(rejected > static_cast<std::size_t>(cases) / 6);
}

TEST_CASE("feedback replay: Σ increments of any (re)submission sequence = the aggregates of the final ratings",
          "[aggregates][property]") {
    std::mt19937_64 rng(test_seed() ^ 0x9e3779b97f4a7c15ULL);
    auto pick = [&rng](int n) { return static_cast<int>(rng() % static_cast<std::uint64_t>(n)); };
    for (int run = 0; run < tailor::test::property_cases(500); ++run) {
        struct Order { std::vector<std::string> services; std::optional<std::string> employee; std::string user;
                       std::optional<int> rating; };
        std::vector<Order> orders(static_cast<std::size_t>(1 + pick(6)));
        for (auto& o : orders) {
            std::set<std::string> ids;
            for (int k = 0, m = 1 + pick(3); k < m; ++k) ids.insert("s" + std::to_string(pick(3)));
            o.services.assign(ids.begin(), ids.end());
            if (pick(3) != 0) o.employee = "e" + std::to_string(pick(2));
            o.user = "u" + std::to_string(pick(2));
        }
        std::map<std::string, ServiceRating> svc;
        std::map<std::string, EmployeeRating> emp;
        std::map<std::string, UserRating> usr;
        Counters applied;
        for (int step = 0, steps = pick(30); step < steps; ++step) {
            Order& o = orders[static_cast<std::size_t>(pick(static_cast<int>(orders.size())))];
            FeedbackRequest req;
            req.order_id = "o";
            req.rating = 1 + pick(5);
            req.submitted_at = Timestamp{1000 + step, 0};
            req.previous_rating = o.rating;
            if (o.rating) req.previous_submitted_at = Timestamp{999, 0};
            for (const auto& s : o.services) {
                auto& cur = svc[s];
                cur.service_id = s;
                req.services.push_back(cur);
            }
            if (o.employee) {
                auto& cur = emp[*o.employee];
                cur.employee_id = *o.employee;
                req.employee = cur;
            }
            usr[o.user].user_id = o.user;
            req.user = usr[o.user];
            auto result = apply_feedback(req);
            REQUIRE(result.ok());
            const auto& res = result.value();
            CHECK(res.change == (!o.rating ? FeedbackChange::first
                                           : *o.rating == req.rating ? FeedbackChange::unchanged : FeedbackChange::replaced));
            for (const auto& s : res.services) svc[s.service_id] = s;
            if (res.employee) emp[res.employee->employee_id] = *res.employee;
            usr[res.user.user_id] = res.user;
            accumulate(applied, res.increments);
            o.rating = req.rating;
        }
        // From scratch: the final rating of every order, counted once.
        Counters expected;
        std::map<std::string, RatingTotals> svc_totals, emp_totals, usr_totals;
        for (const auto& o : orders) {
            if (!o.rating) continue;
            const int r = *o.rating;
            for (const auto& s : o.services) {
                expected[Key{"services", s, "rating.ratingSum"}] += r;
                expected[Key{"services", s, "rating.count"}] += 1;
                expected[Key{"services", s, "rating.distribution." + std::to_string(r)}] += 1;
                svc_totals[s].sum += r;
                svc_totals[s].count += 1;
            }
            if (o.employee) {
                expected[Key{"employees", *o.employee, "performance.ratingSum"}] += r;
                expected[Key{"employees", *o.employee, "performance.ratingCount"}] += 1;
                if (r >= 4) expected[Key{"employees", *o.employee, "performance.positiveCount"}] += 1;
            }
            expected[Key{"users", o.user, "stats.ratingSum"}] += r;
            expected[Key{"users", o.user, "stats.ratingCount"}] += 1;
        }
        INFO("run " << run);
        REQUIRE(applied == expected);
        for (const auto& [id, s] : svc) {
            CHECK(s.totals.sum == svc_totals[id].sum);
            CHECK(s.totals.count == svc_totals[id].count);
        }
    }
}

#include "tailor/api/call.hpp"

TEST_CASE("arrays are bounded: 5001 orders are refused before any is read", "[aggregates][limits]") {
    std::string orders = "[";
    for (int i = 0; i < 5001; ++i) orders += (i ? ",{}" : "{}");
    orders += "]";
    const std::string expected_issue = R"({"path":"/orders","code":"too_many")";
    const auto summary = api::call("analytics.summarize",
        R"({"period":{"from":"2026-03-01T00:00:00Z","to":"2026-04-01T00:00:00Z"},"bucket":"month","orders":)" + orders + "}");
    CHECK(summary.find(expected_issue) != std::string::npos);
    const auto plan = api::call("archive.plan", R"({"now":"2026-03-01T00:00:00Z","orders":)" + orders + "}");
    CHECK(plan.find(expected_issue) != std::string::npos);
    const auto recompute = api::call("stats.recompute", R"({"customers":[],"orders":)" + orders + "}");
    CHECK(recompute.find(expected_issue) != std::string::npos);
    // 5000 is accepted (each order then reports its own missing fields, not the array).
    std::string five_thousand = "[";
    for (int i = 0; i < 5000; ++i) five_thousand += (i ? ",{}" : "{}");
    five_thousand += "]";
    const auto ok_size = api::call("archive.plan", R"({"now":"2026-03-01T00:00:00Z","orders":)" + five_thousand + "}");
    CHECK(ok_size.find(expected_issue) == std::string::npos);
    CHECK(ok_size.find(R"({"path":"/orders/4999/orderId","code":"required")") != std::string::npos);
}

TEST_CASE("a default zone is UTC", "[aggregates][zone]") {
    const Zone utc;
    CHECK(utc.name() == "UTC");
    CHECK(local_date_of(at("2026-02-28T23:59:59Z"), utc) == LocalDate{2026, 2, 28});
    CHECK(start_of_local_date({2026, 3, 1}, utc) == at("2026-03-01T00:00:00Z"));
}
