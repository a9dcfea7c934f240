// The lifecycle section reader and the shared root fields (tailor/lifecycle/config.hpp).
#include "tailor/lifecycle/config.hpp"

#include "tailor/config/shop_config.hpp"

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
    // The one root reader (config/shop_config.hpp), so version, currency and
    // timezone are checked here exactly as validate.config checks them.
    const config::RootConfig shared = config::read_root_config(r);
    root.currency = std::string(shared.currency.code());
    root.timezone = shared.timezone;
    return root;  // no finish(): the other sections belong to other domains
}

const bj::value* config_section(const bj::value* config, std::string_view name) {
    if (!config || !config->is_object()) return nullptr;
    return config->get_object().if_contains(name);
}

}  // namespace tailor::lifecycle
