#include "tailor/config/shop_config.hpp"

#include "tailor/money/decimal.hpp"

namespace tailor::config {
namespace {
namespace bj = boost::json;
using json::Presence;
}  // namespace

bool is_timezone_name(std::string_view name) {
    if (name.empty() || name.size() > 64 || name.front() == '/' || name.back() == '/') return false;
    char previous = 0;
    for (char c : name) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' ||
                        c == '-' || c == '+' || c == '/';
        if (!ok || (c == '/' && previous == '/')) return false;
        previous = c;
    }
    return true;
}

RootConfig read_root_config(json::ObjectReader& r) {
    RootConfig root;
    if (auto v = r.integer("version", Presence::optional, current_version, current_version)) root.version = *v;
    if (const auto* c = r.field("currency", Presence::optional))
        if (auto cur = money::read_currency(*c, r.path_of("currency"), r.issues())) root.currency = *cur;
    if (auto tz = r.string("timezone", Presence::optional)) {
        if (is_timezone_name(*tz)) root.timezone = *tz;
        else
            r.issues().add(r.path_of("timezone"), issue_code::invalid_format,
                           "must be an IANA time zone name such as \"Asia/Kolkata\"");
    }
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
