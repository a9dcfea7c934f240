#include "tailor/assign/solver.hpp"

#include <algorithm>
#include <functional>
#include <limits>
#include <queue>
#include <utility>

namespace tailor::assign {

AssignmentSolution solve_assignment(const AssignmentProblem& problem) {
    const auto n = static_cast<std::int32_t>(problem.candidates.size());
    const auto m = static_cast<std::int32_t>(problem.capacity.size());
    // Nodes: orders [0, n), employees [n, n + m), sink n + m.
    const std::int32_t sink = n + m;
    const auto node_count = static_cast<std::size_t>(sink) + 1;
    constexpr std::int64_t inf = std::numeric_limits<std::int64_t>::max() / 4;

    AssignmentSolution sol;
    sol.employee_of.assign(static_cast<std::size_t>(n), -1);
    sol.score_of.assign(static_cast<std::size_t>(n), 0);
    std::vector<std::vector<std::int32_t>> assigned(static_cast<std::size_t>(m));  // orders per employee

    // Potentials; reduced cost of residual arc u→v with cost c is c + pi[u] − pi[v] ≥ 0.
    std::vector<std::int64_t> pi(node_count, 0);
    std::vector<std::int64_t> dist(node_count, inf);
    std::vector<std::int32_t> pred(node_count, -1);
    std::vector<char> done(node_count, 0);
    std::vector<std::int32_t> touched;
    using Entry = std::pair<std::int64_t, std::int32_t>;  // (distance, node): ties → lower node
    std::priority_queue<Entry, std::vector<Entry>, std::greater<Entry>> heap;

    auto load = [&](std::int32_t j) { return static_cast<std::int32_t>(assigned[static_cast<std::size_t>(j)].size()); };

    for (std::int32_t i = 0; i < n; ++i) {
        const auto& cands = problem.candidates[static_cast<std::size_t>(i)];
        // A new order has no incoming residual arc: any potential that makes its
        // outgoing arcs non-negative is valid.
        std::int64_t p = pi[static_cast<std::size_t>(sink)];
        for (const Candidate& c : cands) p = std::max(p, pi[static_cast<std::size_t>(n + c.employee)] + c.score);
        pi[static_cast<std::size_t>(i)] = p;

        auto relax = [&](std::int32_t from, std::int32_t to, std::int64_t d) {
            auto& slot = dist[static_cast<std::size_t>(to)];
            if (done[static_cast<std::size_t>(to)] || d >= slot) return;
            if (slot == inf) touched.push_back(to);
            slot = d;
            pred[static_cast<std::size_t>(to)] = from;
            heap.emplace(d, to);
        };
        touched.push_back(i);
        dist[static_cast<std::size_t>(i)] = 0;
        heap.emplace(0, i);
        std::int64_t sink_dist = inf;
        while (!heap.empty()) {
            const auto [d, u] = heap.top();
            heap.pop();
            const auto uu = static_cast<std::size_t>(u);
            if (done[uu] || d != dist[uu]) continue;
            done[uu] = 1;
            if (u == sink) {
                sink_dist = d;
                break;
            }
            if (u < n) {  // an order: to its feasible employees (not its current one), or unassigned
                const std::int32_t current = sol.employee_of[uu];
                for (const Candidate& c : problem.candidates[uu]) {
                    if (c.employee == current) continue;
                    const std::int32_t v = n + c.employee;
                    relax(u, v, d - c.score + pi[uu] - pi[static_cast<std::size_t>(v)]);
                }
                relax(u, sink, d + pi[uu] - pi[static_cast<std::size_t>(sink)]);
            } else {  // an employee: to the sink if it has room, or take back one of its orders
                const std::int32_t j = u - n;
                if (load(j) < problem.capacity[static_cast<std::size_t>(j)])
                    relax(u, sink, d + pi[uu] - pi[static_cast<std::size_t>(sink)]);
                for (std::int32_t o : assigned[static_cast<std::size_t>(j)])
                    relax(u, o, d + sol.score_of[static_cast<std::size_t>(o)] + pi[uu] - pi[static_cast<std::size_t>(o)]);
            }
        }
        while (!heap.empty()) heap.pop();

        // Potential update that keeps every reduced cost non-negative even though
        // the search stopped early: pi += min(dist, sink_dist) − sink_dist.
        for (std::int32_t v : touched) {
            const auto vv = static_cast<std::size_t>(v);
            if (done[vv] && dist[vv] < sink_dist) pi[vv] += dist[vv] - sink_dist;
        }

        // Augment along sink ← … ← i: each order on the path moves to the node after it.
        std::int32_t next = sink;
        std::int32_t v = pred[static_cast<std::size_t>(sink)];
        while (v != -1) {
            const auto vv = static_cast<std::size_t>(v);
            if (v < n) {
                const std::int32_t old = sol.employee_of[vv];
                if (old >= 0) {
                    auto& list = assigned[static_cast<std::size_t>(old)];
                    list.erase(std::find(list.begin(), list.end(), v));
                }
                if (next == sink) {
                    sol.employee_of[vv] = -1;
                    sol.score_of[vv] = 0;
                } else {
                    const std::int32_t j = next - n;
                    sol.employee_of[vv] = j;
                    const auto& cs = problem.candidates[vv];
                    const auto it = std::lower_bound(cs.begin(), cs.end(), j,
                                                     [](const Candidate& c, std::int32_t e) { return c.employee < e; });
                    sol.score_of[vv] = it->score;
                    auto& list = assigned[static_cast<std::size_t>(j)];
                    list.insert(std::lower_bound(list.begin(), list.end(), v), v);
                }
            }
            next = v;
            v = v == i ? -1 : pred[vv];
        }

        for (std::int32_t t : touched) {
            const auto tt = static_cast<std::size_t>(t);
            dist[tt] = inf;
            pred[tt] = -1;
            done[tt] = 0;
        }
        touched.clear();
    }

    // Zero-score orders left out on a tie go to a feasible employee with room.
    for (std::int32_t i = 0; i < n; ++i) {
        const auto ii = static_cast<std::size_t>(i);
        if (sol.employee_of[ii] != -1) continue;
        const Candidate* best = nullptr;
        for (const Candidate& c : problem.candidates[ii])
            if (load(c.employee) < problem.capacity[static_cast<std::size_t>(c.employee)] &&
                (!best || c.score > best->score))
                best = &c;
        if (!best) continue;
        sol.employee_of[ii] = best->employee;
        sol.score_of[ii] = best->score;
        auto& list = assigned[static_cast<std::size_t>(best->employee)];
        list.insert(std::lower_bound(list.begin(), list.end(), i), i);
    }
    for (std::int32_t s : sol.score_of) sol.objective += s;
    return sol;
}

}  // namespace tailor::assign
