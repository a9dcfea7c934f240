#include "tailor/config/shop_config.hpp"

#include "tailor/money/decimal.hpp"
#include "tailor/schedule/time_zone.hpp"

namespace tailor::config {
namespace {
namespace bj = boost::json;
using json::Presence;
}  // namespace

RootConfig read_root_config(json::ObjectReader& r) {
    RootConfig root;
    if (auto v = r.integer("version", Presence::optional, current_version, current_version)) root.version = *v;
    if (const auto* c = r.field("currency", Presence::optional))
        if (auto cur = money::read_currency(*c, r.path_of("currency"), r.issues())) root.currency = *cur;
    // The shared zone table decides, so every operation accepts the same names.
    if (auto tz = r.string("timezone", Presence::optional, {1, 64}))
        if (schedule::find_zone(*tz, r.path_of("timezone"), r.issues())) root.timezone = *tz;
    return root;
}

ShopConfig read_shop_config(const bj::value& v, const std::string& path, json::Issues& issues) {
    ShopConfig cfg;
    json::ObjectReader r(v, path, issues);
    if (!r.valid()) return cfg;
    cfg.root = read_root_config(r);
    cfg.pricing = pricing::read_pricing_config(r.field("pricing", Presence::optional), r.path_of("pricing"), issues);
    cfg.loyalty = loyalty::read_loyalty_config(r.field("loyalty", Presence::optional), r.path_of("loyalty"), issues);
    cfg.payments =
        payments::read_payments_config(r.field("payments", Presence::optional), r.path_of("payments"), issues);
    // No finish(): the other domains' sections are theirs to check.
    return cfg;
}

}  // namespace tailor::config
