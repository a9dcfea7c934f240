// tailor/assign/config.hpp — the `assignment` section of the shop configuration,
// and the root fields the assignment domain reads (`version`, `timezone`).
//
// Every field has a default, so `{}` (or no config at all) is valid. Inside the
// `assignment` section unknown fields are reported (unknown_field); other
// sections are not read here (validate.config reads them all).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include <boost/json/value.hpp>

#include "tailor/json/reader.hpp"
#include "tailor/schedule/time_zone.hpp"

namespace tailor::assign {

/// Integer weights of the six scoring factors; they sum to exactly 100.
struct Weights {
    int skill = 35;
    int workload = 20;
    int performance = 15;
    int turnaround = 10;
    int distance = 10;
    int affinity = 10;
};

struct AssignmentConfig {
    Weights weights;
    /// Service radius: an employee farther than this from the customer is excluded
    /// (outside_service_radius); the distance factor falls linearly to 0 at it.
    std::int64_t max_distance_km = 50;
    /// For an order without a delivery date, an employee must have working time
    /// within this many days from `now`.
    std::int64_t horizon_days = 14;
};

/// Reads config.assignment (nullptr = all defaults). Weights, when given, must
/// name all six factors (0–100 each) and sum to 100 (issue `inconsistent` at
/// `<path>/weights`).
AssignmentConfig read_assignment_config(const boost::json::value* section, const std::string& path,
                                        json::Issues& issues);
/// The section with every field filled in (validate.config's effective config).
boost::json::value assignment_config_to_json(const AssignmentConfig& config);

/// Everything the assignment operations take from `config`.
struct AssignmentSettings {
    AssignmentConfig assignment;
    /// The shop's zone (root `timezone`, default Asia/Kolkata) from the shared
    /// zone table: working hours are local wall-clock times, DST included.
    schedule::TimeZone zone = *schedule::TimeZone::find("Asia/Kolkata");
};

/// Reads the whole `config` input (nullptr = defaults): root `version` (1),
/// root `timezone` (issue `unknown_zone` when the shared zone table has no such
/// name) and the `assignment` section. Other root fields and sections are
/// ignored: they belong to other domains.
AssignmentSettings read_settings(const boost::json::value* config, const std::string& path,
                                 json::Issues& issues);

}  // namespace tailor::assign
