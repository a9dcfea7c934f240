// The retention section and the shop zone (config.hpp).
#include "tailor/aggregates/config.hpp"

namespace tailor::aggregates {

namespace bj = boost::json;
using json::Presence;

RetentionConfig read_retention_config(const bj::value* section, const std::string& path, json::Issues& issues) {
    RetentionConfig c;
    if (!section || section->is_null()) return c;
    json::ObjectReader r(*section, path, issues);
    if (auto d = r.integer("archiveAfterDays", Presence::optional, 1, 3650)) c.archive_after_days = *d;
    if (auto d = r.integer("cancelledArchiveAfterDays", Presence::optional, 1, 3650))
        c.cancelled_archive_after_days = *d;
    r.finish();
    return c;
}

bj::value retention_config_to_json(const RetentionConfig& config) {
    bj::object out;
    out.emplace("archiveAfterDays", config.archive_after_days);
    out.emplace("cancelledArchiveAfterDays", config.cancelled_archive_after_days);
    return out;
}

std::optional<Zone> read_zone(const bj::value& v, const std::string& path, json::Issues& issues) {
    auto name = json::read_string(v, path, issues, json::StringRule{1, max_zone_length});
    if (!name) return std::nullopt;
    // The shared table reports an unknown name (issue unknown_zone, as every domain does).
    if (!schedule::find_zone(*name, path, issues)) return std::nullopt;
    return Zone::resolve(*name);
}

AggregatesConfig read_aggregates_config(const bj::value* config, const std::string& path, json::Issues& issues) {
    AggregatesConfig out;
    bool zone_given = false;
    if (config && !config->is_null()) {
        json::ObjectReader r(*config, path, issues);
        if (r.valid()) {
            if (const bj::value* tz = r.field("timezone", Presence::optional)) {
                zone_given = true;
                out.zone = read_zone(*tz, r.path_of("timezone"), issues);
            }
            out.retention = read_retention_config(r.field("retention", Presence::optional), r.path_of("retention"), issues);
        }
    }
    if (!zone_given) out.zone = Zone::resolve("Asia/Kolkata");  // the documented default
    return out;
}

}  // namespace tailor::aggregates
