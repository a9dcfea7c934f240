// tailor/loyalty/config.hpp — the `loyalty` section of the shop configuration.
//
// Four tiers (bronze < silver < gold < platinum), each reached at a lifetime
// threshold — lifetime points or lifetime spend, chosen by `qualify_by` — and
// each giving an order discount and a bonus on points earned. Points are
// earned at `points_rate` per major currency unit (in basis points of a point:
// 100 = one point per 100 units).
#pragma once

#include <array>
#include <cstdint>
#include <string>

#include <boost/json/value.hpp>

#include "tailor/documents/enums.hpp"
#include "tailor/json/reader.hpp"
#include "tailor/money/rounding.hpp"

namespace tailor::loyalty {

enum class QualifyBy { points, spend };
inline constexpr json::EnumName<QualifyBy> qualify_by_names[] = {{"points", QualifyBy::points},
                                                                 {"spend", QualifyBy::spend}};

struct TierConfig {
    documents::LoyaltyTier tier;
    std::int64_t min_points = 0;   ///< lifetime points to reach the tier (qualify_by points)
    std::int64_t min_spend = 0;    ///< lifetime spend in WHOLE major units (qualify_by spend)
    money::BasisPoints discount;   ///< order discount for members of the tier
    money::BasisPoints bonus;      ///< extra points, as a share of the base points earned
};

struct LoyaltyConfig {
    QualifyBy qualify_by = QualifyBy::points;
    money::BasisPoints points_rate{100};  ///< points per major unit × 10000 (100 → 1 point per 100)
    /// Indexed by tier (bronze…platinum), thresholds non-decreasing, bronze at 0.
    std::array<TierConfig, 4> tiers{{
        {documents::LoyaltyTier::bronze, 0, 0, money::BasisPoints{0}, money::BasisPoints{0}},
        {documents::LoyaltyTier::silver, 1000, 100000, money::BasisPoints{200}, money::BasisPoints{500}},
        {documents::LoyaltyTier::gold, 5000, 500000, money::BasisPoints{500}, money::BasisPoints{1000}},
        {documents::LoyaltyTier::platinum, 15000, 1500000, money::BasisPoints{1000}, money::BasisPoints{1500}},
    }};

    const TierConfig& tier(documents::LoyaltyTier t) const { return tiers[static_cast<std::size_t>(t)]; }
};

LoyaltyConfig read_loyalty_config(const boost::json::value* section, const std::string& path,
                                  json::Issues& issues);
boost::json::value loyalty_config_to_json(const LoyaltyConfig& config);

}  // namespace tailor::loyalty
