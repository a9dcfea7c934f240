#include "tailor/assign/config.hpp"

#include <utility>

namespace tailor::assign {
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

boost::json::value assignment_config_to_json(const AssignmentConfig& config) {
    boost::json::object weights;
    weights.emplace("skill", config.weights.skill);
    weights.emplace("workload", config.weights.workload);
    weights.emplace("performance", config.weights.performance);
    weights.emplace("turnaround", config.weights.turnaround);
    weights.emplace("distance", config.weights.distance);
    weights.emplace("affinity", config.weights.affinity);
    boost::json::object out;
    out.emplace("weights", std::move(weights));
    out.emplace("maxDistanceKm", config.max_distance_km);
    out.emplace("horizonDays", config.horizon_days);
    return out;
}

AssignmentSettings read_settings(const boost::json::value* config, const std::string& path,
                                 json::Issues& issues) {
    AssignmentSettings settings;
    if (!config || config->is_null()) return settings;
    json::ObjectReader r(*config, path, issues);
    if (!r.valid()) return settings;
    r.integer("version", json::Presence::optional, 1, 1);
    if (auto tz = r.string("timezone", json::Presence::optional, {1, 64}))
        if (auto zone = schedule::find_zone(*tz, r.path_of("timezone"), issues)) settings.zone = std::move(*zone);
    settings.assignment =
        read_assignment_config(r.field("assignment", json::Presence::optional), r.path_of("assignment"), issues);
    // No finish(): the other root fields and sections belong to other domains.
    return settings;
}

}  // namespace tailor::assign
