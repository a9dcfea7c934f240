// tailor/rules/check.hpp — business-rule checks of one order against its
// services, employees, customer and the shop configuration.
//
// Access (who may write) is rules/authorize.hpp; this is whether the order
// itself may go ahead: active services with room left, a delivery date the
// lead time allows, urgency only where offered, measurements for every
// garment, working staff, the advance paid before production, discounts
// within what the actor's role may grant. Each problem is a violation
// {code, severity, path, message}; nothing stops at the first. Codes and
// formulas: docs/security.md ("Business rule checks").
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <boost/json/value.hpp>

#include "tailor/api/operation.hpp"
#include "tailor/documents/enums.hpp"
#include "tailor/rules/config.hpp"
#include "tailor/time/timestamp.hpp"

namespace tailor::rules {

enum class Severity { error, warning };
inline constexpr json::EnumName<Severity> severity_names[] = {{"error", Severity::error},
                                                             {"warning", Severity::warning}};

/// Violation codes (stable).
namespace violation {
inline constexpr const char* service_unknown = "service_unknown";          ///< item names a service not given
inline constexpr const char* service_inactive = "service_inactive";        ///< service isActive is false
inline constexpr const char* daily_capacity_reached = "daily_capacity_reached";  ///< booked today + this order > dailyLimit
inline constexpr const char* queue_limit_reached = "queue_limit_reached";  ///< currentQueue + this order > queueLimit
inline constexpr const char* lead_time_not_met = "lead_time_not_met";      ///< deliveryDate < now + lead time
inline constexpr const char* urgency_not_offered = "urgency_not_offered";  ///< urgent order, service without urgency
inline constexpr const char* measurements_missing = "measurements_missing";///< garment lacks required measurements
inline constexpr const char* employee_unknown = "employee_unknown";        ///< assigned employee not given
inline constexpr const char* employee_inactive = "employee_inactive";      ///< assigned employee inactive
inline constexpr const char* employee_on_leave = "employee_on_leave";      ///< assigned employee on leave
inline constexpr const char* advance_below_required = "advance_below_required";  ///< paid < required advance
inline constexpr const char* discount_exceeds_role_limit = "discount_exceeds_role_limit";  ///< discounts > role limit
}  // namespace violation

struct Violation {
    std::string code;
    Severity severity;
    std::string path;  ///< JSON Pointer into the rules.check input
    std::string message;
};

/// What the checks read of a service document.
struct ServiceFacts {
    std::string id;
    bool active = true;                      ///< isActive (default true)
    std::optional<std::int64_t> daily_limit; ///< capacity.dailyLimit
    std::optional<std::int64_t> queue_limit; ///< capacity.queueLimit
    std::int64_t current_queue = 0;          ///< capacity.currentQueue
    std::int64_t lead_time_days = 0;         ///< scheduling.leadTime (calendar days)
    bool urgent_available = false;           ///< scheduling.urgentAvailable
};

struct EmployeeFacts {
    std::string id;
    documents::EmployeeStatus status = documents::EmployeeStatus::active;
};

struct ItemFacts {
    std::string service_id;
    documents::Garment garment = documents::Garment::other;
    std::int64_t quantity = 1;
    std::optional<std::string> employee_id;
};

/// What the checks read of the order, amounts in minor units of `currency_code`.
struct OrderFacts {
    std::vector<ItemFacts> items;
    std::optional<std::string> employee_id;  ///< assignedEmployeeId
    std::optional<Timestamp> delivery_date;  ///< timeline.deliveryDate
    bool urgent = false;                     ///< timeline.urgent
    documents::OrderStatus status = documents::OrderStatus::pending;
    std::string currency_code = "INR";
    int currency_exponent = 2;
    std::int64_t subtotal = 0;               ///< pricing.subtotal
    std::int64_t discounts = 0;              ///< Σ pricing.discounts[].amount
    std::int64_t total = 0;                  ///< pricing.totalAmount
    std::int64_t paid = 0;                   ///< Σ succeeded charges − Σ succeeded refunds
    boost::json::object measurements;        ///< order.measurements
    boost::json::object customer_measurements;  ///< customer.measurements
};

struct CheckRequest {
    OrderFacts order;
    std::vector<ServiceFacts> services;
    std::vector<EmployeeFacts> employees;
    std::vector<std::pair<std::string, std::int64_t>> daily_bookings;  ///< serviceId → items booked today
    documents::Role actor_role = documents::Role::customer;
    bool actor_is_system = false;             ///< role "system": Cloud Functions, no discount limit
    RulesConfig rules;
    std::int64_t urgent_lead_time_bps = 5000;  ///< config.calendar.urgentLeadTimeBps
    std::int64_t advance_bps = 5000;          ///< payments::advance_rate for this order (config.payments)
    std::int64_t max_discount_bps[3] = {0, 1000, 10000};  ///< config.pricing.discounts.maxBpsByRole, by Role
    Timestamp now;
};

/// Every violation of `request`, in check order (services, capacity, urgency, lead
/// time, measurements, staff, advance, discount; items in index order).
std::vector<Violation> check(const CheckRequest& request);

/// One measure a garment needs: its name in the order's per-garment block
/// (order.measurements.garments[garment]) and in the customer's body profile.
struct MeasurementNeed {
    std::string_view garment_field;  ///< e.g. "shirtLength"
    std::string_view profile_field;  ///< e.g. "length" (customers.measurements / customMeasurements)
};

/// The measures each garment needs.
const std::vector<MeasurementNeed>& required_measurements(documents::Garment garment);

/// Decodes the rules.check input {now, actor, config?, order, services,
/// employees?, customer?, dailyBookings?}: stored documents read for the fields
/// the checks use, and of the configuration the rules section (strict) and the
/// calendar, pricing and payments values the checks apply. Records every
/// problem in `issues` at its JSON Pointer path; nullopt when there is any.
std::optional<CheckRequest> read_check_request(const boost::json::value& input, json::Issues& issues);

/// rules.check handler (decode → check → encode); see operations.cpp for the API table.
api::Outcome check_op(const boost::json::value& input);

}  // namespace tailor::rules
