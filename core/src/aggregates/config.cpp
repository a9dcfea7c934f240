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

std::optional<Zone> read_zone(const bj::value& v, const std::string& path, json::Issues& issues) {
    auto name = json::read_string(v, path, issues, json::StringRule{1, max_zone_length});
    if (!name) return std::nullopt;
    auto zone = Zone::resolve(*name);
    if (!zone)
        issues.add(path, "unknown_time_zone",
                   "is not an IANA time zone name (such as \"Asia/Kolkata\"); time.zones lists them");
    return zone;
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
