// tailor/assign/solver.hpp — exact maximum-score assignment of orders to
// employees with capacities (a transportation problem solved as min-cost flow).
//
// Model: every order sends one unit either to an employee it is feasible with
// (cost −score) or to "unassigned" (cost 0); employee j absorbs at most
// capacity[j] units. Orders are added one at a time (in index order) and each
// is routed along a shortest augmenting path (Dijkstra on reduced costs with
// Johnson potentials, stopping at the sink), which keeps the partial solution
// optimal, so the final one maximises the total score exactly. The search runs
// on employees only (paths through an assigned order collapse into
// employee-to-employee arcs): O(m) per settled employee, O(n · m²) worst case
// overall plus row rebuilds. Integer arithmetic only; every tie is broken by
// index, so the result is a function of the input alone. Details:
// docs/assignment.md.
#pragma once

#include <cstdint>
#include <vector>

namespace tailor::assign {

struct Candidate {
    std::int32_t employee = 0;  ///< Index into capacity.
    std::int32_t score = 0;     ///< 0 … 10000.
};

/// Preconditions: at most 20000 orders (assign.plan allows 5000) and scores in
/// 0 … 10000, which keeps every distance and potential within 32 bits. Memory is
/// O(n · m + m²): a dense score table (2 bytes a pair; assign.plan caps n · m at
/// 10^6) and the employee-to-employee arc table.
struct AssignmentProblem {
    /// Per order, its feasible employees in ascending employee index (no repeats).
    std::vector<std::vector<Candidate>> candidates;
    /// Per employee, how many more orders it can take (≥ 0).
    std::vector<std::int32_t> capacity;
};

struct AssignmentSolution {
    std::vector<std::int32_t> employee_of;  ///< Per order: employee index, or −1 (unassigned).
    std::vector<std::int32_t> score_of;     ///< Per order: its score, 0 when unassigned.
    std::int64_t objective = 0;             ///< Σ score of assigned orders (the maximum).
};

/// The maximum-score assignment. After the optimum is found, an unassigned order
/// with a feasible employee that still has room is given to the first such
/// employee with the highest score (its score is then 0, so the objective is
/// unchanged): an order is left unassigned only when every feasible employee is full.
AssignmentSolution solve_assignment(const AssignmentProblem& problem);

}  // namespace tailor::assign
