#include "tailor/loyalty/config.hpp"

#include "tailor/json/pointer.hpp"

namespace tailor::loyalty {
namespace {

namespace bj = boost::json;
using documents::LoyaltyTier;
using json::Presence;

/// Largest threshold accepted (points or whole major units).
constexpr std::int64_t max_threshold = 1000000000000;  // 10^12

}  // namespace

LoyaltyConfig read_loyalty_config(const bj::value* section, const std::string& path, json::Issues& issues) {
    LoyaltyConfig cfg;
    if (!section) return cfg;
    json::ObjectReader r(*section, path, issues);
    if (!r.valid()) return cfg;
    if (auto q = r.enumeration("qualifyBy", Presence::optional, qualify_by_names)) cfg.qualify_by = *q;
    if (auto p = money::read_bps(r, "pointsRateBps", Presence::optional, money::max_bps)) cfg.points_rate = *p;
    if (const auto* tiers = r.array("tiers", Presence::optional, 4)) {
        // Exactly the four tiers, lowest first, so every customer tier has a row.
        if (tiers->size() != 4)
            issues.add(r.path_of("tiers"), issue_code::inconsistent,
                       "must list the four tiers bronze, silver, gold, platinum in that order");
        for (std::size_t i = 0; i < tiers->size(); ++i) {
            const std::string tpath = json::pointer_append(r.path_of("tiers"), i);
            json::ObjectReader t((*tiers)[i], tpath, issues);
            auto tier = t.enumeration("tier", Presence::required, documents::loyalty_tier_names);
            auto min_points = t.integer("minPoints", Presence::optional, 0, max_threshold);
            auto min_spend = t.integer("minSpend", Presence::optional, 0, max_threshold);
            auto discount = money::read_bps(t, "discountBps", Presence::optional);
            auto bonus = money::read_bps(t, "bonusBps", Presence::optional, money::max_bps);
            t.finish();
            if (!tier) continue;
            if (static_cast<std::size_t>(*tier) != i) {
                issues.add(json::pointer_append(tpath, "tier"), issue_code::inconsistent,
                           "tiers must be listed bronze, silver, gold, platinum in that order");
                continue;
            }
            TierConfig& row = cfg.tiers[i];
            if (min_points) row.min_points = *min_points;
            if (min_spend) row.min_spend = *min_spend;
            if (discount) row.discount = *discount;
            if (bonus) row.bonus = *bonus;
        }
    }
    r.finish();
    // Thresholds: bronze at 0, never decreasing (rows not given keep their defaults).
    for (std::size_t i = 0; i < 4; ++i) {
        const std::string tpath = json::pointer_append(r.path_of("tiers"), i);
        const auto& row = cfg.tiers[i];
        if (i == 0 && (row.min_points != 0 || row.min_spend != 0))
            issues.add(tpath, issue_code::inconsistent, "bronze is the entry tier: minPoints and minSpend must be 0");
        if (i > 0 && (row.min_points < cfg.tiers[i - 1].min_points || row.min_spend < cfg.tiers[i - 1].min_spend))
            issues.add(tpath, issue_code::inconsistent, "thresholds must not decrease from one tier to the next");
    }
    return cfg;
}

bj::value loyalty_config_to_json(const LoyaltyConfig& cfg) {
    bj::object out;
    out.emplace("qualifyBy", json::enum_name(cfg.qualify_by, qualify_by_names));
    out.emplace("pointsRateBps", cfg.points_rate.value);
    bj::array tiers;
    for (const auto& t : cfg.tiers) {
        bj::object row;
        row.emplace("tier", json::enum_name(t.tier, documents::loyalty_tier_names));
        row.emplace("minPoints", t.min_points);
        row.emplace("minSpend", t.min_spend);
        row.emplace("discountBps", t.discount.value);
        row.emplace("bonusBps", t.bonus.value);
        tiers.emplace_back(std::move(row));
    }
    out.emplace("tiers", std::move(tiers));
    return bj::value(std::move(out));
}

}  // namespace tailor::loyalty
