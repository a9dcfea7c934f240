// tailor/rules/config.hpp — the `rules` section of the shop configuration.
//
//   "rules": {
//     "urgentServices": ["svc_shirt", …],  // services offering urgent delivery (≤ 200 ids); default []
//     "urgentLeadTimeBps": 5000            // urgent orders need this share of the lead time; default 5000
//   }
// Strict: unknown fields inside `rules` are reported. A service also offers
// urgency when its own document says scheduling.urgentAvailable: true.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <boost/json/value.hpp>

#include "tailor/json/reader.hpp"

namespace tailor::rules {

struct RulesConfig {
    std::vector<std::string> urgent_services;
    std::int64_t urgent_lead_time_bps = 5000;
};

inline constexpr std::size_t max_urgent_services = 200;

/// Reads the `rules` section (nullptr = all defaults), recording issues under `path`.
RulesConfig read_rules_config(const boost::json::value* section, const std::string& path, json::Issues& issues);

}  // namespace tailor::rules
