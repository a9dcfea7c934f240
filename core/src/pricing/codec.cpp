#include "tailor/pricing/codec.hpp"

#include "tailor/json/pointer.hpp"
#include "tailor/money/decimal.hpp"
#include "tailor/money/encode.hpp"
#include "tailor/payments/codec.hpp"

namespace tailor::pricing {
namespace {

namespace bj = boost::json;
using json::Presence;
using money::Money;

const json::StringRule id_rule{1, 200};
constexpr std::int64_t max_quantity = 10000;

/// A non-negative amount in `cur`, or nullopt (issue recorded).
std::optional<Money> read_price(const bj::value* v, const std::string& path, json::Issues& issues,
                                const money::Currency& cur) {
    if (!v) return std::nullopt;
    auto m = money::read_amount(*v, path, issues, cur);
    if (m && m->is_negative()) {
        issues.add(path, issue_code::out_of_range, "must not be negative");
        return std::nullopt;
    }
    return m;
}

void check_currency(json::ObjectReader& r, const money::Currency& cur, const std::string& what, json::Issues& issues) {
    const auto* c = r.field("currency", Presence::optional);
    if (!c) return;
    auto code = money::read_currency(*c, r.path_of("currency"), issues);
    if (code && *code != cur)
        issues.add(r.path_of("currency"), quote_code::currency_mismatch,
                   what + " is in " + std::string(code->code()) + " but the shop's currency (config.currency) is " +
                       std::string(cur.code()));
}

/// Reads the items of `items` (serviceItems or customItems): itemId and stage
/// are common, `read_rest` reads the fields of the kind. An item is kept only
/// when it has no issue.
template <class ReadRest>
void read_items(const bj::array& items, const std::string& path, LineKind kind, std::vector<QuoteItem>& out,
                json::Issues& issues, ReadRest read_rest) {
    for (std::size_t i = 0; i < items.size(); ++i) {
        QuoteItem item;
        item.kind = kind;
        item.path = json::pointer_append(path, i);
        const std::size_t before = issues.size();
        json::ObjectReader r(items[i], item.path, issues);
        if (auto v = r.string("itemId", Presence::required, id_rule)) item.item_id = *v;
        read_rest(r, item);
        auto stage = r.enumeration("stage", Presence::optional, documents::item_stage_names);
        item.cancelled = stage && *stage == documents::ItemStage::cancelled;
        if (issues.size() == before) out.push_back(std::move(item));
    }
}

void read_service_items(const bj::array& items, const std::string& path, const money::Currency& cur,
                        std::vector<QuoteItem>& out, json::Issues& issues) {
    read_items(items, path, LineKind::service, out, issues, [&](json::ObjectReader& r, QuoteItem& item) {
        if (auto v = r.string("serviceId", Presence::required, id_rule)) item.service_id = *v;
        if (auto v = r.integer("quantity", Presence::required, 1, max_quantity)) item.quantity = *v;
        item.tier = r.string("tier", Presence::optional, id_rule);
        if (const auto* add_ons = r.array("addOns", Presence::optional, max_add_ons)) {
            for (std::size_t k = 0; k < add_ons->size(); ++k) {
                json::ObjectReader a((*add_ons)[k], json::pointer_append(r.path_of("addOns"), k), issues);
                auto name = a.string("name", Presence::required, id_rule);
                auto price = read_price(a.field("price", Presence::required), a.path_of("price"), issues, cur);
                if (name && price) item.add_ons.push_back(AddOn{*name, *price});
            }
        }
        if (auto o = r.object("priceOverride", Presence::optional)) {
            auto amount = read_price(o->field("amount", Presence::required), o->path_of("amount"), issues, cur);
            auto reason = o->string("reason", Presence::optional, json::StringRule{0, 500});
            if (amount) item.price_override = PriceOverride{*amount, reason.value_or("")};
        }
    });
}

void read_custom_items(const bj::array& items, const std::string& path, const money::Currency& cur,
                       std::vector<QuoteItem>& out, json::Issues& issues) {
    read_items(items, path, LineKind::custom, out, issues, [&](json::ObjectReader& r, QuoteItem& item) {
        item.custom_price = read_price(r.field("price", Presence::required), r.path_of("price"), issues, cur);
    });
}

void read_services(const bj::array& services, const std::string& path, const money::Currency& cur,
                   std::vector<ServicePrice>& out, json::Issues& issues) {
    for (std::size_t i = 0; i < services.size(); ++i) {
        ServicePrice s{"", true, Money::zero(cur), {}, std::nullopt, std::nullopt, json::pointer_append(path, i)};
        const std::size_t before = issues.size();
        json::ObjectReader r(services[i], s.path, issues);
        if (auto v = r.string("serviceId", Presence::required, id_rule)) s.service_id = *v;
        if (auto v = r.boolean("isActive", Presence::required)) s.active = *v;
        if (auto p = r.object("pricing", Presence::required)) {
            check_currency(*p, cur, "the service", issues);
            if (auto b = read_price(p->field("basePrice", Presence::required), p->path_of("basePrice"), issues, cur))
                s.base_price = *b;
            if (auto t = p->object("tierPricing", Presence::optional)) {
                if (t->object()->size() > max_tier_prices)
                    issues.add(t->path(), issue_code::too_many,
                               "must have at most " + std::to_string(max_tier_prices) + " tiers");
                else
                    for (const auto& kv : *t->object()) {
                        const std::string key(kv.key());
                        if (auto price = read_price(&kv.value(), t->path_of(key), issues, cur))
                            s.tier_pricing.emplace_back(key, *price);
                    }
            }
            s.min_price = read_price(p->field("minPrice", Presence::optional), p->path_of("minPrice"), issues, cur);
            s.max_price = read_price(p->field("maxPrice", Presence::optional), p->path_of("maxPrice"), issues, cur);
            if (s.min_price && s.max_price && s.min_price->minor() > s.max_price->minor())
                issues.add(p->path_of("minPrice"), issue_code::inconsistent, "minPrice is above maxPrice");
        }
        if (issues.size() != before) continue;
        for (const auto& other : out)
            if (other.service_id == s.service_id)
                issues.add(json::pointer_append(s.path, "serviceId"), issue_code::duplicate,
                           "service \"" + s.service_id + "\" is listed twice");
        out.push_back(std::move(s));
    }
}

void read_discounts(const bj::array& discounts, const std::string& path, const money::Currency& cur,
                    std::vector<Discount>& out, json::Issues& issues) {
    for (std::size_t i = 0; i < discounts.size(); ++i) {
        Discount d;
        d.path = json::pointer_append(path, i);
        const std::size_t before = issues.size();
        json::ObjectReader r(discounts[i], d.path, issues);
        if (auto v = r.string("name", Presence::required, json::StringRule{1, 100})) d.name = *v;
        if (auto v = r.enumeration("source", Presence::required, discount_source_names)) d.source = *v;
        if (auto v = r.enumeration("kind", Presence::required, discount_kind_names)) d.kind = *v;
        if (auto v = r.enumeration("scope", Presence::optional, discount_scope_names)) d.scope = *v;
        const bool percent = d.kind == DiscountKind::percent;
        if (auto v = money::read_bps(r, "rateBps", percent ? Presence::required : Presence::optional)) d.rate = *v;
        d.amount = read_price(r.field("amount", percent ? Presence::optional : Presence::required), r.path_of("amount"),
                              issues, cur);
        if (percent && r.has("amount"))
            issues.add(r.path_of("amount"), issue_code::inconsistent, "a percent discount has rateBps, not amount");
        if (!percent && r.has("rateBps"))
            issues.add(r.path_of("rateBps"), issue_code::inconsistent, "a fixed discount has amount, not rateBps");
        const bool line = d.scope == DiscountScope::line;
        if (auto v = r.string("itemId", line ? Presence::required : Presence::optional, id_rule)) d.item_id = *v;
        if (!line && r.has("itemId"))
            issues.add(r.path_of("itemId"), issue_code::inconsistent, "an order-level discount names no item");
        r.finish();
        if (issues.size() == before) out.push_back(std::move(d));
    }
}

bj::value tax_json(const TaxAmount& t) {
    bj::object o;
    o.emplace("name", t.name);
    o.emplace("inclusive", t.inclusive);
    o.emplace("rateBps", t.rate.value);
    o.emplace("amount", money::to_json(t.amount));
    bj::array comps;
    for (const auto& c : t.components) comps.emplace_back(bj::object{{"name", c.name}, {"amount", money::to_json(c.amount)}});
    o.emplace("components", std::move(comps));
    return bj::value(std::move(o));
}

}  // namespace

std::optional<QuoteRequest> read_quote_request(const bj::value& input, json::Issues& issues) {
    QuoteRequest req;
    json::ObjectReader r(input, "", issues);
    if (!r.valid()) return std::nullopt;
    if (const auto* c = r.field("config", Presence::required)) req.config = config::read_shop_config(*c, "/config", issues);
    const money::Currency cur = req.config.root.currency;
    if (auto o = r.object("order", Presence::required)) {
        if (const auto* items = o->array("serviceItems", Presence::optional, max_items))
            read_service_items(*items, o->path_of("serviceItems"), cur, req.items, issues);
        if (const auto* items = o->array("customItems", Presence::optional, max_items))
            read_custom_items(*items, o->path_of("customItems"), cur, req.items, issues);
        if (auto t = o->object("timeline", Presence::optional))
            if (auto u = t->boolean("urgent", Presence::optional)) req.urgent = *u;
        if (auto p = o->object("pricing", Presence::optional)) check_currency(*p, cur, "the order", issues);
    }
    if (const auto* services = r.array("services", Presence::required, max_services))
        read_services(*services, "/services", cur, req.services, issues);
    if (auto c = r.object("customer", Presence::optional))
        if (auto l = c->object("loyalty", Presence::optional))
            req.customer_tier = l->enumeration("tier", Presence::optional, documents::loyalty_tier_names);
    if (const auto* d = r.array("discounts", Presence::optional, max_discounts))
        read_discounts(*d, "/discounts", cur, req.discounts, issues);
    if (const auto* p = r.array("payments", Presence::optional, payments::max_transactions))
        req.payments = payments::read_transactions(*p, "/payments", cur, issues);
    r.finish();
    if (!issues.empty()) return std::nullopt;
    return req;
}

bj::value quote_to_json(const Quote& q) {
    bj::object out;
    out.emplace("currency", q.currency.code());
    bj::array lines;
    for (const auto& l : q.lines) {
        bj::object o;
        o.emplace("itemId", l.item_id);
        o.emplace("kind", json::enum_name(l.kind, line_kind_names));
        if (l.kind == LineKind::service) o.emplace("serviceId", l.service_id);
        else o.emplace("serviceId", nullptr);
        o.emplace("quantity", l.quantity);
        o.emplace("unitBase", money::to_json(l.unit_base));
        o.emplace("addOns", money::to_json(l.add_ons));
        o.emplace("unitPrice", money::to_json(l.unit_price));
        o.emplace("clamped", json::enum_name(l.clamp, clamp_names));
        o.emplace("gross", money::to_json(l.gross));
        o.emplace("lineDiscount", money::to_json(l.line_discount));
        o.emplace("surcharge", money::to_json(l.surcharge));
        o.emplace("orderDiscount", money::to_json(l.order_discount));
        o.emplace("amount", money::to_json(l.amount));
        o.emplace("taxable", money::to_json(l.taxable));
        bj::array taxes;
        for (const auto& t : l.taxes) taxes.emplace_back(tax_json(t));
        o.emplace("taxes", std::move(taxes));
        o.emplace("taxTotal", money::to_json(l.tax_total));
        o.emplace("total", money::to_json(l.total));
        lines.emplace_back(std::move(o));
    }
    out.emplace("lines", std::move(lines));
    bj::array discounts;
    for (const auto& r : q.discounts) {
        const Discount& d = r.discount;
        bj::object o;
        o.emplace("name", d.name);
        o.emplace("source", json::enum_name(d.source, discount_source_names));
        o.emplace("kind", json::enum_name(d.kind, discount_kind_names));
        o.emplace("scope", json::enum_name(d.scope, discount_scope_names));
        if (d.scope == DiscountScope::line) o.emplace("itemId", d.item_id);
        else o.emplace("itemId", nullptr);
        if (d.kind == DiscountKind::percent) o.emplace("rateBps", d.rate.value);
        else o.emplace("rateBps", nullptr);
        o.emplace("value", money::to_json(r.value));
        o.emplace("applied", r.applied);
        discounts.emplace_back(std::move(o));
    }
    out.emplace("discounts", std::move(discounts));
    bj::array taxes;
    for (const auto& t : q.taxes) taxes.emplace_back(tax_json(t));
    out.emplace("taxes", std::move(taxes));
    out.emplace("subtotal", money::to_json(q.subtotal));
    out.emplace("surchargeTotal", money::to_json(q.surcharge_total));
    out.emplace("discountTotal", money::to_json(q.discount_total));
    out.emplace("taxTotal", money::to_json(q.tax_total));
    out.emplace("total", money::to_json(q.total));
    out.emplace("advanceBps", q.advance_rate.value);
    out.emplace("advanceRequired", money::to_json(q.advance_required));
    out.emplace("amountPaid", money::to_json(q.amount_paid));
    out.emplace("remainingAmount", money::to_json(q.remaining));
    bj::array why;
    for (const auto& e : q.explanations) {
        bj::object o;
        o.emplace("code", e.code);
        o.emplace("text", e.text);
        if (e.amount) o.emplace("amount", money::to_json(*e.amount));
        else o.emplace("amount", nullptr);
        why.emplace_back(std::move(o));
    }
    out.emplace("explanations", std::move(why));
    return bj::value(std::move(out));
}

}  // namespace tailor::pricing
