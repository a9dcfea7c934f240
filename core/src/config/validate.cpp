#include "tailor/config/validate.hpp"

#include "tailor/config/sections.hpp"
#include "tailor/config/shop_config.hpp"

namespace tailor::config {

ConfigValidation validate_config(const boost::json::value& config) {
    json::Issues issues;
    json::ObjectReader r(config, "", issues);
    boost::json::object effective;
    if (r.valid()) {
        const RootConfig root = read_root_config(r);
        effective.emplace("version", root.version);
        effective.emplace("currency", root.currency.code());
        effective.emplace("timezone", root.timezone);
        for (const auto& section : section_readers())
            effective.emplace(section.name,
                              section.read(r.field(section.name, json::Presence::optional), r.path_of(section.name), issues));
        r.finish();
    }
    ConfigValidation out;
    out.valid = issues.empty();
    out.issues = issues.take();
    if (out.valid) out.effective = boost::json::value(std::move(effective));
    return out;
}

}  // namespace tailor::config
