#include "tailor/rules/config.hpp"

namespace tailor::rules {

RulesConfig read_rules_config(const boost::json::value* section, const std::string& path, json::Issues& issues) {
    RulesConfig out;
    if (!section || section->is_null()) return out;
    json::ObjectReader r(*section, path, issues);
    if (const auto* list = r.array("urgentServices", json::Presence::optional, max_urgent_services)) {
        for (std::size_t i = 0; i < list->size(); ++i)
            if (auto id = json::read_string((*list)[i], r.path_of("urgentServices") + "/" + std::to_string(i),
                                            issues, {1, 128}))
                out.urgent_services.push_back(*id);
    }
    r.finish();
    return out;
}

boost::json::value rules_config_to_json(const RulesConfig& config) {
    boost::json::array services;
    for (const auto& id : config.urgent_services) services.emplace_back(id);
    return boost::json::object{{"urgentServices", std::move(services)}};
}

}  // namespace tailor::rules
