#include "tailor/assign/config.hpp"

#include <string_view>

namespace tailor::assign {
namespace {

struct ZoneOffset {
    std::string_view name;
    std::int32_t minutes;
};

/// IANA zones with no daylight-saving time in force, and their current offsets.
/// Zones with DST (Europe/London, America/New_York…) need transition rules the
/// assignment domain does not carry; they are rejected rather than guessed.
constexpr ZoneOffset fixed_zones[] = {
    {"Africa/Cairo", 120},        {"Africa/Johannesburg", 120}, {"Africa/Lagos", 60},
    {"Africa/Nairobi", 180},      {"Asia/Bangkok", 420},        {"Asia/Calcutta", 330},
    {"Asia/Colombo", 330},        {"Asia/Dhaka", 360},          {"Asia/Dubai", 240},
    {"Asia/Hong_Kong", 480},      {"Asia/Jakarta", 420},        {"Asia/Karachi", 300},
    {"Asia/Kathmandu", 345},      {"Asia/Kolkata", 330},        {"Asia/Kuala_Lumpur", 480},
    {"Asia/Manila", 480},         {"Asia/Muscat", 240},         {"Asia/Qatar", 180},
    {"Asia/Riyadh", 180},         {"Asia/Seoul", 540},          {"Asia/Shanghai", 480},
    {"Asia/Singapore", 480},      {"Asia/Tashkent", 300},       {"Asia/Tokyo", 540},
    {"Etc/UTC", 0},               {"UTC", 0},
};

}  // namespace

std::optional<std::int32_t> fixed_zone_offset(std::string_view name) {
    for (const auto& z : fixed_zones)
        if (z.name == name) return z.minutes;
    return std::nullopt;
}

AssignmentConfig read_assignment_config(const boost::json::value* section, const std::string& path,
                                        json::Issues& issues) {
    AssignmentConfig config;
    if (!section || section->is_null()) return config;
    json::ObjectReader r(*section, path, issues);
    if (!r.valid()) return config;
    if (auto w = r.object("weights", json::Presence::optional)) {
        const std::size_t before = issues.size();
        auto read = [&](const char* key, int& into) {
            if (auto v = w->integer(key, json::Presence::required, 0, 100)) into = static_cast<int>(*v);
        };
        Weights weights;
        read("skill", weights.skill);
        read("workload", weights.workload);
        read("performance", weights.performance);
        read("turnaround", weights.turnaround);
        read("distance", weights.distance);
        read("affinity", weights.affinity);
        w->finish();
        if (issues.size() == before) {
            const int sum = weights.skill + weights.workload + weights.performance + weights.turnaround +
                            weights.distance + weights.affinity;
            if (sum != 100)
                issues.add(w->path(), issue_code::inconsistent,
                           "the weights must sum to 100; they sum to " + std::to_string(sum));
            else config.weights = weights;
        }
    }
    if (auto v = r.integer("maxDistanceKm", json::Presence::optional, 1, 20000)) config.max_distance_km = *v;
    if (auto v = r.integer("horizonDays", json::Presence::optional, 1, 366)) config.horizon_days = *v;
    r.finish();
    return config;
}

AssignmentSettings read_settings(const boost::json::value* config, const std::string& path,
                                 json::Issues& issues) {
    AssignmentSettings settings;
    if (!config || config->is_null()) return settings;
    json::ObjectReader r(*config, path, issues);
    if (!r.valid()) return settings;
    r.integer("version", json::Presence::optional, 1, 1);
    if (auto tz = r.string("timezone", json::Presence::optional, {1, 64})) {
        if (auto offset = fixed_zone_offset(*tz)) settings.zone = ShopZone{*tz, *offset};
        else
            issues.add(r.path_of("timezone"), "unsupported_timezone",
                       "assignment evaluates working hours only in zones without daylight-saving "
                       "time (e.g. Asia/Kolkata, Asia/Dubai, UTC); see docs/assignment.md");
    }
    settings.assignment =
        read_assignment_config(r.field("assignment", json::Presence::optional), r.path_of("assignment"), issues);
    // No finish(): the other root fields and sections belong to other domains.
    return settings;
}

}  // namespace tailor::assign
