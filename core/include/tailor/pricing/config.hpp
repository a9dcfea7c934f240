// tailor/pricing/config.hpp — the `pricing` section of the shop configuration.
//
// Taxes, the urgency surcharge, how order-level discounts combine, price
// overrides and per-role discount ceilings. Every field has a default
// (docs/pricing.md lists them), so a missing section means the defaults.
#pragma once

#include <string>
#include <vector>

#include <boost/json/value.hpp>

#include "tailor/json/reader.hpp"
#include "tailor/money/rounding.hpp"

namespace tailor::pricing {

/// One named part of a split tax (CGST, SGST of a GST).
struct TaxComponent {
    std::string name;
    money::BasisPoints rate;
};

/// A named tax applied to every line. Inclusive taxes are already inside the
/// price and are backed out; exclusive ones are added on top. A split tax is
/// computed once at its full rate, then divided among its components by rate
/// (each rounded down); the leftover minor unit goes to `remainder_to`.
struct TaxConfig {
    std::string name;
    money::BasisPoints rate;
    bool inclusive = false;
    std::vector<TaxComponent> components;  ///< empty = not split
    std::string remainder_to;              ///< a component name when split
};

/// How several order-level discounts combine.
enum class DiscountStacking { best_only, additive };
inline constexpr json::EnumName<DiscountStacking> discount_stacking_names[] = {
    {"best_only", DiscountStacking::best_only}, {"additive", DiscountStacking::additive}};

struct PricingConfig {
    money::Rounding rounding = money::Rounding::half_away_from_zero;
    std::vector<TaxConfig> taxes;                       ///< default: none
    money::BasisPoints urgency_surcharge{5000};         ///< +50 % of the discounted line
    bool urgency_surcharge_taxable = true;
    DiscountStacking order_discount_stacking = DiscountStacking::best_only;
    bool overrides_allowed = true;
    bool override_requires_reason = true;
    money::BasisPoints max_discount_customer{0};        ///< ceilings read by the rules domain
    money::BasisPoints max_discount_employee{1000};
    money::BasisPoints max_discount_admin{10000};
};

/// Limits of the section (too_many beyond them).
inline constexpr std::size_t max_taxes = 10;
inline constexpr std::size_t max_tax_components = 4;

/// Reads the section at `path` (nullptr = absent: all defaults). Strict: unknown
/// fields inside the section are unknown_field issues.
PricingConfig read_pricing_config(const boost::json::value* section, const std::string& path,
                                  json::Issues& issues);

/// The effective section, every field present, in documented order.
boost::json::value pricing_config_to_json(const PricingConfig& config);

}  // namespace tailor::pricing
