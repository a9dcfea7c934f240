#include "tailor/pricing/quote.hpp"

#include <algorithm>

#include "tailor/json/pointer.hpp"
#include "tailor/json/reader.hpp"
#include "tailor/money/allocation.hpp"

namespace tailor::pricing {
namespace {

using money::Money;
using money::Rounding;

/// Checked int64 arithmetic on minor units that remembers any overflow, so the
/// pipeline reads straight and fails once at the end (never wraps).
struct Minor {
    bool overflow = false;
    std::int64_t add(std::int64_t a, std::int64_t b) { return check(money::checked_add(a, b)); }
    std::int64_t sub(std::int64_t a, std::int64_t b) { return check(money::checked_add(a, -b)); }
    std::int64_t mul(std::int64_t a, std::int64_t b) { return check(money::checked_mul(a, b)); }
    std::int64_t ratio(std::int64_t a, std::int64_t num, std::int64_t den, Rounding m) {
        return check(money::mul_div_rounded(a, num, den, m));
    }
    std::int64_t check(std::optional<std::int64_t> v) {
        if (!v) overflow = true;
        return v.value_or(0);
    }
};

/// "5%", "2.5%", "0.01%" for a rate in basis points.
std::string percent_text(money::BasisPoints rate) {
    std::string s = money::format_minor(rate.value, 2);
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
    return s + "%";
}

Error overflow_error() {
    return Error{error_code::limit_exceeded, "the quote's amounts exceed the supported range",
                 {Issue{"", quote_code::amount_overflow, "an amount exceeds 9007199254740991 minor units"}}};
}

const ServicePrice* find_service(const std::vector<ServicePrice>& services, const std::string& id) {
    for (const auto& s : services)
        if (s.service_id == id) return &s;
    return nullptr;
}

/// A line while it is being priced (minor units).
struct Work {
    const QuoteItem* item;
    std::int64_t unit_base = 0, add_ons = 0, unit_price = 0, gross = 0;
    Clamp clamp = Clamp::none;
    std::int64_t line_discount = 0, surcharge = 0, base = 0, order_discount = 0, amount = 0, taxable = 0;
};

}  // namespace

Result<Quote> quote(const QuoteRequest& req) {
    const auto& pc = req.config.pricing;
    const money::Currency cur = req.config.root.currency;
    const Rounding rounding = pc.rounding;
    const auto money_of = [&](std::int64_t m) { return *Money::of_minor(m, cur); };
    json::Issues issues;
    Minor mx;
    std::vector<Explanation> why;
    const auto explain = [&](std::string code, std::string text, std::optional<std::int64_t> amount) {
        why.push_back(Explanation{std::move(code), std::move(text),
                                  amount ? std::optional<Money>(money_of(*amount)) : std::nullopt});
    };

    // ---- 1–2. unit prices and gross amounts --------------------------------
    std::vector<Work> lines;
    for (std::size_t i = 0; i < req.items.size(); ++i) {
        const QuoteItem& item = req.items[i];
        for (std::size_t j = 0; j < i; ++j)
            if (req.items[j].item_id == item.item_id)
                issues.add(json::pointer_append(item.path, "itemId"), issue_code::duplicate,
                           "itemId \"" + item.item_id + "\" is used by another item");
        if (item.cancelled) {
            explain("cancelled_item_excluded", "item " + item.item_id + " is cancelled and not priced", std::nullopt);
            continue;
        }
        Work w;
        w.item = &item;
        const ServicePrice* service = nullptr;
        if (item.kind == LineKind::service) {
            service = find_service(req.services, item.service_id);
            if (!service) {
                issues.add(json::pointer_append(item.path, "serviceId"), quote_code::unknown_service,
                           "service \"" + item.service_id + "\" is not among the services passed");
                continue;
            }
            if (!service->active) {
                issues.add(json::pointer_append(item.path, "serviceId"), quote_code::inactive_service,
                           "service \"" + item.service_id + "\" is not active");
                continue;
            }
        }
        if (item.price_override) {
            const std::string opath = json::pointer_append(item.path, "priceOverride");
            if (!pc.overrides_allowed) {
                issues.add(opath, quote_code::override_not_allowed, "this shop does not allow price overrides");
                continue;
            }
            if (pc.override_requires_reason && item.price_override->reason.empty()) {
                issues.add(json::pointer_append(opath, "reason"), quote_code::override_without_reason,
                           "a price override needs a reason");
                continue;
            }
            w.unit_base = item.price_override->amount.minor();
            explain("price_override",
                    "item " + item.item_id + ": unit price overridden to " + item.price_override->amount.to_decimal_string() +
                        (item.price_override->reason.empty() ? std::string() : " (" + item.price_override->reason + ")"),
                    w.unit_base);
        } else if (item.kind == LineKind::custom) {
            if (!item.custom_price) {  // only a hand-built typed request can lack it
                issues.add(json::pointer_append(item.path, "price"), issue_code::required, "a custom item needs a price");
                continue;
            }
            w.unit_base = item.custom_price->minor();
        } else if (item.tier) {
            auto it = std::find_if(service->tier_pricing.begin(), service->tier_pricing.end(),
                                   [&](const auto& p) { return p.first == *item.tier; });
            if (it == service->tier_pricing.end()) {
                issues.add(json::pointer_append(item.path, "tier"), quote_code::unknown_price_tier,
                           "service \"" + service->service_id + "\" has no tierPricing entry \"" + *item.tier + "\"");
                continue;
            }
            w.unit_base = it->second.minor();
            explain("tier_price", "item " + item.item_id + ": " + *item.tier + " price of " + service->service_id, w.unit_base);
        } else {
            w.unit_base = service->base_price.minor();
        }
        for (const auto& a : item.add_ons) w.add_ons = mx.add(w.add_ons, a.price.minor());
        w.unit_price = mx.add(w.unit_base, w.add_ons);
        if (service && !item.price_override) {
            if (service->min_price && w.unit_price < service->min_price->minor()) {
                w.unit_price = service->min_price->minor();
                w.clamp = Clamp::min;
                explain("clamped_to_min", "item " + item.item_id + ": unit price raised to the service minimum",
                        w.unit_price);
            } else if (service->max_price && w.unit_price > service->max_price->minor()) {
                w.unit_price = service->max_price->minor();
                w.clamp = Clamp::max;
                explain("clamped_to_max", "item " + item.item_id + ": unit price lowered to the service maximum",
                        w.unit_price);
            }
        }
        w.gross = mx.mul(w.unit_price, item.quantity);
        lines.push_back(w);
    }
    for (const auto& d : req.discounts) {
        if (d.kind == DiscountKind::fixed && !d.amount)
            issues.add(json::pointer_append(d.path, "amount"), issue_code::required, "a fixed discount needs an amount");
        if (d.scope != DiscountScope::line) continue;
        const bool exists = std::any_of(req.items.begin(), req.items.end(),
                                        [&](const QuoteItem& item) { return item.item_id == d.item_id; });
        const bool priced = std::any_of(lines.begin(), lines.end(), [&](const Work& w) { return w.item->item_id == d.item_id; });
        if (!exists)
            issues.add(json::pointer_append(d.path, "itemId"), quote_code::unknown_item,
                       "no item of the order has itemId \"" + d.item_id + "\"");
        else if (!priced)  // the item is cancelled: its discount has nothing to reduce
            explain("discount_not_applied", d.name + " not applied: item " + d.item_id + " is cancelled", std::nullopt);
    }
    if (!issues.empty()) return issues.to_error("the order cannot be priced");

    std::vector<DiscountResult> discount_results;
    const auto discount_label = [](const Discount& d) {
        return d.kind == DiscountKind::percent ? d.name + " −" + percent_text(d.rate) : d.name;
    };
    const auto source_code = [](const Discount& d) {
        return std::string(json::enum_name(d.source, discount_source_names)) + "_discount";
    };

    // ---- 3–4. line discounts and the urgency surcharge ---------------------
    for (auto& w : lines) {
        std::int64_t raw = 0;
        for (const auto& d : req.discounts) {
            if (d.scope != DiscountScope::line || d.item_id != w.item->item_id) continue;
            const std::int64_t v = d.kind == DiscountKind::percent ? mx.ratio(w.gross, d.rate.value, money::bps_per_unit, rounding)
                                                                   : d.amount->minor();
            raw = mx.add(raw, v);
            discount_results.push_back(DiscountResult{d, money_of(std::min(v, w.gross)), true});
            explain(source_code(d), discount_label(d) + " on item " + w.item->item_id, v);
        }
        w.line_discount = std::min(raw, w.gross);
        if (raw > w.gross)
            explain("line_discount_clamped", "item " + w.item->item_id + ": discounts limited to the line amount",
                    w.line_discount);
        if (req.urgent)
            w.surcharge = mx.ratio(w.gross - w.line_discount, pc.urgency_surcharge.value, money::bps_per_unit, rounding);
        w.base = mx.add(w.gross - w.line_discount, w.surcharge);
    }
    std::int64_t surcharge_total = 0, order_base = 0;
    for (const auto& w : lines) {
        surcharge_total = mx.add(surcharge_total, w.surcharge);
        order_base = mx.add(order_base, w.base);
    }
    if (req.urgent)
        explain("urgency_surcharge",
                "urgent order +" + percent_text(pc.urgency_surcharge) +
                    (pc.urgency_surcharge_taxable ? std::string() : " (not taxed)"),
                surcharge_total);

    // ---- 5. order-level discounts -------------------------------------------
    std::vector<Discount> order_discounts;
    for (const auto& d : req.discounts)
        if (d.scope == DiscountScope::order) order_discounts.push_back(d);
    if (req.customer_tier) {
        const auto& tier = req.config.loyalty.tier(*req.customer_tier);
        if (tier.discount.value > 0) {
            Discount d;
            d.name = "loyalty " + std::string(json::enum_name(*req.customer_tier, documents::loyalty_tier_names));
            d.source = DiscountSource::loyalty;
            d.kind = DiscountKind::percent;
            d.rate = tier.discount;
            order_discounts.push_back(d);
        }
    }
    std::vector<std::int64_t> values;
    for (const auto& d : order_discounts)
        values.push_back(d.kind == DiscountKind::percent ? mx.ratio(order_base, d.rate.value, money::bps_per_unit, rounding)
                                                         : std::min(d.amount->minor(), order_base));
    std::int64_t order_discount = 0;
    std::size_t best = 0;
    for (std::size_t j = 1; j < values.size(); ++j)
        if (values[j] > values[best]) best = j;  // ties: the earlier discount
    for (std::size_t j = 0; j < order_discounts.size(); ++j) {
        const Discount& d = order_discounts[j];
        const bool applied = pc.order_discount_stacking == DiscountStacking::additive || j == best;
        discount_results.push_back(DiscountResult{d, money_of(values[j]), applied});
        if (applied) {
            order_discount = mx.add(order_discount, values[j]);
            explain(source_code(d), discount_label(d) + " on the order", values[j]);
        } else {
            explain("discount_not_applied",
                    d.name + " not applied: order-level discounts do not stack (best_only), " +
                        order_discounts[best].name +
                        (values[j] < values[best] ? " is worth more" : " is worth as much and is listed first"),
                    values[j]);
        }
    }
    if (order_discount > order_base) {
        order_discount = order_base;
        explain("order_discount_clamped", "order discounts limited to the order amount", order_discount);
    }
    if (!lines.empty()) {
        std::vector<std::int64_t> weights;
        for (const auto& w : lines) weights.push_back(w.base);
        auto parts = money::allocate(order_discount, weights);
        if (!parts) return overflow_error();  // only when the weights overflow
        for (std::size_t i = 0; i < lines.size(); ++i) lines[i].order_discount = (*parts)[i];
    }

    // ---- 6. taxes per line ---------------------------------------------------
    std::int64_t inclusive_rate = 0;
    std::vector<std::int64_t> inclusive_rates;
    for (const auto& t : pc.taxes)
        if (t.inclusive) {
            inclusive_rate += t.rate.value;
            inclusive_rates.push_back(t.rate.value);
        }
    std::vector<QuoteLine> out_lines;
    std::vector<TaxAmount> tax_totals;
    for (const auto& t : pc.taxes) {
        TaxAmount sum{t.name, t.inclusive, t.rate, Money::zero(cur), {}};
        for (const auto& c : t.components) sum.components.push_back(ComponentAmount{c.name, Money::zero(cur)});
        tax_totals.push_back(sum);
    }
    std::int64_t subtotal = 0, discount_total = 0, tax_total = 0, total = 0;
    for (auto& w : lines) {
        w.amount = w.base - w.order_discount;
        w.taxable = pc.urgency_surcharge_taxable ? w.amount : std::max<std::int64_t>(0, w.amount - w.surcharge);
        std::int64_t net = w.taxable;
        std::vector<std::int64_t> inclusive_parts;
        if (!inclusive_rates.empty()) {  // even at 0 bps: every inclusive tax gets its (zero) part
            net = mx.ratio(w.taxable, money::bps_per_unit, money::bps_per_unit + inclusive_rate, rounding);
            auto parts = money::allocate(w.taxable - net, inclusive_rates);
            if (!parts) return overflow_error();
            inclusive_parts = *parts;
        }
        QuoteLine line{w.item->kind, w.item->item_id, w.item->service_id, w.item->quantity,
                       money_of(w.unit_base), money_of(w.add_ons), money_of(w.unit_price), w.clamp,
                       money_of(w.gross), money_of(w.line_discount), money_of(w.surcharge), money_of(w.order_discount),
                       money_of(w.amount), money_of(w.taxable), {}, Money::zero(cur), Money::zero(cur)};
        std::int64_t line_tax = 0, exclusive = 0;
        std::size_t next_inclusive = 0;
        for (std::size_t k = 0; k < pc.taxes.size(); ++k) {
            const TaxConfig& t = pc.taxes[k];
            const std::int64_t amount = t.inclusive ? inclusive_parts[next_inclusive++]
                                                    : mx.ratio(net, t.rate.value, money::bps_per_unit, rounding);
            TaxAmount tax{t.name, t.inclusive, t.rate, money_of(amount), {}};
            if (!t.components.empty()) {
                std::int64_t given = 0;
                std::size_t remainder_index = 0;
                for (std::size_t c = 0; c < t.components.size(); ++c) {
                    const std::int64_t part =
                        t.rate.value == 0 ? 0 : mx.ratio(amount, t.components[c].rate.value, t.rate.value, Rounding::toward_zero);
                    if (t.components[c].name == t.remainder_to) remainder_index = c;
                    tax.components.push_back(ComponentAmount{t.components[c].name, money_of(part)});
                    given += part;
                }
                tax.components[remainder_index].amount = money_of(tax.components[remainder_index].amount.minor() + amount - given);
            }
            line_tax = mx.add(line_tax, amount);
            if (!t.inclusive) exclusive = mx.add(exclusive, amount);
            auto& sum = tax_totals[k];
            sum.amount = money_of(mx.add(sum.amount.minor(), amount));
            for (std::size_t c = 0; c < tax.components.size(); ++c)
                sum.components[c].amount = money_of(mx.add(sum.components[c].amount.minor(), tax.components[c].amount.minor()));
            line.taxes.push_back(std::move(tax));
        }
        line.tax_total = money_of(line_tax);
        line.total = money_of(mx.add(w.amount, exclusive));
        subtotal = mx.add(subtotal, w.gross);
        discount_total = mx.add(discount_total, mx.add(w.line_discount, w.order_discount));
        tax_total = mx.add(tax_total, line_tax);
        total = mx.add(total, line.total.minor());
        out_lines.push_back(std::move(line));
        if (mx.overflow) return overflow_error();
    }
    for (const auto& t : tax_totals) {
        std::string text = t.name + " " + percent_text(t.rate) + (t.inclusive ? " included in prices" : " added");
        for (const auto& c : t.components) text += ", " + c.name + " " + c.amount.to_decimal_string();
        explain(t.inclusive ? "tax_included" : "tax", text, t.amount.minor());
    }

    // ---- 7. advance and payments ---------------------------------------------
    const documents::LoyaltyTier* tier = req.customer_tier ? &*req.customer_tier : nullptr;
    const money::BasisPoints advance_rate = payments::advance_rate(req.config.payments, req.urgent, tier);
    const std::int64_t advance =
        mx.ratio(total, advance_rate.value, money::bps_per_unit, req.config.payments.advance_rounding);
    if (mx.overflow) return overflow_error();
    explain("advance",
            "advance " + percent_text(advance_rate) + " of the total (" + (req.urgent ? "urgent" : "standard") +
                (tier ? std::string(" order, ") + std::string(json::enum_name(*tier, documents::loyalty_tier_names)) +
                            " customer, " + json::enum_name(req.config.payments.combine, payments::advance_combine_names).data() +
                            " rate wins)"
                      : std::string(" order)")),
            advance);
    auto paid = payments::summarize(money_of(total), req.payments);
    if (!paid) return paid.error();
    const std::int64_t net_paid = paid.value().net_paid.minor();
    if (!req.payments.empty()) explain("amount_paid", "net of succeeded charges and refunds", net_paid);

    Quote q{cur,
            std::move(out_lines),
            std::move(discount_results),
            std::move(tax_totals),
            money_of(subtotal),
            money_of(surcharge_total),
            money_of(discount_total),
            money_of(tax_total),
            money_of(total),
            advance_rate,
            money_of(advance),
            money_of(net_paid),
            money_of(total - net_paid),
            std::move(why)};
    return q;
}

}  // namespace tailor::pricing
