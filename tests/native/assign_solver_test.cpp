// The batch solver against exhaustive search on small random instances, and
// the plan's guarantees a dispatcher relies on (capacity, feasibility,
// determinism, independence from input order).
#include "tailor/assign/solver.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <functional>
#include <iostream>
#include <random>

#include "assign_instances.hpp"

using namespace tailor::assign;
using tailor::assign::testing::test_seed;

namespace {

AssignmentProblem random_problem(std::mt19937_64& rng, int max_orders, int max_employees, int max_capacity,
                                 int infeasible_pct, int score_range) {
    AssignmentProblem p;
    const int n = static_cast<int>(rng() % static_cast<std::uint64_t>(max_orders + 1));
    const int m = 1 + static_cast<int>(rng() % static_cast<std::uint64_t>(max_employees));
    for (int j = 0; j < m; ++j) p.capacity.push_back(static_cast<std::int32_t>(rng() % static_cast<std::uint64_t>(max_capacity + 1)));
    p.candidates.resize(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i)
        for (int j = 0; j < m; ++j)
            if (static_cast<int>(rng() % 100) >= infeasible_pct)
                p.candidates[static_cast<std::size_t>(i)].push_back(
                    Candidate{j, static_cast<std::int32_t>(rng() % static_cast<std::uint64_t>(score_range + 1))});
    return p;
}

/// Exhaustive maximum over every assignment (each order: unassigned or a feasible employee).
std::int64_t brute_force(const AssignmentProblem& p) {
    std::vector<std::int32_t> load(p.capacity.size(), 0);
    std::int64_t best = 0;
    std::function<void(std::size_t, std::int64_t)> go = [&](std::size_t i, std::int64_t total) {
        if (i == p.candidates.size()) {
            best = std::max(best, total);
            return;
        }
        go(i + 1, total);
        for (const Candidate& c : p.candidates[i]) {
            auto& l = load[static_cast<std::size_t>(c.employee)];
            if (l >= p.capacity[static_cast<std::size_t>(c.employee)]) continue;
            ++l;
            go(i + 1, total + c.score);
            --l;
        }
    };
    go(0, 0);
    return best;
}

void check_valid(const AssignmentProblem& p, const AssignmentSolution& s) {
    std::vector<std::int32_t> load(p.capacity.size(), 0);
    std::int64_t total = 0;
    REQUIRE(s.employee_of.size() == p.candidates.size());
    for (std::size_t i = 0; i < p.candidates.size(); ++i) {
        const std::int32_t j = s.employee_of[i];
        if (j < 0) {
            REQUIRE(s.score_of[i] == 0);
            // Left out only when every feasible employee is full.
            for (const Candidate& c : p.candidates[i])
                REQUIRE(std::count(s.employee_of.begin(), s.employee_of.end(), c.employee) ==
                        p.capacity[static_cast<std::size_t>(c.employee)]);
            continue;
        }
        auto it = std::find_if(p.candidates[i].begin(), p.candidates[i].end(),
                               [j](const Candidate& c) { return c.employee == j; });
        REQUIRE(it != p.candidates[i].end());  // only feasible pairs
        REQUIRE(s.score_of[i] == it->score);
        ++load[static_cast<std::size_t>(j)];
        total += it->score;
    }
    for (std::size_t j = 0; j < load.size(); ++j) REQUIRE(load[j] <= p.capacity[j]);
    REQUIRE(total == s.objective);
}

}  // namespace

TEST_CASE("the plan's objective equals exhaustive search on small instances", "[assign][solver]") {
    const std::uint64_t seed = test_seed();
    std::cout << "assign_solver_test seed " << seed << " (set TAILOR_SEED to replay)\n";
    std::mt19937_64 rng(seed);
    for (int k = 0; k < tailor::test::property_cases(400); ++k) {
        // Small score ranges make ties (and zero scores) common.
        const int score_range = (k % 3 == 0) ? 3 : 10000;
        AssignmentProblem p = random_problem(rng, 7, 4, 3, 30, score_range);
        const AssignmentSolution s = solve_assignment(p);
        INFO("instance " << k << " of seed " << seed);
        check_valid(p, s);
        REQUIRE(s.objective == brute_force(p));
    }
}

TEST_CASE("larger instances are valid and the same input gives the same plan", "[assign][solver]") {
    std::mt19937_64 rng(test_seed() + 1);
    for (int k = 0; k < 20; ++k) {
        AssignmentProblem p = random_problem(rng, 300, 40, 6, 30, k % 2 ? 5 : 10000);
        const AssignmentSolution a = solve_assignment(p);
        check_valid(p, a);
        const AssignmentSolution b = solve_assignment(p);
        REQUIRE(a.employee_of == b.employee_of);
    }
}

TEST_CASE("degenerate problems", "[assign][solver]") {
    AssignmentProblem none;
    CHECK(solve_assignment(none).objective == 0);
    AssignmentProblem no_employees{{{}, {}}, {}};
    CHECK(solve_assignment(no_employees).employee_of == std::vector<std::int32_t>{-1, -1});
    AssignmentProblem no_capacity{{{{0, 500}}, {{0, 700}}}, {0}};
    const auto s = solve_assignment(no_capacity);
    CHECK(s.employee_of == std::vector<std::int32_t>{-1, -1});
    // One slot, the higher score wins; the other stays unassigned.
    AssignmentProblem one_slot{{{{0, 500}}, {{0, 700}}}, {1}};
    const auto t = solve_assignment(one_slot);
    CHECK(t.employee_of == std::vector<std::int32_t>{-1, 0});
    CHECK(t.objective == 700);
    // Augmenting path: order 0 prefers e0 but must move to e1 so order 1 (only e0) fits.
    AssignmentProblem chain{{{{0, 900}, {1, 800}}, {{0, 850}}}, {1, 1}};
    const auto u = solve_assignment(chain);
    CHECK(u.employee_of == std::vector<std::int32_t>{1, 0});
    CHECK(u.objective == 1650);
}
