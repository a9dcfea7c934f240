// The lifecycle section reader and the shared root fields (tailor/lifecycle/config.hpp).
#include "tailor/lifecycle/config.hpp"

#include "tailor/schedule/time_zone.hpp"

namespace tailor::lifecycle {

namespace bj = boost::json;

LifecycleConfig read_lifecycle_config(const bj::value* section, const std::string& path, json::Issues& issues) {
    LifecycleConfig config;
    if (!section || section->is_null()) return config;
    json::ObjectReader r(*section, path, issues);
    if (auto v = r.boolean("requireAdvanceBeforeProduction", json::Presence::optional))
        config.require_advance_before_production = *v;
    r.finish();
    return config;
}

bj::value lifecycle_config_to_json(const LifecycleConfig& config) {
    return bj::object{{"requireAdvanceBeforeProduction", config.require_advance_before_production}};
}

ConfigRoot read_config_root(const bj::value* config, const std::string& path, json::Issues& issues) {
    ConfigRoot root;
    if (!config || config->is_null()) return root;
    json::ObjectReader r(*config, path, issues);
    r.integer("version", json::Presence::optional, 1, 1);
    if (auto c = r.string("currency", json::Presence::optional, {3, 3})) root.currency = *c;
    // The same check as config::read_shop_config: a name of the shared zone
    // table, so every operation refuses the zone validate.config refuses.
    if (auto tz = r.string("timezone", json::Presence::optional, {1, 64}))
        if (schedule::find_zone(*tz, r.path_of("timezone"), issues)) root.timezone = *tz;
    return root;  // no finish(): the other sections belong to other domains
}

const bj::value* config_section(const bj::value* config, std::string_view name) {
    if (!config || !config->is_object()) return nullptr;
    return config->get_object().if_contains(name);
}

}  // namespace tailor::lifecycle
