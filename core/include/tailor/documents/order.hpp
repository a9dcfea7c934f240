// tailor/documents/order.hpp — the stored order (/orders/{orderId}): value types,
// codec and validation.
//
// Why: every domain (pricing, lifecycle, assignment, rules) reads orders; this
// is the one definition of the shape, its limits and its cross-field rules
// (totals, payment balance, status history). docs/schema.md lists each field.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <boost/json/value.hpp>

#include "tailor/documents/common.hpp"
#include "tailor/documents/enums.hpp"
#include "tailor/documents/measurements.hpp"
#include "tailor/documents/validation.hpp"
#include "tailor/error.hpp"
#include "tailor/json/reader.hpp"
#include "tailor/money/money.hpp"

namespace tailor::documents {

struct AddOn {
    std::string name;
    money::Money price = zero_amount();
};

struct PriceOverride {
    money::Money amount = zero_amount();  ///< Unit price replacing the service's price.
    std::string reason;
};

struct OrderServiceItem {
    std::string item_id;
    std::string service_id;
    Garment garment = Garment::other;
    std::int64_t quantity = 1;
    std::optional<std::string> tier;
    std::optional<std::vector<AddOn>> add_ons;
    ItemStage stage = ItemStage::pending;
    std::optional<std::string> assigned_employee_id;
    std::optional<PriceOverride> price_override;
};

struct OrderCustomItem {
    std::string item_id;
    std::string description;
    money::Money price = zero_amount();
    std::string reason;
    std::optional<Garment> garment;
    ItemStage stage = ItemStage::pending;
};

struct Discount {
    DiscountKind kind = DiscountKind::manual;
    DiscountType type = DiscountType::fixed;
    std::optional<std::int64_t> value_bps;  ///< percent only: 1–10000.
    std::optional<money::Money> amount;     ///< fixed only: > 0.
    DiscountScope scope = DiscountScope::order;
    std::optional<std::string> item_id;     ///< scope line only.
    std::optional<std::string> code;        ///< required for coupons.
    std::optional<std::string> reason;      ///< required for manual discounts.
    std::optional<std::string> granted_by;  ///< required for manual discounts.
};

struct Tax {
    std::string name;
    std::int64_t rate_bps = 0;
    bool inclusive = false;
    money::Money amount = zero_amount();
};

struct OrderPricing {
    money::Currency currency = default_currency();
    money::Money subtotal = zero_amount();
    std::vector<Discount> discounts;
    std::vector<Tax> taxes;
    money::Money total_amount = zero_amount();
    money::Money advance_required = zero_amount();
    money::Money remaining_amount = zero_amount();
};

struct OrderTimeline {
    Timestamp order_date;
    std::optional<Timestamp> delivery_date;
    bool urgent = false;
};

struct StatusHistoryEntry {
    OrderStatus from = OrderStatus::pending;
    OrderStatus to = OrderStatus::pending;
    std::string actor;
    ActorRole role = ActorRole::system;
    TransitionTrigger trigger = TransitionTrigger::system;
    Timestamp at;
    std::optional<std::string> reason;
};

struct OrderStatusBlock {
    OrderStatus current = OrderStatus::pending;
    std::vector<StatusHistoryEntry> history;
    Timestamp last_updated;
};

struct PaymentTransaction {
    std::string transaction_id;
    TransactionKind kind = TransactionKind::charge;
    TransactionStatus status = TransactionStatus::pending;
    money::Money amount = zero_amount();
    std::string idempotency_key;
    std::optional<std::string> gateway_id;
    std::optional<std::string> method;
    Timestamp at;
};

struct OrderPayment {
    PaymentStatus status = PaymentStatus::pending;
    std::vector<PaymentTransaction> transactions;
    std::optional<std::string> method;
    std::optional<std::string> gateway_id;
};

struct OrderAttachments {
    std::vector<ImageReference> images;
    std::vector<DocumentReference> documents;
};

/// workAssignments: {itemId: {employeeId, assignedAt, assignedBy?}}.
struct WorkAssignment {
    std::string item_id;
    std::string employee_id;
    Timestamp assigned_at;
    std::optional<std::string> assigned_by;
};

struct QualityCheck {
    std::string check_id;
    std::optional<std::string> item_id;
    std::string inspector_id;
    bool passed = false;
    std::optional<std::string> notes;
    Timestamp at;
};

struct Feedback {
    std::optional<std::int64_t> rating;  ///< 1–5.
    std::optional<std::string> comments;
    std::optional<Timestamp> submitted_at;
};

struct Order {
    std::string order_id;
    std::string customer_id;
    std::optional<std::string> assigned_employee_id;
    std::vector<OrderServiceItem> service_items;
    std::vector<OrderCustomItem> custom_items;
    OrderMeasurements measurements;
    OrderPricing pricing;
    OrderTimeline timeline;
    OrderStatusBlock status;
    OrderPayment payment;
    OrderAttachments attachments;
    std::optional<std::string> special_instructions;
    std::vector<WorkAssignment> work_assignments;  ///< Input order of the map.
    std::vector<QualityCheck> quality_checks;
    std::optional<Feedback> feedback;
    Timestamp created_at;
    Timestamp updated_at;
};

/// The amount a discount takes off: `amount` for fixed ones; for percent ones
/// base × valueBps / 10000 rounded half away from zero to the minor unit, where
/// base is the subtotal (scope order) or the line amount (scope line).
/// nullopt when the base is unknown (a service line without priceOverride).
std::optional<std::int64_t> discount_minor_units(const Discount& discount, const Order& order);

/// A line's amount when the order itself says it: a custom item's price, or a
/// service item's (priceOverride + Σ add-on prices) × quantity; nullopt otherwise.
std::optional<std::int64_t> line_minor_units(const Order& order, const std::string& item_id);

/// Reads an order at `path`, recording every issue (schema and cross-field) in
/// `issues`. Returns the order only when no issue was recorded while reading it.
std::optional<Order> read_order(const boost::json::value& v, const std::string& path,
                                json::Issues& issues, Strictness strictness);
/// The typed entry point: lenient (unknown fields ignored), all issues as invalid_input.
Result<Order> decode_order(const boost::json::value& v, Strictness strictness = Strictness::lenient);
/// The canonical form: schema key order, canonical timestamps, amounts as numbers.
boost::json::value encode_order(const Order& order);
/// validate.order: strict reading + canonical re-encoding when valid.
ValidationReport validate_order(const boost::json::value& v);

}  // namespace tailor::documents
