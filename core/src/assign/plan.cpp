#include "tailor/assign/plan.hpp"

#include <algorithm>

#include "tailor/assign/documents.hpp"
#include "tailor/assign/solver.hpp"

namespace tailor::assign {

std::string_view unassigned_reason_code(UnassignedReason r) {
    return r == UnassignedReason::no_feasible_employee ? "no_feasible_employee" : "capacity_exhausted";
}

Result<PlanResult> plan(PlanRequest request) {
    const std::size_t n = request.orders.size(), m = request.employees.size();
    if (n * m > limits::max_plan_pairs)
        return Error{error_code::limit_exceeded,
                     "a plan may weigh at most " + std::to_string(limits::max_plan_pairs) +
                         " order × employee pairs; this batch has " + std::to_string(n * m),
                     {}};
    std::stable_sort(request.orders.begin(), request.orders.end(),
                     [](const OrderDemand& a, const OrderDemand& b) { return a.order_id < b.order_id; });
    std::stable_sort(request.employees.begin(), request.employees.end(),
                     [](const EmployeeProfile& a, const EmployeeProfile& b) { return a.id < b.id; });

    std::vector<EmployeeContext> contexts;
    contexts.reserve(m);
    AssignmentProblem problem;
    problem.capacity.reserve(m);
    for (const EmployeeProfile& e : request.employees) {
        contexts.push_back(employee_context(e, request.now, request.settings.zone));
        problem.capacity.push_back(static_cast<std::int32_t>(std::max<std::int64_t>(0, e.capacity - e.current_orders)));
    }
    // Skill sets as bitmasks over the skills the batch requires (when there are at
    // most 64 of them), previous tailors as employee indices: the same answers as
    // the string comparisons, without them in the n × m loop.
    std::vector<std::string> required;
    for (const OrderDemand& o : request.orders) required.insert(required.end(), o.skills.begin(), o.skills.end());
    std::sort(required.begin(), required.end());
    required.erase(std::unique(required.begin(), required.end()), required.end());
    const bool use_masks = required.size() <= 64;
    auto mask_of = [&](const std::vector<std::string>& skills) {
        std::uint64_t mask = 0;
        for (const auto& s : skills) {
            auto it = std::lower_bound(required.begin(), required.end(), s);
            if (it != required.end() && *it == s) mask |= std::uint64_t{1} << (it - required.begin());
        }
        return mask;
    };
    std::vector<std::uint64_t> employee_masks;
    if (use_masks)
        for (const EmployeeProfile& e : request.employees) employee_masks.push_back(mask_of(e.specializations));
    auto employee_index = [&](const std::string& id) -> std::size_t {
        auto it = std::lower_bound(request.employees.begin(), request.employees.end(), id,
                                   [](const EmployeeProfile& e, const std::string& x) { return e.id < x; });
        return (it != request.employees.end() && it->id == id) ? static_cast<std::size_t>(it - request.employees.begin()) : m;
    };

    PlanResult result;
    std::vector<std::array<std::int32_t, exclusion_count>> excluded_by(n);
    problem.candidates.resize(n);
    std::vector<char> previous(m, 0);
    for (std::size_t i = 0; i < n; ++i) {
        const OrderDemand& order = request.orders[i];
        const std::uint64_t order_mask = use_masks ? mask_of(order.skills) : 0;
        for (const auto& id : order.previous_employee_ids)
            if (const std::size_t j = employee_index(id); j < m) previous[j] = 1;
        for (std::size_t j = 0; j < m; ++j) {
            PairFacts facts;
            facts.previous_tailor = previous[j] != 0;
            facts.skills_covered =
                use_masks ? (order_mask & ~employee_masks[j]) == 0
                          : std::includes(request.employees[j].specializations.begin(),
                                          request.employees[j].specializations.end(), order.skills.begin(),
                                          order.skills.end());
            const Evaluation ev = evaluate(order, request.employees[j], contexts[j], request.settings, request.now, &facts);
            if (!ev.excluded()) {
                problem.candidates[i].push_back(Candidate{static_cast<std::int32_t>(j), ev.score});
                continue;
            }
            for (std::size_t k = 0; k < exclusion_count; ++k)
                if (ev.has(static_cast<Exclusion>(k))) ++excluded_by[i][k];
        }
        for (const auto& id : order.previous_employee_ids)
            if (const std::size_t j = employee_index(id); j < m) previous[j] = 0;
    }
    const AssignmentSolution sol = solve_assignment(problem);
    result.objective = sol.objective;
    result.employees.reserve(m);
    for (std::size_t j = 0; j < m; ++j)
        result.employees.push_back(EmployeeLoad{request.employees[j].id, problem.capacity[j], {}});
    for (std::size_t i = 0; i < n; ++i) {
        const std::int32_t j = sol.employee_of[i];
        if (j >= 0) {
            result.assignments.push_back(
                PlannedAssignment{request.orders[i].order_id, request.employees[static_cast<std::size_t>(j)].id, sol.score_of[i]});
            result.employees[static_cast<std::size_t>(j)].order_ids.push_back(request.orders[i].order_id);
        } else {
            UnassignedOrder u;
            u.order_id = request.orders[i].order_id;
            u.feasible_employees = static_cast<std::int32_t>(problem.candidates[i].size());
            u.reason = u.feasible_employees == 0 ? UnassignedReason::no_feasible_employee
                                                 : UnassignedReason::capacity_exhausted;
            u.excluded_by = excluded_by[i];
            result.unassigned.push_back(std::move(u));
        }
    }
    return result;
}

}  // namespace tailor::assign
