// tailor/lifecycle/config.hpp — the `lifecycle` section of the shop configuration.
//
//   "lifecycle": { "requireAdvanceBeforeProduction": true }
//
// Every field has a default, so an absent section means the defaults. Unknown
// fields inside the section are reported (unknown_field); other sections are not
// read here (their domains own them).
#pragma once

#include <string>

#include <boost/json/value.hpp>

#include "tailor/json/reader.hpp"

namespace tailor::lifecycle {

struct LifecycleConfig {
    /// Production (confirmed → cutting) waits until paid ≥ pricing.advanceRequired.
    bool require_advance_before_production = true;
};

LifecycleConfig read_lifecycle_config(const boost::json::value* section, const std::string& path,
                                      json::Issues& issues);
/// The section with every field filled in (validate.config's effective config).
boost::json::value lifecycle_config_to_json(const LifecycleConfig& config);

/// The root fields every domain may read: version (must be 1), currency, timezone.
struct ConfigRoot {
    std::string currency = "INR";
    std::string timezone = "Asia/Kolkata";
};
/// Reads the root fields of `config` (nullptr = defaults) without finish(): other
/// domains' sections are ignored. `section(name)` then gives a section's value.
ConfigRoot read_config_root(const boost::json::value* config, const std::string& path, json::Issues& issues);
/// The named section of `config`, or nullptr (also when config is not an object).
const boost::json::value* config_section(const boost::json::value* config, std::string_view name);

}  // namespace tailor::lifecycle
