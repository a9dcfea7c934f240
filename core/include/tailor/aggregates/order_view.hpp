// tailor/aggregates/order_view.hpp — the fields of a stored order that the aggregate operations use.
//
// Orders are embedded as callers store them: only these fields are read and
// unknown fields are ignored (no finish()), per the cross-domain input policy.
// Which fields are required depends on the operation (OrderNeeds).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <boost/json/value.hpp>

#include "tailor/documents/enums.hpp"
#include "tailor/json/reader.hpp"
#include "tailor/money/currency.hpp"
#include "tailor/money/money.hpp"
#include "tailor/time/timestamp.hpp"

namespace tailor::aggregates {

/// Bounds on the arrays read inside one embedded order (docs/aggregates.md, Limits).
inline constexpr std::size_t max_service_items = 200;
inline constexpr std::size_t max_history_entries = 1000;
inline constexpr std::size_t max_transactions = 1000;

struct HistoryEntry {
    documents::OrderStatus to;
    Timestamp at;
};

struct Transaction {
    documents::TransactionKind kind;
    documents::TransactionStatus status;
    money::Money amount;
    Timestamp at;
};

struct ServiceLine {
    std::string service_id;
    std::int64_t quantity = 1;
};

struct OrderView {
    std::string order_id;
    std::string customer_id;
    std::optional<std::string> assigned_employee_id;
    std::vector<ServiceLine> service_lines;      ///< In document order.
    std::vector<std::string> service_ids;        ///< Distinct, sorted.
    documents::OrderStatus status = documents::OrderStatus::pending;
    std::vector<HistoryEntry> history;
    std::optional<Timestamp> last_updated;
    std::optional<Timestamp> created_at;
    std::optional<Timestamp> delivery_date;      ///< timeline.deliveryDate (the promise).
    std::optional<money::Currency> currency;
    std::optional<money::Money> total;           ///< pricing.totalAmount
    std::vector<Transaction> transactions;
    std::optional<int> feedback_rating;
    std::optional<Timestamp> feedback_submitted_at;
    bool dispute_open = false;                   ///< dispute.status == "open"
};

/// Which optional parts an operation needs (each adds required fields).
struct OrderNeeds {
    bool services = false;   ///< serviceItems[].serviceId (and quantity)
    bool history = false;    ///< status.history[] (to, at)
    bool created = false;    ///< createdAt
    bool money = false;      ///< pricing.currency, pricing.totalAmount, payment.transactions[]
    bool feedback = false;   ///< feedback.rating / submittedAt (optional fields)
    bool timeline = false;   ///< timeline.deliveryDate (optional)
    bool dispute = false;    ///< dispute.status (optional)
};

/// Reads the order at `path`; nullopt after recording issues.
std::optional<OrderView> read_order(const boost::json::value& v, const std::string& path,
                                    json::Issues& issues, const OrderNeeds& needs);

/// Net succeeded payments: Σ succeeded charges − Σ succeeded refunds (minor units).
std::int64_t net_paid_minor(const OrderView& order);

/// The time of the last history entry moving to `status`; nullopt if none.
std::optional<Timestamp> last_transition_to(const OrderView& order, documents::OrderStatus status);

/// Whether the order was ever confirmed: a history entry to "confirmed", or a
/// current status that only follows confirmation (production states, ready, delivered).
bool was_confirmed(const OrderView& order);

/// "/orders/3" style path helper.
std::string index_path(const std::string& base, std::size_t i);

}  // namespace tailor::aggregates
