// tailor/lifecycle/order_view.hpp — what the lifecycle domain reads from an order document.
//
// Orders arrive as the caller's stored Firestore documents (docs/lifecycle.md,
// "Input policy"): only the fields below are read and checked; other fields are
// ignored, not rejected (validate.order checks whole documents). Money is read
// exactly in pricing.currency; `paid` is derived from payment.transactions.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <boost/json/value.hpp>

#include "tailor/documents/enums.hpp"
#include "tailor/json/reader.hpp"
#include "tailor/money/money.hpp"
#include "tailor/time/timestamp.hpp"

namespace tailor::lifecycle {

/// Limits on the embedded order (each exceeded → too_many issue at the array's path).
inline constexpr std::size_t max_items_per_order = 200;          // serviceItems + customItems, each
inline constexpr std::size_t max_history_entries = 2000;
inline constexpr std::size_t max_transactions = 1000;
inline constexpr std::size_t max_quality_checks = 1000;

/// One garment line (service or custom item).
struct ItemView {
    std::string item_id;
    documents::ItemStage stage = documents::ItemStage::pending;  // absent stage reads as pending
    std::optional<std::string> assigned_employee_id;
    bool custom = false;  ///< from customItems[] (else serviceItems[])
    std::size_t index = 0;  ///< position in its array
};

struct HistoryView {
    documents::OrderStatus from;
    documents::OrderStatus to;
    std::optional<Timestamp> at;
};

struct QualityCheckView {
    std::optional<std::string> item_id;  ///< absent = the whole order
    bool passed = false;
    Timestamp at;
};

struct TransactionView {
    documents::TransactionKind kind;
    documents::TransactionStatus status;
    std::int64_t amount_minor = 0;  ///< ≥ 0, in the order's currency
    std::optional<Timestamp> at;
};

struct OrderView {
    std::string order_id;
    std::string customer_id;
    std::optional<std::string> assigned_employee_id;
    std::vector<ItemView> items;  ///< serviceItems then customItems, in document order
    money::Money total;           ///< pricing.totalAmount
    money::Money advance_required;///< pricing.advanceRequired
    money::Money paid;            ///< succeeded charges − succeeded refunds
    documents::OrderStatus current;
    std::optional<Timestamp> last_updated;
    std::vector<HistoryView> history;
    std::vector<QualityCheckView> quality_checks;
    std::optional<Timestamp> order_date;     ///< timeline.orderDate
    std::optional<Timestamp> delivery_date;  ///< timeline.deliveryDate
    std::optional<Timestamp> created_at;
    std::vector<TransactionView> transactions;
    /// total − paid (negative when overpaid).
    std::int64_t balance_minor() const { return total.minor() - paid.minor(); }
};

/// Reads the fields above from `v` (an order document at `path`); nullopt after
/// recording issues. Does not call finish() on the document.
std::optional<OrderView> read_order_view(const boost::json::value& v, const std::string& path,
                                         json::Issues& issues);

}  // namespace tailor::lifecycle
