// assign.rank and assign.plan: decode (json::ObjectReader) → typed function → encode.
// Result objects are built in a fixed key order, documented in docs/assignment.md.
#include <algorithm>

#include "tailor/api/domains.hpp"
#include "tailor/assign/documents.hpp"
#include "tailor/assign/plan.hpp"
#include "tailor/assign/rank.hpp"
#include "tailor/json/reader.hpp"

namespace tailor::assign {
namespace {

namespace bj = boost::json;
using json::Presence;

bj::value timestamp_or_null(const std::optional<Timestamp>& t) {
    return t ? bj::value(format_rfc3339(*t)) : bj::value(nullptr);
}

bj::object encode_weights(const Weights& w) {
    bj::object out;
    for (std::size_t f = 0; f < factor_count; ++f)
        out.emplace(factor_name(static_cast<Factor>(f)), weight_of(w, static_cast<Factor>(f)));
    return out;
}

/// The customer's location when the order does not carry its own.
void fill_location(OrderDemand& order, const std::optional<GeoPoint>& customer_location) {
    if (!order.customer_location) order.customer_location = customer_location;
}

/// The fields both operations take: now, config, services, employees.
struct SharedInput {
    std::vector<ServiceRequirements> services;
    bool services_given = false;  ///< false: services absent or not an array (no service lookups)
};

template <class Request>
SharedInput read_shared(json::ObjectReader& r, Request& request, std::size_t max_employees) {
    json::Issues& issues = r.issues();
    SharedInput shared;
    if (auto now = r.timestamp("now", Presence::required)) request.now = *now;
    request.settings = read_settings(r.field("config", Presence::optional), r.path_of("config"), issues);
    if (const auto* list = r.array("services", Presence::required, limits::max_services)) {
        shared.services = read_services(*list, r.path_of("services"), issues);
        shared.services_given = true;
    }
    if (const auto* list = r.array("employees", Presence::required, max_employees))
        request.employees = read_employees(*list, r.path_of("employees"), issues);
    return shared;
}

}  // namespace

std::optional<RankRequest> read_rank_request(const bj::value& input, json::Issues& issues) {
    json::ObjectReader r(input, "", issues);
    RankRequest request;
    const SharedInput shared = read_shared(r, request, limits::max_rank_employees);
    const auto* known_services = shared.services_given ? &shared.services : nullptr;
    std::string customer_id;
    std::optional<OrderDemand> order;
    if (const auto* o = r.field("order", Presence::required))
        order = read_order(*o, r.path_of("order"), known_services, issues, &customer_id);
    std::optional<CustomerLocation> customer;
    if (const auto* c = r.field("customer", Presence::optional)) {
        customer = read_customer(*c, r.path_of("customer"), issues);
        if (customer && !customer_id.empty() && customer->id != customer_id)
            issues.add(r.path_of("customer") + "/customerId", issue_code::inconsistent,
                       "is not the order's customerId \"" + customer_id + "\"");
    }
    r.finish();
    if (!issues.empty() || !order) return std::nullopt;
    request.order = std::move(*order);
    if (customer) fill_location(request.order, customer->location);
    return request;
}

namespace {

api::Outcome rank_op(const bj::value& input) {
    json::Issues issues;
    const auto decoded = read_rank_request(input, issues);
    if (!decoded) return issues.to_error();
    const RankRequest& request = *decoded;

    auto ranked = rank(request);
    if (!ranked) return ranked.error();
    const RankResult& res = ranked.value();
    const Weights& w = request.settings.assignment.weights;

    bj::object out;
    out.emplace("orderId", request.order.order_id);
    bj::object req;
    bj::array skills;
    for (const auto& s : request.order.skills) skills.emplace_back(bj::string_view(s));
    req.emplace("skills", std::move(skills));
    req.emplace("experienceYears", request.order.experience_years);
    req.emplace("deliveryDate", timestamp_or_null(request.order.delivery));
    req.emplace("urgent", request.order.urgent);
    req.emplace("customerLocationKnown", request.order.customer_location.has_value());
    out.emplace("requirements", std::move(req));
    out.emplace("weights", encode_weights(w));
    bj::array ranked_out;
    std::int64_t position = 0;
    for (const RankedEmployee& x : res.ranked) {
        const EmployeeProfile& e = *x.employee;
        bj::object entry;
        entry.emplace("rank", ++position);
        entry.emplace("employeeId", e.id);
        entry.emplace("score", x.evaluation.score);
        entry.emplace("utilizationBps", e.current_orders * 10000 / e.capacity);
        entry.emplace("distanceMeters",
                      x.evaluation.distance ? bj::value(x.evaluation.distance->value) : bj::value(nullptr));
        entry.emplace("nextWorkingTime", timestamp_or_null(x.first_working_second
                                                               ? std::optional<Timestamp>(Timestamp{*x.first_working_second, 0})
                                                               : std::nullopt));
        bj::array factors;
        for (std::size_t f = 0; f < factor_count; ++f) {
            const int weight = weight_of(w, static_cast<Factor>(f));
            bj::object fo;
            fo.emplace("factor", factor_name(static_cast<Factor>(f)));
            fo.emplace("fit", x.evaluation.fits[f]);
            fo.emplace("weight", weight);
            fo.emplace("points", factor_points(x.evaluation.fits[f], weight));
            factors.emplace_back(std::move(fo));
        }
        entry.emplace("factors", std::move(factors));
        ranked_out.emplace_back(std::move(entry));
    }
    out.emplace("ranked", std::move(ranked_out));
    bj::array excluded_out;
    for (const ExcludedEmployee& x : res.excluded) {
        bj::object entry;
        entry.emplace("employeeId", x.employee->id);
        bj::array reasons;
        for (const auto& [code, message] : x.reasons) {
            bj::object ro;
            ro.emplace("code", exclusion_code(code));
            ro.emplace("message", message);
            reasons.emplace_back(std::move(ro));
        }
        entry.emplace("reasons", std::move(reasons));
        excluded_out.emplace_back(std::move(entry));
    }
    out.emplace("excluded", std::move(excluded_out));
    return bj::value(std::move(out));
}

}  // namespace

std::optional<PlanRequest> read_plan_request(const bj::value& input, json::Issues& issues) {
    json::ObjectReader r(input, "", issues);
    PlanRequest request;
    const SharedInput shared = read_shared(r, request, limits::max_plan_employees);
    const auto* known_services = shared.services_given ? &shared.services : nullptr;
    std::vector<CustomerLocation> customers;
    if (const auto* list = r.array("customers", Presence::optional, limits::max_customers)) {
        for (std::size_t i = 0; i < list->size(); ++i)
            if (auto c = read_customer((*list)[i], r.path_of("customers") + "/" + std::to_string(i), issues))
                customers.push_back(std::move(*c));
        std::stable_sort(customers.begin(), customers.end(),
                         [](const CustomerLocation& a, const CustomerLocation& b) { return a.id < b.id; });
    }
    if (const auto* list = r.array("orders", Presence::required, limits::max_plan_orders)) {
        std::vector<std::pair<std::string, std::size_t>> ids;  // duplicate check
        for (std::size_t i = 0; i < list->size(); ++i) {
            std::string customer_id;
            const std::string path = r.path_of("orders") + "/" + std::to_string(i);
            auto order = read_order((*list)[i], path, known_services, issues, &customer_id);
            if (!order) continue;
            if (!order->customer_location && !customer_id.empty()) {
                auto it = std::lower_bound(customers.begin(), customers.end(), customer_id,
                                           [](const CustomerLocation& c, const std::string& id) { return c.id < id; });
                if (it != customers.end() && it->id == customer_id) fill_location(*order, it->location);
            }
            ids.emplace_back(order->order_id, i);
            request.orders.push_back(std::move(*order));
        }
        std::stable_sort(ids.begin(), ids.end());
        for (std::size_t k = 1; k < ids.size(); ++k)
            if (ids[k].first == ids[k - 1].first)
                issues.add(r.path_of("orders") + "/" + std::to_string(ids[k].second) + "/orderId", issue_code::duplicate,
                           "repeats the id \"" + ids[k].first + "\"");
    }
    r.finish();
    if (!issues.empty()) return std::nullopt;
    return request;
}

namespace {

api::Outcome plan_op(const bj::value& input) {
    json::Issues issues;
    auto decoded = read_plan_request(input, issues);
    if (!decoded) return issues.to_error();

    auto planned = plan(std::move(*decoded));
    if (!planned) return planned.error();
    const PlanResult& res = planned.value();
    bj::object out;
    out.emplace("objective", res.objective);
    out.emplace("assignedCount", res.assignments.size());
    out.emplace("unassignedCount", res.unassigned.size());
    bj::array assignments;
    for (const auto& a : res.assignments) {
        bj::object o;
        o.emplace("orderId", a.order_id);
        o.emplace("employeeId", a.employee_id);
        o.emplace("score", a.score);
        assignments.emplace_back(std::move(o));
    }
    out.emplace("assignments", std::move(assignments));
    bj::array unassigned;
    for (const auto& u : res.unassigned) {
        bj::object o;
        o.emplace("orderId", u.order_id);
        o.emplace("reason", unassigned_reason_code(u.reason));
        o.emplace("message", u.reason == UnassignedReason::no_feasible_employee
                                 ? std::string("every employee is excluded by a hard constraint")
                                 : "all " + std::to_string(u.feasible_employees) +
                                       " feasible employees are full in this plan");
        o.emplace("feasibleEmployees", u.feasible_employees);
        bj::object by;
        for (std::size_t k = 0; k < exclusion_count; ++k)
            if (u.excluded_by[k] > 0) by.emplace(exclusion_code(static_cast<Exclusion>(k)), u.excluded_by[k]);
        o.emplace("excludedBy", std::move(by));
        unassigned.emplace_back(std::move(o));
    }
    out.emplace("unassigned", std::move(unassigned));
    bj::array employees;
    for (const auto& e : res.employees) {
        bj::object o;
        o.emplace("employeeId", e.employee_id);
        o.emplace("remainingCapacity", e.remaining_capacity);
        o.emplace("assigned", e.order_ids.size());
        bj::array ids;
        for (const auto& id : e.order_ids) ids.emplace_back(bj::string_view(id));
        o.emplace("orderIds", std::move(ids));
        employees.emplace_back(std::move(o));
    }
    out.emplace("employees", std::move(employees));
    return bj::value(std::move(out));
}

}  // namespace

std::vector<api::Operation> operations() {
    return {
        {"assign.plan", "Assigns a batch of orders to employees, maximising the total score within capacity.", &plan_op},
        {"assign.rank", "Ranks every employee for one order: hard-constraint exclusions and per-factor scores.", &rank_op},
    };
}

}  // namespace tailor::assign
