#include "tailor/pricing/config.hpp"

#include <algorithm>

#include "tailor/json/pointer.hpp"

namespace tailor::pricing {
namespace {

namespace bj = boost::json;
using json::Presence;
using money::BasisPoints;

const json::StringRule name_rule{1, 40};

std::optional<TaxConfig> read_tax(const bj::value& v, const std::string& path, json::Issues& issues) {
    const std::size_t before = issues.size();
    json::ObjectReader r(v, path, issues);
    TaxConfig tax;
    if (auto name = r.string("name", Presence::required, name_rule)) tax.name = *name;
    if (auto rate = money::read_bps(r, "rateBps", Presence::required)) tax.rate = *rate;
    if (auto inclusive = r.boolean("inclusive", Presence::optional)) tax.inclusive = *inclusive;
    if (auto split = r.object("split", Presence::optional)) {
        if (const auto* comps = split->array("components", Presence::required, max_tax_components)) {
            if (comps->size() < 2)
                issues.add(split->path_of("components"), issue_code::too_short, "a split has at least 2 components");
            for (std::size_t i = 0; i < comps->size(); ++i) {
                const std::string cpath = json::pointer_append(split->path_of("components"), i);
                json::ObjectReader c((*comps)[i], cpath, issues);
                TaxComponent comp;
                auto name = c.string("name", Presence::required, name_rule);
                auto rate = money::read_bps(c, "rateBps", Presence::required);
                c.finish();
                if (!name || !rate) continue;
                comp.name = *name;
                comp.rate = *rate;
                for (const auto& other : tax.components)
                    if (other.name == comp.name)
                        issues.add(json::pointer_append(cpath, "name"), issue_code::duplicate,
                                   "component names must be unique within a tax");
                tax.components.push_back(comp);
            }
        }
        auto remainder_to = split->string("remainderTo", Presence::required, name_rule);
        split->finish();
        if (issues.size() == before) {
            std::int64_t sum = 0;
            for (const auto& c : tax.components) sum += c.rate.value;
            if (sum != tax.rate.value)
                issues.add(split->path_of("components"), issue_code::inconsistent,
                           "component rates must add up to the tax's rateBps (" + std::to_string(sum) +
                               " ≠ " + std::to_string(tax.rate.value) + ")");
            const bool named = std::any_of(tax.components.begin(), tax.components.end(),
                                           [&](const TaxComponent& c) { return c.name == *remainder_to; });
            if (!named)
                issues.add(split->path_of("remainderTo"), issue_code::inconsistent,
                           "must name one of the components");
            tax.remainder_to = *remainder_to;
        }
    }
    r.finish();
    if (issues.size() != before) return std::nullopt;
    return tax;
}

}  // namespace

PricingConfig read_pricing_config(const bj::value* section, const std::string& path, json::Issues& issues) {
    PricingConfig cfg;
    if (!section) return cfg;
    json::ObjectReader r(*section, path, issues);
    if (!r.valid()) return cfg;
    if (auto m = r.enumeration("rounding", Presence::optional, money::rounding_names)) cfg.rounding = *m;
    if (const auto* taxes = r.array("taxes", Presence::optional, max_taxes)) {
        for (std::size_t i = 0; i < taxes->size(); ++i) {
            const std::string tpath = json::pointer_append(r.path_of("taxes"), i);
            auto tax = read_tax((*taxes)[i], tpath, issues);
            if (!tax) continue;
            for (const auto& other : cfg.taxes)
                if (other.name == tax->name)
                    issues.add(json::pointer_append(tpath, "name"), issue_code::duplicate, "tax names must be unique");
            cfg.taxes.push_back(std::move(*tax));
        }
    }
    if (auto u = r.object("urgency", Presence::optional)) {
        if (auto s = money::read_bps(*u, "surchargeBps", Presence::optional, money::max_bps)) cfg.urgency_surcharge = *s;
        if (auto t = u->boolean("taxable", Presence::optional)) cfg.urgency_surcharge_taxable = *t;
        u->finish();
    }
    if (auto d = r.object("discounts", Presence::optional)) {
        if (auto s = d->enumeration("orderLevelStacking", Presence::optional, discount_stacking_names))
            cfg.order_discount_stacking = *s;
        if (auto m = d->object("maxBpsByRole", Presence::optional)) {
            if (auto v = money::read_bps(*m, "customer", Presence::optional)) cfg.max_discount_customer = *v;
            if (auto v = money::read_bps(*m, "employee", Presence::optional)) cfg.max_discount_employee = *v;
            if (auto v = money::read_bps(*m, "admin", Presence::optional)) cfg.max_discount_admin = *v;
            m->finish();
        }
        d->finish();
    }
    if (auto o = r.object("priceOverrides", Presence::optional)) {
        if (auto a = o->boolean("allowed", Presence::optional)) cfg.overrides_allowed = *a;
        if (auto q = o->boolean("requireReason", Presence::optional)) cfg.override_requires_reason = *q;
        o->finish();
    }
    r.finish();
    return cfg;
}

bj::value pricing_config_to_json(const PricingConfig& cfg) {
    bj::object out;
    out.emplace("rounding", money::rounding_name(cfg.rounding));
    bj::array taxes;
    for (const auto& t : cfg.taxes) {
        bj::object tax;
        tax.emplace("name", t.name);
        tax.emplace("rateBps", t.rate.value);
        tax.emplace("inclusive", t.inclusive);
        if (t.components.empty()) {
            tax.emplace("split", nullptr);
        } else {
            bj::array comps;
            for (const auto& c : t.components) comps.emplace_back(bj::object{{"name", c.name}, {"rateBps", c.rate.value}});
            bj::object split;
            split.emplace("components", std::move(comps));
            split.emplace("remainderTo", t.remainder_to);
            tax.emplace("split", std::move(split));
        }
        taxes.emplace_back(std::move(tax));
    }
    out.emplace("taxes", std::move(taxes));
    bj::object urgency;
    urgency.emplace("surchargeBps", cfg.urgency_surcharge.value);
    urgency.emplace("taxable", cfg.urgency_surcharge_taxable);
    out.emplace("urgency", std::move(urgency));
    bj::object roles;
    roles.emplace("customer", cfg.max_discount_customer.value);
    roles.emplace("employee", cfg.max_discount_employee.value);
    roles.emplace("admin", cfg.max_discount_admin.value);
    bj::object discounts;
    discounts.emplace("orderLevelStacking", json::enum_name(cfg.order_discount_stacking, discount_stacking_names));
    discounts.emplace("maxBpsByRole", std::move(roles));
    out.emplace("discounts", std::move(discounts));
    bj::object overrides;
    overrides.emplace("allowed", cfg.overrides_allowed);
    overrides.emplace("requireReason", cfg.override_requires_reason);
    out.emplace("priceOverrides", std::move(overrides));
    return bj::value(std::move(out));
}

}  // namespace tailor::pricing
