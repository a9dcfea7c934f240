// tailor/rules/config.hpp — the `rules` section of the shop configuration.
//
//   "rules": {
//     "urgentServices": ["svc_shirt", …]   // services offering urgent delivery (≤ 200 ids); default []
//   }
// Strict: unknown fields inside `rules` are reported. A service also offers
// urgency when its own document says scheduling.urgentAvailable: true. The
// urgent lead-time share is the calendar section's `urgentLeadTimeBps` (one
// setting for schedule.estimate and rules.check; docs/config.md).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <boost/json/value.hpp>

#include "tailor/json/reader.hpp"

namespace tailor::rules {

struct RulesConfig {
    std::vector<std::string> urgent_services;
};

inline constexpr std::size_t max_urgent_services = 200;

/// Reads the `rules` section (nullptr = all defaults), recording issues under `path`.
RulesConfig read_rules_config(const boost::json::value* section, const std::string& path, json::Issues& issues);
/// The section with every field filled in (validate.config's effective config).
boost::json::value rules_config_to_json(const RulesConfig& config);

}  // namespace tailor::rules
