// tailor/aggregates/config.hpp — the `retention` section of the shop configuration.
//
// {"archiveAfterDays": 365, "cancelledArchiveAfterDays": 365}: how long a
// terminal order stays in the live `orders` collection after its terminal
// transition (delivered / cancelled). Strict: unknown fields in the section
// are reported. Also the root field `timezone` as the aggregates domain reads it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include <boost/json/value.hpp>

#include "tailor/aggregates/local_date.hpp"
#include "tailor/json/reader.hpp"

namespace tailor::aggregates {

struct RetentionConfig {
    std::int64_t archive_after_days = 365;            ///< delivered orders; 1…3650
    std::int64_t cancelled_archive_after_days = 365;  ///< cancelled orders; 1…3650
};

/// Reads the section (nullptr = defaults), recording issues under `path`.
RetentionConfig read_retention_config(const boost::json::value* section, const std::string& path,
                                      json::Issues& issues);
/// The section with every field filled in (validate.config's effective config).
boost::json::value retention_config_to_json(const RetentionConfig& config);

/// The shop time zone: `timezone` inside the config object at `path` (default
/// "Asia/Kolkata"); issue code unknown_zone (schedule::find_zone) when it cannot be resolved.
/// Reads only the root fields it needs (version, currency and the sections are
/// other domains' business and are not checked here).
std::optional<Zone> read_zone(const boost::json::value& v, const std::string& path, json::Issues& issues);

/// The shop configuration as the aggregates domain reads it.
struct AggregatesConfig {
    RetentionConfig retention;
    std::optional<Zone> zone;  ///< Always set when reading succeeded.
};

/// Reads `config` (nullptr = all defaults): root `timezone` and section `retention`.
AggregatesConfig read_aggregates_config(const boost::json::value* config, const std::string& path,
                                        json::Issues& issues);

}  // namespace tailor::aggregates
