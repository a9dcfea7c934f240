// tailor/assign/plan.hpp — assign.plan: the exact best assignment of a batch of
// unassigned orders to employees, within each employee's remaining capacity.
//
// Each feasible (order, employee) pair is scored as in assign.rank; the plan
// maximises the total score (solver.hpp). Orders and employees are processed in
// id order, so the plan does not depend on the order of the input arrays.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <boost/json/value.hpp>

#include "tailor/assign/config.hpp"
#include "tailor/assign/scoring.hpp"
#include "tailor/error.hpp"
#include "tailor/json/reader.hpp"
#include "tailor/time/timestamp.hpp"

namespace tailor::assign {

struct PlanRequest {
    std::vector<OrderDemand> orders;          ///< Unique ids.
    std::vector<EmployeeProfile> employees;   ///< Unique ids.
    Timestamp now;
    AssignmentSettings settings;
};

struct PlannedAssignment {
    std::string order_id;
    std::string employee_id;
    std::int32_t score = 0;
};

enum class UnassignedReason { no_feasible_employee, capacity_exhausted };

struct UnassignedOrder {
    std::string order_id;
    UnassignedReason reason = UnassignedReason::no_feasible_employee;
    std::int32_t feasible_employees = 0;
    /// How many employees each hard constraint excluded (indexed by Exclusion).
    std::array<std::int32_t, exclusion_count> excluded_by{};
};

struct EmployeeLoad {
    std::string employee_id;
    std::int64_t remaining_capacity = 0;      ///< capacity − currentOrders, before the plan (≥ 0).
    std::vector<std::string> order_ids;       ///< Assigned by this plan, in orderId order.
};

struct PlanResult {
    std::int64_t objective = 0;
    std::vector<PlannedAssignment> assignments;  ///< orderId order.
    std::vector<UnassignedOrder> unassigned;     ///< orderId order.
    std::vector<EmployeeLoad> employees;         ///< employeeId order.
};

/// Plans the batch; limit_exceeded when orders × employees > limits::max_plan_pairs.
Result<PlanResult> plan(PlanRequest request);

std::string_view unassigned_reason_code(UnassignedReason r);

/// Decodes the assign.plan input {now, config?, services, employees, orders,
/// customers?} (stored documents, docs/assignment.md): each order's services
/// give its skills, its customer's default address its location when the order
/// has none; order ids must be unique. Records every problem in `issues` at its
/// JSON Pointer path; nullopt when there is any.
std::optional<PlanRequest> read_plan_request(const boost::json::value& input, json::Issues& issues);

}  // namespace tailor::assign
