// tailor/config/validate.hpp — validate.config: is a shop configuration usable, and
// what does it mean once every default is filled in?
#pragma once

#include <optional>
#include <vector>

#include <boost/json/value.hpp>

#include "tailor/error.hpp"

namespace tailor::config {

struct ConfigValidation {
    bool valid = false;
    std::vector<Issue> issues;              ///< every problem, with its JSON Pointer into the config
    std::optional<boost::json::value> effective;  ///< only when valid: version, currency, timezone, then each section
};

/// Checks the root fields and every section in section_readers(); unknown root
/// keys are unknown_field issues.
ConfigValidation validate_config(const boost::json::value& config);

}  // namespace tailor::config
