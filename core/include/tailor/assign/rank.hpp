// tailor/assign/rank.hpp — assign.rank: every employee for one order, either
// excluded with its reasons or scored factor by factor, best first.
//
// Order of the ranking: score descending, then lower utilization
// (currentOrders / capacity, compared by cross-multiplication), then employeeId
// (byte order). Excluded employees follow in employeeId order.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <boost/json/value.hpp>

#include "tailor/assign/config.hpp"
#include "tailor/assign/scoring.hpp"
#include "tailor/error.hpp"
#include "tailor/json/reader.hpp"
#include "tailor/time/timestamp.hpp"

namespace tailor::assign {

struct RankRequest {
    OrderDemand order;
    std::vector<EmployeeProfile> employees;  ///< Unique ids.
    Timestamp now;
    AssignmentSettings settings;
};

struct RankedEmployee {
    const EmployeeProfile* employee = nullptr;  ///< Points into the request.
    Evaluation evaluation;
    std::optional<std::int64_t> first_working_second;
};

struct ExcludedEmployee {
    const EmployeeProfile* employee = nullptr;
    std::vector<std::pair<Exclusion, std::string>> reasons;  ///< In Exclusion order.
};

struct RankResult {
    std::vector<RankedEmployee> ranked;
    std::vector<ExcludedEmployee> excluded;
};

/// Ranks `request.employees` for `request.order`. Never fails once the request is decoded.
Result<RankResult> rank(const RankRequest& request);

/// Decodes the assign.rank input {now, config?, services, employees, order,
/// customer?} (stored documents, docs/assignment.md): the order's services
/// give its skills, and the customer's default address its location when the
/// order has none. Records every problem in `issues` at its JSON Pointer path;
/// nullopt when there is any.
std::optional<RankRequest> read_rank_request(const boost::json::value& input, json::Issues& issues);

/// True when a (utilization a_cur/a_cap) is strictly lower than b's; capacities > 0.
bool lower_utilization(std::int64_t a_cur, std::int64_t a_cap, std::int64_t b_cur, std::int64_t b_cap);

}  // namespace tailor::assign
