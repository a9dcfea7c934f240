// users: codec and rules (docs/schema.md "users").
#include "tailor/documents/user.hpp"

#include <algorithm>

#include "codec.hpp"

namespace tailor::documents {
namespace {

using namespace detail;

constexpr std::size_t max_device_info_keys = 50;

bool is_hex(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

bool is_ipv4(std::string_view s) {
    int parts = 0;
    std::size_t i = 0;
    while (i <= s.size()) {
        std::size_t j = i;
        while (j < s.size() && s[j] >= '0' && s[j] <= '9') ++j;
        const std::size_t len = j - i;
        if (len == 0 || len > 3 || (len > 1 && s[i] == '0')) return false;
        int value = 0;
        for (std::size_t k = i; k < j; ++k) value = value * 10 + (s[k] - '0');
        if (value > 255) return false;
        ++parts;
        if (j == s.size()) break;
        if (s[j] != '.') return false;
        i = j + 1;
    }
    return parts == 4;
}

/// Number of ':'-separated groups of 1–4 hex digits in `s` (0 for ""), or -1.
int hex_groups(std::string_view s) {
    if (s.empty()) return 0;
    int groups = 0;
    std::size_t start = 0;
    while (true) {
        const auto colon = s.find(':', start);
        const std::string_view g = s.substr(start, colon == std::string_view::npos ? colon : colon - start);
        if (g.empty() || g.size() > 4 || !std::all_of(g.begin(), g.end(), is_hex)) return -1;
        ++groups;
        if (colon == std::string_view::npos) return groups;
        start = colon + 1;
    }
}

/// IPv6 in hex groups, with at most one "::" (no embedded IPv4, no zone).
bool is_ipv6(std::string_view s) {
    const auto gap = s.find("::");
    if (gap == std::string_view::npos) return hex_groups(s) == 8;
    if (s.find("::", gap + 1) != std::string_view::npos) return false;
    const int left = hex_groups(s.substr(0, gap)), right = hex_groups(s.substr(gap + 2));
    return left >= 0 && right >= 0 && left + right <= 7;
}

/// BCP 47 language tag, the common shapes: "en", "hi", "hi-IN", "zh-Hant-TW".
bool is_language_tag(std::string_view s) {
    if (s.empty() || s.size() > 35) return false;
    std::size_t start = 0;
    bool first = true;
    while (true) {
        const auto dash = s.find('-', start);
        const std::string_view part = s.substr(start, dash == std::string_view::npos ? dash : dash - start);
        if (first) {
            if (part.size() < 2 || part.size() > 3) return false;
            if (!std::all_of(part.begin(), part.end(), [](char c) { return c >= 'a' && c <= 'z'; })) return false;
        } else if (part.empty() || part.size() > 8 ||
                   !std::all_of(part.begin(), part.end(), [](char c) {
                       return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
                   })) {
            return false;
        }
        first = false;
        if (dash == std::string_view::npos) return true;
        start = dash + 1;
    }
}

/// IANA time zone name shape: "UTC", "Asia/Kolkata", "America/Argentina/Buenos_Aires".
bool is_time_zone_name(std::string_view s) {
    if (s.empty() || s.size() > 64 || s.front() == '/' || s.back() == '/') return false;
    if (s.find("//") != std::string_view::npos) return false;
    return std::all_of(s.begin(), s.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '/' ||
               c == '_' || c == '-' || c == '+';
    });
}

}  // namespace

std::optional<User> read_user(const bj::value& v, const std::string& path, json::Issues& issues,
                              Strictness strictness) {
    const Ctx c{issues, strictness};
    ObjectReader r(v, path, issues);
    if (!r.valid()) return std::nullopt;
    const auto mark = issues.size();
    User u;
    auto user_id = read_id(r, "userId", req);
    auto email = read_email(r, "email", req);
    auto display_name = read_text(r, "displayName", req, 1, 100);
    u.photo_url = read_text(r, "photoUrl", opt, 1, 2048);
    u.phone = read_phone(r, "phone", opt);
    u.fcm_token = read_text(r, "fcmToken", opt, 1, 4096);
    if (u.photo_url && u.photo_url->compare(0, 8, "https://") != 0)
        issue(c, r.path_of("photoUrl"), issue_code::invalid_format, "must be an https:// URL");
    auto role = r.enumeration("role", req, role_names);
    auto created_at = r.timestamp("createdAt", req);
    auto updated_at = r.timestamp("updatedAt", req);
    std::optional<bool> notifications;
    std::optional<std::string> language, timezone;
    if (auto p = r.object("preferences", req)) {
        notifications = p->boolean("notifications", req);
        language = read_text(*p, "language", req, 2, 35);
        if (language && !is_language_tag(*language))
            issue(c, p->path_of("language"), issue_code::invalid_format, "must be a BCP 47 language tag such as en or hi-IN");
        timezone = read_text(*p, "timezone", req, 1, 64);
        if (timezone && !is_time_zone_name(*timezone))
            issue(c, p->path_of("timezone"), issue_code::invalid_format, "must be an IANA time zone name such as Asia/Kolkata");
        done(*p, c);
    }
    std::optional<std::int64_t> total_orders, points;
    std::optional<double> average_rating;
    if (auto s = r.object("stats", req)) {
        total_orders = s->integer("totalOrders", req, 0, 1000000);
        points = s->integer("loyaltyPoints", req, 0, json::max_safe_integer);
        average_rating = read_rating(*s, "averageRating", req);
        done(*s, c);
    }
    if (auto m = r.object("metadata", opt)) {
        UserMetadata md;
        auto last_login = m->timestamp("lastLogin", req);
        if (const bj::object* d = read_map(*m, "deviceInfo", opt, max_device_info_keys, "fields"))
            md.device_info = bj::value(*d);
        md.ip_address = read_text(*m, "ipAddress", opt, 2, 45);
        if (md.ip_address && !is_ipv4(*md.ip_address) && !is_ipv6(*md.ip_address))
            issue(c, m->path_of("ipAddress"), issue_code::invalid_format, "must be an IPv4 or IPv6 address");
        done(*m, c);
        check_not_before(c, last_login, created_at, m->path_of("lastLogin"), "lastLogin", "createdAt");
        if (last_login) {
            md.last_login = *last_login;
            u.metadata = md;
        }
    }
    done(r, c);
    check_not_before(c, updated_at, created_at, r.path_of("updatedAt"), "updatedAt", "createdAt");
    if (!clean_since(c, mark) || !all(user_id, email, display_name, role, created_at, updated_at, notifications,
                                      language, timezone, total_orders, points, average_rating))
        return std::nullopt;
    u.user_id = *user_id;
    u.email = *email;
    u.display_name = *display_name;
    u.role = *role;
    u.created_at = *created_at;
    u.updated_at = *updated_at;
    u.preferences = UserPreferences{*notifications, *language, *timezone};
    u.stats = UserStats{*total_orders, *points, *average_rating};
    return u;
}

Result<User> decode_user(const bj::value& v, Strictness strictness) {
    return decode_with<User>(v, strictness, read_user, "user");
}

bj::value encode_user(const User& u) {
    bj::object o;
    o.emplace("userId", u.user_id);
    o.emplace("email", u.email);
    o.emplace("displayName", u.display_name);
    put_optional(o, "photoUrl", u.photo_url);
    put_optional(o, "phone", u.phone);
    put_optional(o, "fcmToken", u.fcm_token);
    o.emplace("role", json::enum_name(u.role, role_names));
    o.emplace("createdAt", encode_timestamp(u.created_at));
    o.emplace("updatedAt", encode_timestamp(u.updated_at));
    bj::object p;
    p.emplace("notifications", u.preferences.notifications);
    p.emplace("language", u.preferences.language);
    p.emplace("timezone", u.preferences.timezone);
    o.emplace("preferences", std::move(p));
    bj::object s;
    s.emplace("totalOrders", u.stats.total_orders);
    s.emplace("loyaltyPoints", u.stats.loyalty_points);
    s.emplace("averageRating", u.stats.average_rating);
    o.emplace("stats", std::move(s));
    if (u.metadata) {
        bj::object m;
        m.emplace("lastLogin", encode_timestamp(u.metadata->last_login));
        if (u.metadata->device_info) m.emplace("deviceInfo", *u.metadata->device_info);
        put_optional(m, "ipAddress", u.metadata->ip_address);
        o.emplace("metadata", std::move(m));
    }
    return bj::value(std::move(o));
}

ValidationReport validate_user(const bj::value& v) { return validate_with<User>(v, read_user, encode_user); }

}  // namespace tailor::documents
