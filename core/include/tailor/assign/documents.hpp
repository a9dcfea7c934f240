// tailor/assign/documents.hpp — reading the stored documents assignment uses
// (employees, services, orders, customers) into the scoring model.
//
// These are Firestore documents passed as they are: only the fields assignment
// uses are read and checked, other fields are ignored (no unknown_field inside
// an embedded document; validate.* checks whole documents).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include <boost/json/value.hpp>

#include "tailor/assign/scoring.hpp"
#include "tailor/json/reader.hpp"

namespace tailor::assign {

/// Input limits (docs/assignment.md). Arrays longer than these are too_many issues;
/// a plan with more than max_plan_pairs order × employee pairs is limit_exceeded.
namespace limits {
inline constexpr std::size_t max_rank_employees = 1000;
inline constexpr std::size_t max_plan_orders = 5000;
inline constexpr std::size_t max_plan_employees = 1000;
inline constexpr std::size_t max_plan_pairs = 1000000;
inline constexpr std::size_t max_services = 500;
inline constexpr std::size_t max_customers = 5000;
inline constexpr std::size_t max_service_items = 100;
inline constexpr std::size_t max_skills = 100;          ///< per service and per employee
inline constexpr std::size_t max_previous_employees = 100;
inline constexpr std::size_t max_addresses = 50;
}  // namespace limits

/// services[]: serviceId and requirements.{skills, experience}.
struct ServiceRequirements {
    std::string id;
    std::vector<std::string> skills;  ///< Sorted, unique.
    std::int64_t experience_years = 0;
};

/// customers[] / customer: customerId and the location of its default address
/// (the first address with isDefault true and a location, else the first with a location).
struct CustomerLocation {
    std::string id;
    std::optional<GeoPoint> location;
};

std::optional<EmployeeProfile> read_employee(const boost::json::value& v, const std::string& path,
                                             json::Issues& issues);
std::optional<ServiceRequirements> read_service(const boost::json::value& v, const std::string& path,
                                                json::Issues& issues);
std::optional<CustomerLocation> read_customer(const boost::json::value& v, const std::string& path,
                                              json::Issues& issues);

/// Reads an array of employees (ids unique: `duplicate` issue), sorted by employeeId.
std::vector<EmployeeProfile> read_employees(const boost::json::array& list, const std::string& path,
                                            json::Issues& issues);
/// Reads an array of services (ids unique), sorted by serviceId.
std::vector<ServiceRequirements> read_services(const boost::json::array& list, const std::string& path,
                                               json::Issues& issues);

/// Reads an order document into its demand. Services are looked up in `services`
/// (sorted by id; an unknown serviceId is issue `unknown_service`; nullptr when the
/// services input itself is unusable, so no lookup is reported); cancelled items
/// need no skills. The customer location is `order.customerLocation` when present,
/// else `customer`'s (may be null). Also returns the order's customerId (empty if none).
std::optional<OrderDemand> read_order(const boost::json::value& v, const std::string& path,
                                      const std::vector<ServiceRequirements>* services,
                                      json::Issues& issues, std::string* customer_id);

}  // namespace tailor::assign
