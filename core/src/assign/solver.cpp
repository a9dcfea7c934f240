#include "tailor/assign/solver.hpp"

#include <algorithm>
#include <limits>

namespace tailor::assign {
namespace {

// Distances and potentials fit in 32 bits (which lets the dense loops below
// vectorise): potentials start at 0 and only decrease, by less than the largest
// score (10000) per added order, so |pi| < 20000 · 10000 = 2·10^8; distances
// within one search stay below 10000 + 2·10^8.
using Cost = std::int32_t;
/// Not reached yet / settled.
constexpr Cost inf = std::numeric_limits<Cost>::max();
/// Cost of a missing employee arc: a path through it ends above 2^30 − 4·10^8,
/// beyond any real distance, so the search stops before settling it; and
/// 2^30 + 4·10^8 + 10^4 cannot overflow.
constexpr Cost no_arc = Cost{1} << 30;

/// Min-cost flow on the residual graph collapsed onto employees.
///
/// Order-level residual arcs are order → employee (cost −score, feasible and not
/// its current employee), order → "unassigned" sink (cost 0), employee → each of
/// its orders (cost +score) and employee → sink while it has room (cost 0). An
/// assigned order's only incoming arc comes from its employee, so every path
/// j → o → k collapses into an employee arc of cost score(o, j) − score(o, k)
/// (the order's potential cancels); `transfer[j][k]` keeps the cheapest such o,
/// `release[j]` the cheapest order of j to leave unassigned. Dijkstra then runs
/// on the m employees alone, in O(m) per settled employee.
struct Flow {
    const AssignmentProblem& problem;
    std::size_t n, m;
    std::vector<std::int32_t> employee_of, score_of;
    /// score[o · m + k], or −1 when (o, k) is infeasible: O(1) lookups and
    /// branch-free, vectorisable row rebuilds. n · m ≤ 10^6 in assign.plan (2 MB).
    std::vector<std::int16_t> dense_score;
    std::vector<std::vector<std::int32_t>> assigned;  // orders per employee, ascending
    std::vector<Cost> transfer_cost;                          // m × m, row = from
    std::vector<std::int32_t> transfer_order;                 // the order moved along that arc
    std::vector<Cost> release_cost;                           // per employee
    std::vector<std::int32_t> release_order;
    std::vector<Cost> pi;                                     // employee potentials
    Cost pi_sink = 0;
    // Search state.
    std::vector<Cost> dist;                    // best known distance (final once settled)
    std::vector<Cost> key;                     // dist while unsettled, inf once settled
    std::vector<std::int32_t> pred_employee;   // −1: reached from the new order
    std::vector<std::pair<std::size_t, Cost>> settled;  // (employee, distance)

    explicit Flow(const AssignmentProblem& p)
        : problem(p), n(p.candidates.size()), m(p.capacity.size()), employee_of(n, -1), score_of(n, 0),
          dense_score(n * m, -1),
          assigned(m), transfer_cost(m * m, no_arc), transfer_order(m * m, -1), release_cost(m, no_arc),
          release_order(m, -1), pi(m, 0), dist(m, inf), key(m, inf), pred_employee(m, -1) {
        for (std::size_t o = 0; o < n; ++o)
            for (const Candidate& c : p.candidates[o])
                dense_score[o * m + static_cast<std::size_t>(c.employee)] = static_cast<std::int16_t>(c.score);
    }

    bool has_room(std::size_t j) const { return static_cast<std::int32_t>(assigned[j].size()) < problem.capacity[j]; }
    std::int32_t score(std::int32_t order, std::int32_t employee) const {
        return dense_score[static_cast<std::size_t>(order) * m + static_cast<std::size_t>(employee)];
    }
    void move(std::int32_t order, std::int32_t to);   // −1 = unassigned
    void rebuild_row(std::size_t j);
    void add_order(std::int32_t start);
};

void Flow::move(std::int32_t order, std::int32_t to) {
    const auto o = static_cast<std::size_t>(order);
    if (employee_of[o] >= 0) {
        auto& list = assigned[static_cast<std::size_t>(employee_of[o])];
        list.erase(std::lower_bound(list.begin(), list.end(), order));
    }
    employee_of[o] = to;
    score_of[o] = to < 0 ? 0 : score(order, to);
    if (to < 0) return;
    auto& list = assigned[static_cast<std::size_t>(to)];
    list.insert(std::lower_bound(list.begin(), list.end(), order), order);
}

void Flow::rebuild_row(std::size_t j) {
    Cost* __restrict cost = &transfer_cost[j * m];
    std::int32_t* __restrict via = &transfer_order[j * m];
    std::fill(cost, cost + m, no_arc);
    std::fill(via, via + m, -1);
    release_cost[j] = no_arc;
    release_order[j] = -1;
    for (std::int32_t o : assigned[j]) {  // ascending, strict <: the lowest order wins a tie
        const Cost own = score_of[static_cast<std::size_t>(o)];
        if (own < release_cost[j]) {
            release_cost[j] = own;
            release_order[j] = o;
        }
        const std::int16_t* __restrict to = &dense_score[static_cast<std::size_t>(o) * m];
        for (std::size_t k = 0; k < m; ++k) {
            const Cost v = to[k] < 0 ? no_arc : own - to[k];
            const bool better = v < cost[k];
            cost[k] = better ? v : cost[k];
            via[k] = better ? o : via[k];
        }
    }
    cost[j] = no_arc;  // an order staying with its own employee is not an arc
    via[j] = -1;
}

void Flow::add_order(std::int32_t start) {
    const auto& cands = problem.candidates[static_cast<std::size_t>(start)];
    // The new order's potential: the least that keeps its arcs non-negative.
    Cost p = pi_sink;
    for (const Candidate& c : cands) p = std::max(p, pi[static_cast<std::size_t>(c.employee)] + c.score);

    Cost sink_dist = p - pi_sink;  // leave the new order unassigned
    std::int32_t sink_employee = -1;       // −1: the path ends at the new order itself
    bool sink_by_release = false;
    for (const Candidate& c : cands) {
        const auto k = static_cast<std::size_t>(c.employee);
        dist[k] = key[k] = p - c.score - pi[k];
        pred_employee[k] = -1;
    }
    // A settled employee's key becomes inf, so the scan is a plain minimum; its
    // dist stays final, and relaxing it can never lower it (reduced costs are
    // non-negative), so the relax loop needs no settled test either.
    while (m > 0) {
        // Two passes (minimum, then its first index) vectorise where one argmin would not.
        const Cost best_dist = *std::min_element(key.begin(), key.end());
        if (best_dist >= sink_dist) break;
        const auto best = static_cast<std::size_t>(std::find(key.begin(), key.end(), best_dist) - key.begin());
        settled.emplace_back(best, best_dist);
        key[best] = inf;
        const Cost base = best_dist + pi[best];
        if (has_room(best) && base - pi_sink < sink_dist) {
            sink_dist = base - pi_sink;
            sink_employee = static_cast<std::int32_t>(best);
            sink_by_release = false;
        }
        if (release_order[best] >= 0 && base + release_cost[best] - pi_sink < sink_dist) {
            sink_dist = base + release_cost[best] - pi_sink;
            sink_employee = static_cast<std::int32_t>(best);
            sink_by_release = true;
        }
        // Distinct arrays: __restrict lets the compiler vectorise this loop.
        const Cost* __restrict cost = &transfer_cost[best * m];
        const auto from = static_cast<std::int32_t>(best);
        Cost* __restrict d = dist.data();
        Cost* __restrict kk = key.data();
        const Cost* __restrict pk = pi.data();
        std::int32_t* __restrict pred = pred_employee.data();
        for (std::size_t k = 0; k < m; ++k) {
            const Cost nd = base + cost[k] - pk[k];
            const bool better = nd < d[k];
            d[k] = better ? nd : d[k];
            kk[k] = better ? nd : kk[k];
            pred[k] = better ? from : pred[k];
        }
    }
    // Potentials: pi += min(dist, sink_dist) − sink_dist (only settled ones move).
    for (const auto& [k, d] : settled)
        if (d < sink_dist) pi[k] += d - sink_dist;

    // Augment: walk back from the sink, each order moving one step forward.
    std::vector<std::size_t> changed;
    std::int32_t k = sink_employee;
    if (k >= 0 && sink_by_release) move(release_order[static_cast<std::size_t>(k)], -1);
    if (k < 0) move(start, -1);
    while (k >= 0) {
        const auto kk = static_cast<std::size_t>(k);
        changed.push_back(kk);
        const std::int32_t from = pred_employee[kk];
        // Rows are rebuilt only after the walk, so transfer_order still names the
        // order that was moved along the arc during the search.
        move(from < 0 ? start : transfer_order[static_cast<std::size_t>(from) * m + kk], k);
        if (from >= 0) changed.push_back(static_cast<std::size_t>(from));
        k = from;
    }
    std::sort(changed.begin(), changed.end());
    changed.erase(std::unique(changed.begin(), changed.end()), changed.end());
    for (std::size_t j : changed) rebuild_row(j);

    std::fill(dist.begin(), dist.end(), inf);
    std::fill(key.begin(), key.end(), inf);
    settled.clear();
}

}  // namespace

AssignmentSolution solve_assignment(const AssignmentProblem& problem) {
    Flow flow(problem);
    for (std::size_t i = 0; i < flow.n; ++i) flow.add_order(static_cast<std::int32_t>(i));

    // Zero-score orders left out on a tie go to a feasible employee with room.
    for (std::size_t i = 0; i < flow.n; ++i) {
        if (flow.employee_of[i] != -1) continue;
        const Candidate* best = nullptr;
        for (const Candidate& c : problem.candidates[i])
            if (flow.has_room(static_cast<std::size_t>(c.employee)) && (!best || c.score > best->score)) best = &c;
        if (best) flow.move(static_cast<std::int32_t>(i), best->employee);
    }
    AssignmentSolution sol;
    sol.employee_of = std::move(flow.employee_of);
    sol.score_of = std::move(flow.score_of);
    for (std::int32_t s : sol.score_of) sol.objective += s;
    return sol;
}

}  // namespace tailor::assign
