// assign.rank and assign.plan through the JSON operations: the guarantees a
// dispatcher relies on. Property tests print their seed (TAILOR_SEED replays).
#include "tailor/api/call.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <functional>
#include <iostream>
#include <map>
#include <random>

#include <boost/json.hpp>

#include "assign_instances.hpp"

namespace bj = boost::json;
using tailor::assign::testing::InstanceShape;
using tailor::assign::testing::test_seed;

namespace {

bj::value call(const char* op, const bj::value& input) {
    return bj::parse(tailor::api::call(op, bj::serialize(input)));
}

bj::value rank_input(const bj::value& plan, std::size_t order_index) {
    const auto& p = plan.as_object();
    return bj::object{{"now", p.at("now")}, {"order", p.at("orders").as_array()[order_index]},
                      {"services", p.at("services")}, {"employees", p.at("employees")}};
}

/// score[order][employeeId] for the feasible pairs, from assign.rank.
std::vector<std::map<std::string, std::int64_t>> rank_scores(const bj::value& plan) {
    std::vector<std::map<std::string, std::int64_t>> out;
    for (std::size_t i = 0; i < plan.at("orders").as_array().size(); ++i) {
        const bj::value r = call("assign.rank", rank_input(plan, i));
        REQUIRE(r.at("ok").as_bool());
        std::map<std::string, std::int64_t> scores;
        for (const auto& e : r.at("result").at("ranked").as_array())
            scores[std::string(e.at("employeeId").as_string())] = e.at("score").as_int64();
        out.push_back(std::move(scores));
    }
    return out;
}

}  // namespace

TEST_CASE("a ranking lists every employee once, best first, with points summing to the score", "[assign]") {
    const std::uint64_t seed = test_seed();
    std::cout << "assign_test seed " << seed << " (set TAILOR_SEED to replay)\n";
    std::mt19937_64 rng(seed);
    for (int k = 0; k < 30; ++k) {
        InstanceShape shape{3, 25, 4, 5, 30};
        const bj::value plan = tailor::assign::testing::plan_input(rng, shape);
        const bj::value r = call("assign.rank", rank_input(plan, 0));
        REQUIRE(r.at("ok").as_bool());
        const auto& res = r.at("result");
        const auto& ranked = res.at("ranked").as_array();
        REQUIRE(ranked.size() + res.at("excluded").as_array().size() == 25);
        for (std::size_t i = 0; i < ranked.size(); ++i) {
            std::int64_t sum = 0;
            for (const auto& f : ranked[i].at("factors").as_array()) {
                REQUIRE(f.at("points").as_int64() == f.at("fit").as_int64() * f.at("weight").as_int64() / 100);
                sum += f.at("points").as_int64();
            }
            REQUIRE(sum == ranked[i].at("score").as_int64());
            REQUIRE(ranked[i].at("rank").as_int64() == static_cast<std::int64_t>(i + 1));
            if (i > 0) REQUIRE(ranked[i - 1].at("score").as_int64() >= ranked[i].at("score").as_int64());
        }
        for (const auto& x : res.at("excluded").as_array()) REQUIRE_FALSE(x.at("reasons").as_array().empty());
    }
}

TEST_CASE("equal scores are ordered by lower utilization, then employeeId", "[assign]") {
    // Three identical employees except workload: e-b 1/4 (25 %), e-a 2/8 (25 %), e-c 1/5 (20 %).
    // Workload fit is remaining share: 7500, 7500, 8000 — so give workload weight 0 to tie the scores.
    auto employee = [](const char* id, int current, int capacity) {
        return bj::object{{"employeeId", id}, {"status", "active"}, {"workload", {{"currentOrders", current}, {"capacity", capacity}}}};
    };
    const bj::value input = bj::object{
        {"now", "2026-03-02T04:00:00Z"},
        {"order", {{"orderId", "o1"}, {"serviceItems", bj::array{bj::object{{"serviceId", "s1"}}}}}},
        {"services", bj::array{bj::object{{"serviceId", "s1"}}}},
        {"employees", bj::array{employee("e-b", 1, 4), employee("e-a", 2, 8), employee("e-c", 1, 5)}},
        {"config", {{"assignment", {{"weights", {{"skill", 40}, {"workload", 0}, {"performance", 20},
                                                 {"turnaround", 20}, {"distance", 10}, {"affinity", 10}}}}}}}};
    const bj::value r = call("assign.rank", input);
    REQUIRE(r.at("ok").as_bool());
    const auto& ranked = r.at("result").at("ranked").as_array();
    REQUIRE(ranked.size() == 3);
    CHECK(ranked[0].at("employeeId") == "e-c");
    CHECK(ranked[1].at("employeeId") == "e-a");
    CHECK(ranked[2].at("employeeId") == "e-b");
    CHECK(ranked[0].at("score") == ranked[2].at("score"));
}

TEST_CASE("the plan's objective equals exhaustive search over assign.rank's scores", "[assign]") {
    std::mt19937_64 rng(test_seed() + 2);
    for (int k = 0; k < 60; ++k) {
        InstanceShape shape{1 + static_cast<int>(rng() % 6), 1 + static_cast<int>(rng() % 4), 3, 3, 40};
        const bj::value input = tailor::assign::testing::plan_input(rng, shape);
        const bj::value r = call("assign.plan", input);
        REQUIRE(r.at("ok").as_bool());
        const auto scores = rank_scores(input);
        std::vector<std::string> ids;
        std::map<std::string, std::int64_t> room;
        for (const auto& e : input.at("employees").as_array()) {
            const std::string id(e.at("employeeId").as_string());
            room[id] = e.at("workload").at("capacity").as_int64() - e.at("workload").at("currentOrders").as_int64();
        }
        std::int64_t best = 0;
        std::function<void(std::size_t, std::int64_t)> go = [&](std::size_t i, std::int64_t total) {
            if (i == scores.size()) return void(best = std::max(best, total));
            go(i + 1, total);
            for (const auto& [id, s] : scores[i])
                if (room[id] > 0) {
                    --room[id];
                    go(i + 1, total + s);
                    ++room[id];
                }
        };
        go(0, 0);
        INFO("instance " << k);
        REQUIRE(r.at("result").at("objective").as_int64() == best);
        // Each assignment is a feasible pair with the score assign.rank gives it.
        for (const auto& a : r.at("result").at("assignments").as_array()) {
            const std::string order(a.at("orderId").as_string());
            const std::size_t i = std::stoul(order.substr(3));
            const auto it = scores[i].find(std::string(a.at("employeeId").as_string()));
            REQUIRE(it != scores[i].end());
            REQUIRE(it->second == a.at("score").as_int64());
        }
    }
}

TEST_CASE("the plan does not depend on the order of the input arrays", "[assign]") {
    std::mt19937_64 rng(test_seed() + 3);
    for (int k = 0; k < 10; ++k) {
        InstanceShape shape{40, 12, 4, 2, 30};
        bj::value input = tailor::assign::testing::plan_input(rng, shape);
        const std::string first = tailor::api::call("assign.plan", bj::serialize(input));
        auto& orders = input.as_object()["orders"].as_array();
        auto& employees = input.as_object()["employees"].as_array();
        std::shuffle(orders.begin(), orders.end(), rng);
        std::shuffle(employees.begin(), employees.end(), rng);
        REQUIRE(tailor::api::call("assign.plan", bj::serialize(input)) == first);
    }
}

TEST_CASE("a plan respects remaining capacity and explains every unassigned order", "[assign]") {
    std::mt19937_64 rng(test_seed() + 4);
    InstanceShape shape{120, 10, 5, 4, 50};
    const bj::value input = tailor::assign::testing::plan_input(rng, shape);
    const bj::value r = call("assign.plan", input);
    REQUIRE(r.at("ok").as_bool());
    const auto& res = r.at("result");
    std::int64_t total = 0;
    for (const auto& e : res.at("employees").as_array())
        REQUIRE(e.at("assigned").as_int64() <= e.at("remainingCapacity").as_int64());
    for (const auto& a : res.at("assignments").as_array()) total += a.at("score").as_int64();
    CHECK(total == res.at("objective").as_int64());
    CHECK(res.at("assignedCount").as_int64() + res.at("unassignedCount").as_int64() == 120);
    for (const auto& u : res.at("unassigned").as_array()) {
        const bool none = u.at("feasibleEmployees").as_int64() == 0;
        CHECK(u.at("reason") == (none ? "no_feasible_employee" : "capacity_exhausted"));
    }
}

TEST_CASE("a plan larger than the pair limit is refused", "[assign]") {
    bj::array orders, employees;
    for (int i = 0; i < 1001; ++i)
        orders.emplace_back(bj::object{{"orderId", tailor::assign::testing::numbered("o", i)}, {"serviceItems", bj::array{}}});
    for (int j = 0; j < 1000; ++j)
        employees.emplace_back(bj::object{{"employeeId", tailor::assign::testing::numbered("e", j)}, {"status", "active"},
                                          {"workload", {{"currentOrders", 0}, {"capacity", 1}}}});
    const bj::value r = call("assign.plan", bj::object{{"now", "2026-03-02T04:00:00Z"}, {"orders", orders},
                                                       {"services", bj::array{}}, {"employees", employees}});
    CHECK(r.at("ok") == false);
    CHECK(r.at("error").at("code") == "limit_exceeded");
}
