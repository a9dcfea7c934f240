#include "tailor/payments/config.hpp"

namespace tailor::payments {
namespace {
namespace bj = boost::json;
using json::Presence;
}  // namespace

PaymentsConfig read_payments_config(const bj::value* section, const std::string& path, json::Issues& issues) {
    PaymentsConfig cfg;
    if (!section) return cfg;
    json::ObjectReader r(*section, path, issues);
    if (!r.valid()) return cfg;
    if (auto a = r.object("advance", Presence::optional)) {
        if (auto v = money::read_bps(*a, "standardBps", Presence::optional)) cfg.advance_standard = *v;
        if (auto v = money::read_bps(*a, "urgentBps", Presence::optional)) cfg.advance_urgent = *v;
        if (auto t = a->object("byTierBps", Presence::optional)) {
            for (const auto& n : documents::loyalty_tier_names)
                if (auto v = money::read_bps(*t, n.name, Presence::optional))
                    cfg.advance_by_tier[static_cast<std::size_t>(n.value)] = *v;
            t->finish();
        }
        if (auto c = a->enumeration("combine", Presence::optional, advance_combine_names)) cfg.combine = *c;
        if (auto m = a->enumeration("rounding", Presence::optional, money::rounding_names)) cfg.advance_rounding = *m;
        a->finish();
    }
    r.finish();
    return cfg;
}

bj::value payments_config_to_json(const PaymentsConfig& cfg) {
    bj::object tiers;
    for (const auto& n : documents::loyalty_tier_names)
        tiers.emplace(n.name, cfg.advance_by_tier[static_cast<std::size_t>(n.value)].value);
    bj::object advance;
    advance.emplace("standardBps", cfg.advance_standard.value);
    advance.emplace("urgentBps", cfg.advance_urgent.value);
    advance.emplace("byTierBps", std::move(tiers));
    advance.emplace("combine", json::enum_name(cfg.combine, advance_combine_names));
    advance.emplace("rounding", money::rounding_name(cfg.advance_rounding));
    bj::object out;
    out.emplace("advance", std::move(advance));
    return bj::value(std::move(out));
}

money::BasisPoints advance_rate(const PaymentsConfig& cfg, bool urgent, const documents::LoyaltyTier* tier) {
    const money::BasisPoints by_urgency = urgent ? cfg.advance_urgent : cfg.advance_standard;
    if (!tier) return by_urgency;
    const money::BasisPoints by_tier = cfg.advance_by_tier[static_cast<std::size_t>(*tier)];
    if (cfg.combine == AdvanceCombine::lower) return by_tier < by_urgency ? by_tier : by_urgency;
    return by_urgency < by_tier ? by_tier : by_urgency;
}

}  // namespace tailor::payments
