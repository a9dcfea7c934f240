// services: codec and rules (docs/schema.md "services").
#include "tailor/documents/service.hpp"

#include "codec.hpp"
#include "tailor/json/pointer.hpp"

namespace tailor::documents {
namespace {

using namespace detail;

constexpr std::size_t max_tiers = 20;
constexpr std::size_t max_requirement_entries = 50;
const char* const rating_keys[] = {"1", "2", "3", "4", "5"};

}  // namespace

std::optional<Service> read_service(const bj::value& v, const std::string& path, json::Issues& issues,
                                    Strictness strictness) {
    const Ctx c{issues, strictness};
    ObjectReader r(v, path, issues);
    if (!r.valid()) return std::nullopt;
    const auto mark = issues.size();
    Service s;
    auto service_id = read_id(r, "serviceId", req);
    auto name = read_text(r, "name", req, 1, 100);
    auto category = r.enumeration("category", req, service_category_names);
    auto type = r.enumeration("type", req, service_type_names);

    std::optional<money::Money> base;
    bool pricing_ok = false;
    if (auto p = r.object("pricing", req)) {
        const auto pmark = issues.size();
        ServicePricing& sp = s.pricing;
        sp.has_currency = p->has("currency");
        std::optional<money::Currency> cur = default_currency();
        if (sp.has_currency) cur = read_currency_field(*p, "currency", opt);
        else p->ignore("currency");
        if (cur) sp.currency = *cur;
        base = read_money(*p, "basePrice", req, cur, Sign::non_negative);
        if (const bj::object* t = read_map(*p, "tierPricing", req, max_tiers, "tiers")) {
            const std::string tp = p->path_of("tierPricing");
            for (const auto& kv : *t) {
                const std::string tier(kv.key().data(), kv.key().size());
                if (tier.empty() || tier.size() > 50) {
                    issue(c, json::pointer_append(tp, tier), issue_code::invalid_format,
                          "tier names must be 1 to 50 characters");
                    continue;
                }
                auto price = read_money_value(kv.value(), json::pointer_append(tp, tier), issues, cur,
                                              Sign::non_negative);
                if (price) sp.tier_pricing.emplace_back(tier, *price);
            }
        }
        sp.min_price = read_money(*p, "minPrice", opt, cur, Sign::non_negative);
        sp.max_price = read_money(*p, "maxPrice", opt, cur, Sign::non_negative);
        done(*p, c);
        if (clean_since(c, pmark) && base && cur) {
            pricing_ok = true;
            sp.base_price = *base;
            // Every price lies within [minPrice, maxPrice] when those are given.
            const auto lo = sp.min_price, hi = sp.max_price;
            if (lo && hi && hi->minor() < lo->minor()) {
                issue(c, p->path_of("maxPrice"), issue_code::inconsistent, "must not be less than minPrice");
            } else {
                auto outside = [&](const money::Money& m) {
                    return (lo && m.minor() < lo->minor()) || (hi && m.minor() > hi->minor());
                };
                if (outside(*base))
                    issue(c, p->path_of("basePrice"), issue_code::inconsistent, "must lie within [minPrice, maxPrice]");
                for (const auto& [tier, price] : sp.tier_pricing)
                    if (outside(price))
                        issue(c, json::pointer_append(p->path_of("tierPricing"), tier), issue_code::inconsistent,
                              "must lie within [minPrice, maxPrice]");
            }
        }
    }
    std::optional<std::int64_t> daily, queue_limit, queue;
    if (auto p = r.object("capacity", req)) {
        daily = p->integer("dailyLimit", req, 0, 10000);
        queue_limit = p->integer("queueLimit", req, 0, 100000);
        queue = p->integer("currentQueue", req, 0, 100000);
        done(*p, c);
        if (queue && queue_limit && *queue > *queue_limit)
            issue(c, p->path_of("currentQueue"), issue_code::inconsistent, "must not exceed queueLimit");
    }
    std::optional<std::vector<std::string>> materials, tools, skills;
    std::optional<std::int64_t> experience;
    if (auto p = r.object("requirements", req)) {
        materials = read_string_list(*p, "materials", req, max_requirement_entries, 1, 100, true);
        tools = read_string_list(*p, "tools", req, max_requirement_entries, 1, 100, true);
        skills = read_string_list(*p, "skills", req, max_requirement_entries, 1, 100, true);
        experience = p->integer("experience", req, 0, 60);
        done(*p, c);
    }
    std::optional<std::int64_t> duration, buffer, lead;
    if (auto p = r.object("scheduling", req)) {
        duration = p->integer("estimatedDuration", req, 1, 43200);
        buffer = p->integer("bufferTime", req, 0, 10080);
        lead = p->integer("leadTime", req, 0, 365);
        done(*p, c);
    }
    auto active = r.boolean("isActive", req);
    auto popular = r.boolean("isPopular", req);
    std::optional<double> average;
    std::optional<std::int64_t> count;
    bool rating_ok = false;
    if (auto p = r.object("rating", req)) {
        const auto rmark = issues.size();
        average = read_rating(*p, "average", req);
        count = p->integer("count", req, 0, json::max_safe_integer);
        std::int64_t sum = 0;
        if (auto d = p->object("distribution", req)) {
            for (const char* key : rating_keys) {
                auto n = d->integer(key, opt, 0, json::max_safe_integer);
                if (n) {
                    s.rating.distribution.emplace_back(key, *n);
                    sum = money::checked_add(sum, *n).value_or(json::max_safe_integer);
                }
            }
            done(*d, c);
            if (count && clean_since(c, rmark) && sum != *count)
                issue(c, p->path_of("distribution"), issue_code::inconsistent,
                      "must add up to count (" + std::to_string(*count) + "), not " + std::to_string(sum));
        }
        done(*p, c);
        if (average && count && (*count == 0) != (*average == 0))
            issue(c, p->path_of("average"), issue_code::inconsistent,
                  "must be 0 exactly when count is 0");
        rating_ok = clean_since(c, rmark);
    }
    auto created_at = r.timestamp("createdAt", req);
    auto updated_at = r.timestamp("updatedAt", req);
    done(r, c);
    check_not_before(c, updated_at, created_at, r.path_of("updatedAt"), "updatedAt", "createdAt");
    if (!clean_since(c, mark) || !pricing_ok || !rating_ok ||
        !all(service_id, name, category, type, daily, queue_limit, queue, materials, tools, skills, experience,
             duration, buffer, lead, active, popular, average, count, created_at, updated_at))
        return std::nullopt;
    s.service_id = *service_id;
    s.name = *name;
    s.category = *category;
    s.type = *type;
    s.capacity = ServiceCapacity{*daily, *queue_limit, *queue};
    s.requirements = ServiceRequirements{*materials, *tools, *skills, *experience};
    s.scheduling = ServiceScheduling{*duration, *buffer, *lead};
    s.is_active = *active;
    s.is_popular = *popular;
    s.rating.average = *average;
    s.rating.count = *count;
    s.created_at = *created_at;
    s.updated_at = *updated_at;
    return s;
}

Result<Service> decode_service(const bj::value& v, Strictness strictness) {
    return decode_with<Service>(v, strictness, read_service, "service");
}

bj::value encode_service(const Service& s) {
    bj::object o;
    o.emplace("serviceId", s.service_id);
    o.emplace("name", s.name);
    o.emplace("category", json::enum_name(s.category, service_category_names));
    o.emplace("type", json::enum_name(s.type, service_type_names));
    {
        bj::object x;
        if (s.pricing.has_currency) x.emplace("currency", s.pricing.currency.code());
        x.emplace("basePrice", encode_money(s.pricing.base_price));
        bj::object tiers;
        for (const auto& [tier, price] : s.pricing.tier_pricing) tiers.emplace(tier, encode_money(price));
        x.emplace("tierPricing", std::move(tiers));
        if (s.pricing.min_price) x.emplace("minPrice", encode_money(*s.pricing.min_price));
        if (s.pricing.max_price) x.emplace("maxPrice", encode_money(*s.pricing.max_price));
        o.emplace("pricing", std::move(x));
    }
    {
        bj::object x;
        x.emplace("dailyLimit", s.capacity.daily_limit);
        x.emplace("queueLimit", s.capacity.queue_limit);
        x.emplace("currentQueue", s.capacity.current_queue);
        o.emplace("capacity", std::move(x));
    }
    {
        bj::object x;
        x.emplace("materials", encode_strings(s.requirements.materials));
        x.emplace("tools", encode_strings(s.requirements.tools));
        x.emplace("skills", encode_strings(s.requirements.skills));
        x.emplace("experience", s.requirements.experience);
        o.emplace("requirements", std::move(x));
    }
    {
        bj::object x;
        x.emplace("estimatedDuration", s.scheduling.estimated_duration);
        x.emplace("bufferTime", s.scheduling.buffer_time);
        x.emplace("leadTime", s.scheduling.lead_time);
        o.emplace("scheduling", std::move(x));
    }
    o.emplace("isActive", s.is_active);
    o.emplace("isPopular", s.is_popular);
    {
        bj::object x;
        x.emplace("average", s.rating.average);
        x.emplace("count", s.rating.count);
        bj::object d;
        for (const auto& [key, n] : s.rating.distribution) d.emplace(key, n);
        x.emplace("distribution", std::move(d));
        o.emplace("rating", std::move(x));
    }
    o.emplace("createdAt", encode_timestamp(s.created_at));
    o.emplace("updatedAt", encode_timestamp(s.updated_at));
    return bj::value(std::move(o));
}

ValidationReport validate_service(const bj::value& v) {
    return validate_with<Service>(v, read_service, encode_service);
}

}  // namespace tailor::documents
