// tailor/pricing/quote.hpp — the price of an order, every step explained.
//
// The one pipeline every client uses, so Flutter, a Cloud Function and the
// dashboard agree to the minor unit (docs/pricing.md has the worked example):
//   1. unit price  = override, else tierPricing[tier], else basePrice; + add-ons;
//                    clamped to [minPrice, maxPrice] (overrides are not clamped)
//   2. gross       = unit price × quantity
//   3. line discounts (percent of gross or fixed), added up, clamped to gross
//   4. urgency surcharge = surchargeBps of the discounted line (urgent orders)
//   5. order-level discounts on Σ lines (best_only or additive), clamped to it,
//      allocated to lines by largest remainder
//   6. taxes per line on the line amount (minus an untaxed surcharge):
//      inclusive ones backed out  net = base × 10000 ÷ (10000 + Σ inclusive rates),
//      exclusive ones added       tax = net × rate ÷ 10000; split taxes divided
//      among components (leftover unit to remainderTo)
//   7. totals = Σ lines; advance = advance rate × total; paid from transactions.
// Every rounding uses config.pricing.rounding (advance: payments.advance.rounding).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "tailor/config/shop_config.hpp"
#include "tailor/documents/enums.hpp"
#include "tailor/error.hpp"
#include "tailor/money/money.hpp"
#include "tailor/money/rounding.hpp"
#include "tailor/payments/summary.hpp"

namespace tailor::pricing {

enum class LineKind { service, custom };
inline constexpr json::EnumName<LineKind> line_kind_names[] = {{"service", LineKind::service},
                                                               {"custom", LineKind::custom}};

struct AddOn {
    std::string name;
    money::Money price;  ///< per unit
};

struct PriceOverride {
    money::Money amount;  ///< replaces the unit price (before add-ons)
    std::string reason;   ///< empty = none given
};

/// One order line: a serviceItems[] or customItems[] entry.
struct QuoteItem {
    LineKind kind = LineKind::service;
    std::string item_id;
    std::string service_id;            ///< service lines
    std::int64_t quantity = 1;         ///< custom lines: 1
    std::optional<std::string> tier;   ///< key into the service's tierPricing
    std::vector<AddOn> add_ons;
    std::optional<PriceOverride> price_override;
    std::optional<money::Money> custom_price;  ///< custom lines
    bool cancelled = false;            ///< stage "cancelled": not priced
    std::string path;                  ///< JSON Pointer of the item in the input
};

/// The pricing of one catalog entry (a services document).
struct ServicePrice {
    std::string service_id;
    bool active = true;
    money::Money base_price;
    std::vector<std::pair<std::string, money::Money>> tier_pricing;
    std::optional<money::Money> min_price, max_price;
    std::string path;
};

enum class DiscountSource { coupon, manual, loyalty };
inline constexpr json::EnumName<DiscountSource> discount_source_names[] = {
    {"coupon", DiscountSource::coupon}, {"manual", DiscountSource::manual}, {"loyalty", DiscountSource::loyalty}};
enum class DiscountKind { percent, fixed };
inline constexpr json::EnumName<DiscountKind> discount_kind_names[] = {{"percent", DiscountKind::percent},
                                                                       {"fixed", DiscountKind::fixed}};
enum class DiscountScope { order, line };
inline constexpr json::EnumName<DiscountScope> discount_scope_names[] = {{"order", DiscountScope::order},
                                                                         {"line", DiscountScope::line}};

struct Discount {
    std::string name;
    DiscountSource source = DiscountSource::manual;
    DiscountKind kind = DiscountKind::percent;
    DiscountScope scope = DiscountScope::order;
    money::BasisPoints rate;              ///< percent
    std::optional<money::Money> amount;   ///< fixed
    std::string item_id;                  ///< line scope
    std::string path;
};

struct QuoteRequest {
    config::ShopConfig config;
    bool urgent = false;
    std::vector<QuoteItem> items;
    std::vector<ServicePrice> services;
    std::optional<documents::LoyaltyTier> customer_tier;
    std::vector<Discount> discounts;
    std::vector<payments::Transaction> payments;
};

enum class Clamp { none, min, max };
inline constexpr json::EnumName<Clamp> clamp_names[] = {{"none", Clamp::none}, {"min", Clamp::min}, {"max", Clamp::max}};

struct ComponentAmount {
    std::string name;
    money::Money amount;
};

struct TaxAmount {
    std::string name;
    bool inclusive;
    money::BasisPoints rate;
    money::Money amount;
    std::vector<ComponentAmount> components;
};

struct QuoteLine {
    LineKind kind;
    std::string item_id;
    std::string service_id;
    std::int64_t quantity;
    money::Money unit_base, add_ons, unit_price;
    Clamp clamp;
    money::Money gross, line_discount, surcharge, order_discount;
    money::Money amount;   ///< gross − line discount + surcharge − order discount (inclusive taxes inside)
    money::Money taxable;  ///< the part taxes are computed on
    std::vector<TaxAmount> taxes;
    money::Money tax_total;  ///< inclusive + exclusive
    money::Money total;      ///< amount + exclusive taxes
};

/// A discount as given, with the value it was worth and whether it counted.
struct DiscountResult {
    Discount discount;
    money::Money value;
    bool applied;
};

struct Explanation {
    std::string code;
    std::string text;
    std::optional<money::Money> amount;
};

struct Quote {
    money::Currency currency;
    std::vector<QuoteLine> lines;
    std::vector<DiscountResult> discounts;
    std::vector<TaxAmount> taxes;  ///< per configured tax, summed over lines
    money::Money subtotal, surcharge_total, discount_total, tax_total, total;
    money::BasisPoints advance_rate;
    money::Money advance_required, amount_paid, remaining;
    std::vector<Explanation> explanations;
};

/// Limits (too_many beyond them).
inline constexpr std::size_t max_items = 200;        ///< serviceItems and customItems, each
inline constexpr std::size_t max_services = 500;
inline constexpr std::size_t max_add_ons = 50;
inline constexpr std::size_t max_discounts = 50;
inline constexpr std::size_t max_tier_prices = 50;

/// Domain issue codes of pricing.quote (inside an invalid_input error).
namespace quote_code {
inline constexpr const char* unknown_service = "unknown_service";      ///< serviceId not among `services`
inline constexpr const char* inactive_service = "inactive_service";    ///< the service has isActive false
inline constexpr const char* unknown_price_tier = "unknown_price_tier";///< tier not in the service's tierPricing
inline constexpr const char* override_not_allowed = "override_not_allowed";
inline constexpr const char* override_without_reason = "override_without_reason";
inline constexpr const char* unknown_item = "unknown_item";            ///< a line discount names no item of the order
inline constexpr const char* currency_mismatch = "currency_mismatch";
inline constexpr const char* amount_overflow = "amount_overflow";      ///< limit_exceeded: sums beyond 2^53 − 1
}  // namespace quote_code

/// Prices the order. Errors: invalid_input (domain issues above, with paths),
/// limit_exceeded (amount_overflow).
Result<Quote> quote(const QuoteRequest& request);

}  // namespace tailor::pricing
