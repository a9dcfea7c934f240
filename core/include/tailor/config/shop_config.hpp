// tailor/config/shop_config.hpp — the root of the versioned shop configuration
// and the sections the pricing domain owns (pricing, loyalty, payments).
//
// Operations that need configuration take it as `config` in their input and
// read it with read_shop_config: root fields (version, currency, timezone) and
// these three sections, strict inside each section, while sections owned by
// other domains are ignored here (validate.config checks every section).
#pragma once

#include <cstdint>
#include <string>

#include <boost/json/value.hpp>

#include "tailor/json/reader.hpp"
#include "tailor/loyalty/config.hpp"
#include "tailor/money/currency.hpp"
#include "tailor/payments/config.hpp"
#include "tailor/pricing/config.hpp"

namespace tailor::config {

/// The only configuration version this build understands.
inline constexpr std::int64_t current_version = 1;

struct RootConfig {
    std::int64_t version = current_version;
    money::Currency currency = *money::Currency::from_code("INR");
    std::string timezone = "Asia/Kolkata";
};

struct ShopConfig {
    RootConfig root;
    pricing::PricingConfig pricing;
    loyalty::LoyaltyConfig loyalty;
    payments::PaymentsConfig payments;
};

/// Reads version, currency, timezone of the config object `reader` (does not call finish()).
/// The timezone must be a name of the shared zone table (schedule/time_zone.hpp;
/// issue `unknown_zone` otherwise), as for every other operation.
RootConfig read_root_config(json::ObjectReader& reader);

/// Reads the root and the pricing-domain sections of the config at `path`.
/// Other sections are left alone (they belong to other domains).
ShopConfig read_shop_config(const boost::json::value& v, const std::string& path, json::Issues& issues);

}  // namespace tailor::config
