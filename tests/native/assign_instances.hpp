// Random assign.plan / assign.rank inputs for tests and benchmarks: orders that
// each need one of ten skills, employees that have about 70 % of the skills
// (so about 30 % of the pairs are infeasible), all within 25 km of one shop.
#pragma once

#include <cstdint>
#include <cstdlib>
#include <random>
#include <string>

#include <boost/json/value.hpp>
#include "property.hpp"

namespace tailor::assign::testing {

/// The seed of a property test: $TAILOR_SEED, or a fixed default (tests print it).
inline std::uint64_t test_seed() {
    return tailor::test::property_seed("assign", 20261125);
}

struct InstanceShape {
    int orders = 10;
    int employees = 5;
    int capacity = 5;          ///< workload.capacity; currentOrders is drawn in [0, busy_max].
    int busy_max = 0;
    int infeasible_pct = 30;   ///< share of skills an employee lacks
};

inline std::string numbered(const char* prefix, int i) {
    std::string digits = std::to_string(i);
    return prefix + std::string(digits.size() < 5 ? 5 - digits.size() : 0, '0') + digits;
}

inline boost::json::object random_employee(std::mt19937_64& rng, int index, const InstanceShape& shape) {
    namespace bj = boost::json;
    static const char* levels[] = {"apprentice", "junior", "senior", "master"};
    bj::array skills;
    for (int s = 0; s < 10; ++s)
        if (static_cast<int>(rng() % 100) >= shape.infeasible_pct) skills.emplace_back("skill" + std::to_string(s));
    const auto coord = [&](std::int64_t centre) {  // ±0.15° around the shop, 6 decimals
        return static_cast<double>(centre + static_cast<std::int64_t>(rng() % 300001) - 150000) / 1e6;
    };
    bj::object e;
    e["employeeId"] = numbered("emp", index);
    e["status"] = "active";
    e["professional"] = {{"specializations", skills},
                         {"experience", static_cast<std::int64_t>(rng() % 20)},
                         {"skillLevel", levels[rng() % 4]}};
    e["schedule"] = {{"workingHours", {{"mon", "09:00-18:00"}, {"tue", "09:00-18:00"}, {"wed", "09:00-18:00"},
                                       {"thu", "09:00-18:00"}, {"fri", "09:00-18:00"}, {"sat", "10:00-14:00"}}}};
    e["workload"] = {{"currentOrders", static_cast<std::int64_t>(rng() % static_cast<std::uint64_t>(shape.busy_max + 1))},
                     {"capacity", shape.capacity}};
    e["performance"] = {{"rating", static_cast<double>(rng() % 501) / 100},
                        {"customerFeedback", static_cast<double>(rng() % 501) / 100},
                        {"averageTurnaround", static_cast<std::int64_t>(3 + rng() % 15)}};
    e["location"] = {{"latitude", coord(12971600)}, {"longitude", coord(77594600)}};
    return e;
}

inline boost::json::object random_order(std::mt19937_64& rng, int index, int employees) {
    namespace bj = boost::json;
    const auto coord = [&](std::int64_t centre) {
        return static_cast<double>(centre + static_cast<std::int64_t>(rng() % 300001) - 150000) / 1e6;
    };
    bj::object o;
    o["orderId"] = numbered("ord", index);
    o["customerId"] = numbered("cus", index);
    o["serviceItems"] = bj::array{bj::object{{"itemId", "i1"}, {"serviceId", "svc" + std::to_string(rng() % 10)}, {"stage", "pending"}}};
    const std::int64_t day = 1772409600;  // 2026-03-02T00:00:00Z
    o["timeline"] = {{"orderDate", "2026-03-01T10:00:00Z"},
                     {"deliveryDate", bj::object{{"seconds", day + static_cast<std::int64_t>(3 + rng() % 18) * 86400}}},
                     {"urgent", rng() % 5 == 0}};
    o["customerLocation"] = {{"latitude", coord(12971600)}, {"longitude", coord(77594600)}};
    bj::array previous;
    for (int k = static_cast<int>(rng() % 3); k > 0; --k) previous.emplace_back(numbered("emp", static_cast<int>(rng() % static_cast<std::uint64_t>(employees))));
    o["previousEmployeeIds"] = previous;
    return o;
}

/// Ten services svc0…svc9, service k requiring skill k and no experience.
inline boost::json::array services() {
    boost::json::array list;
    for (int s = 0; s < 10; ++s)
        list.emplace_back(boost::json::object{
            {"serviceId", "svc" + std::to_string(s)},
            {"requirements", {{"skills", boost::json::array{"skill" + std::to_string(s)}}, {"experience", 0}}}});
    return list;
}

inline boost::json::value plan_input(std::mt19937_64& rng, const InstanceShape& shape) {
    namespace bj = boost::json;
    bj::array employees, orders;
    for (int j = 0; j < shape.employees; ++j) employees.emplace_back(random_employee(rng, j, shape));
    for (int i = 0; i < shape.orders; ++i) orders.emplace_back(random_order(rng, i, shape.employees));
    return bj::object{{"now", "2026-03-02T04:00:00Z"}, {"orders", orders}, {"services", services()},
                      {"employees", employees}};
}

}  // namespace tailor::assign::testing
