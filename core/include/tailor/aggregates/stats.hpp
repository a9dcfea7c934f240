// tailor/aggregates/stats.hpp — stats.delta: counters as increments, and their recomputation.
//
// Each domain event changes a few counters on other documents (an employee's
// open orders, a service's queue, a user's order count, a customer's total
// spent). apply_event() turns one event into `FieldIncrement`s that writers
// apply atomically, so two Cloud Functions handling two events at once both
// count. recompute() derives the same counters from the orders alone. The
// contract, property-tested on both builds: for every valid event sequence,
// Σ apply_event(...).increments == recompute(final orders).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <boost/json/value.hpp>

#include "tailor/aggregates/field_change.hpp"
#include "tailor/error.hpp"
#include "tailor/json/reader.hpp"
#include "tailor/money/money.hpp"

namespace tailor::aggregates {

enum class EventType {
    order_created, order_confirmed, order_assigned, order_reassigned,
    order_delivered, order_cancelled, payment_received, refund_issued
};
inline constexpr json::EnumName<EventType> event_type_names[] = {
    {"order_created", EventType::order_created},     {"order_confirmed", EventType::order_confirmed},
    {"order_assigned", EventType::order_assigned},   {"order_reassigned", EventType::order_reassigned},
    {"order_delivered", EventType::order_delivered}, {"order_cancelled", EventType::order_cancelled},
    {"payment_received", EventType::payment_received}, {"refund_issued", EventType::refund_issued}};

/// Where an order is in its life, as far as counters care.
enum class OrderPhase { open, delivered, cancelled };

/// The facts about one order that the counters depend on.
struct OrderFacts {
    std::string order_id;
    std::string customer_id;                 ///< customers/{customerId}
    std::string user_id;                     ///< users/{userId} of that customer
    std::vector<std::string> service_ids;    ///< Distinct, sorted.
    std::optional<std::string> employee_id;  ///< Assigned employee.
    bool confirmed = false;                  ///< Ever confirmed (then it is in the services' queues while open).
    OrderPhase phase = OrderPhase::open;
    std::int64_t net_paid_minor = 0;         ///< Succeeded charges − succeeded refunds.
};

struct StatsEvent {
    EventType type = EventType::order_created;
    std::optional<std::string> employee_id;  ///< order_assigned / order_reassigned: the new employee.
    std::optional<money::Money> amount;      ///< payment_received / refund_issued (> 0).
};

struct EventEffect {
    std::vector<FieldIncrement> increments;  ///< normalize()d.
    OrderFacts after;                        ///< The order's facts once the event happened.
};

/// Counter field names (docs/aggregates.md, "Counters").
namespace counter {
inline constexpr const char* total_orders = "stats.totalOrders";              // users
inline constexpr const char* current_queue = "capacity.currentQueue";         // services
inline constexpr const char* current_orders = "workload.currentOrders";       // employees
inline constexpr const char* completed_orders = "performance.completedOrders";// employees
inline constexpr const char* total_spent_minor = "loyalty.totalSpentMinor";   // customers
}  // namespace counter

/// The increments of one event on an order whose facts before the event are
/// `before` (for order_created: the new order, open, unconfirmed, unassigned,
/// unpaid). `currency` is the order's currency (money events only).
/// Rejections (invalid_input, issue at /event or /event/…):
///   invalid_event_for_state — the event cannot happen to an order in that state
///     (confirming twice, delivering an unconfirmed order, anything after delivered/cancelled…);
///   refund_exceeds_paid — a refund larger than the net amount paid.
Result<EventEffect> apply_event(const OrderFacts& before, const StatsEvent& event,
                                const std::optional<money::Currency>& currency = std::nullopt);

/// Every counter value implied by these orders (zero counters omitted), as
/// absolute values in FieldIncrement form, sorted like normalize().
std::vector<FieldIncrement> recompute(const std::vector<OrderFacts>& orders,
                                      const std::optional<money::Currency>& currency = std::nullopt);

/// employees/{employeeId}.workload as stats.delta receives it, to derive the
/// utilization of an employee whose open-order count the event moves.
struct EmployeeWorkload {
    std::string employee_id;
    std::int64_t current_orders = 0;
    std::int64_t capacity = 0;
    std::string path;  ///< JSON Pointer of the entry in the input (for issues)
};

/// stats.delta's input, decoded: the arguments of apply_event() and the
/// employee documents whose utilization it may change.
struct StatsDeltaInput {
    OrderFacts facts;                         ///< The order before the event.
    StatsEvent event;
    std::optional<money::Currency> currency;  ///< The order's currency, when it has pricing.
    std::vector<EmployeeWorkload> workloads;
};

/// Decodes {event, order, customer?, employees?} (stored documents, read for
/// the fields the counters use) and checks the customer is the order's and is
/// given when the event changes users/{userId}.stats. Records every problem in
/// `issues` at its JSON Pointer path; nullopt when there is any.
std::optional<StatsDeltaInput> read_stats_delta_input(const boost::json::value& input, json::Issues& issues);

/// stats.recompute's input, decoded: the arguments of recompute().
struct RecomputeInput {
    std::vector<OrderFacts> orders;
    std::optional<money::Currency> currency;  ///< The orders' one currency, when any has pricing.
};

/// Decodes {orders, customers} (stored documents). Records every problem
/// (duplicate ids, an order whose customer is not given, mixed currencies) in
/// `issues` at its JSON Pointer path; nullopt when there is any.
std::optional<RecomputeInput> read_recompute_input(const boost::json::value& input, json::Issues& issues);

/// workload.utilizationBps = currentOrders / capacity in basis points, half up;
/// nullopt when capacity ≤ 0.
std::optional<std::int64_t> utilization_bps(std::int64_t current_orders, std::int64_t capacity);

}  // namespace tailor::aggregates
