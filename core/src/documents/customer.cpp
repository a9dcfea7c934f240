// customers: codec and rules (docs/schema.md "customers").
#include "tailor/documents/customer.hpp"

#include <algorithm>

#include "codec.hpp"

namespace tailor::documents {
namespace {

using namespace detail;

constexpr std::size_t max_addresses = 20;
constexpr std::size_t max_preference_entries = 50;

bool is_postal_code(std::string_view s) {
    return std::all_of(s.begin(), s.end(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == ' ' || c == '-';
    });
}

std::optional<Address> read_address(const bj::value& v, const std::string& path, const Ctx& c) {
    ObjectReader r(v, path, c.issues);
    if (!r.valid()) return std::nullopt;
    const auto mark = c.issues.size();
    Address a;
    a.label = read_text(r, "label", opt, 1, 50);
    auto line1 = read_text(r, "line1", req, 1, 200);
    a.line2 = read_text(r, "line2", opt, 1, 200);
    auto city = read_text(r, "city", req, 1, 100);
    a.state = read_text(r, "state", opt, 1, 100);
    auto postal = read_text(r, "postalCode", req, 1, 20);
    if (postal && !is_postal_code(*postal))
        issue(c, r.path_of("postalCode"), issue_code::invalid_format, "must be letters, digits, spaces and hyphens");
    auto country = read_text(r, "country", req, 2, 2);
    if (country && !is_country_code(*country))
        issue(c, r.path_of("country"), issue_code::invalid_format,
              "must be an ISO 3166-1 alpha-2 country code in upper case, such as IN");
    done(r, c);
    if (!clean_since(c, mark) || !all(line1, city, postal, country)) return std::nullopt;
    a.line1 = *line1;
    a.city = *city;
    a.postal_code = *postal;
    a.country = *country;
    return a;
}

/// The currency of an object with an optional `currency` field (default INR).
std::optional<money::Currency> optional_currency(ObjectReader& r, bool& has) {
    has = r.has("currency");
    if (!has) {
        r.ignore("currency");
        return default_currency();
    }
    return read_currency_field(r, "currency", opt);
}

}  // namespace

std::optional<Customer> read_customer(const bj::value& v, const std::string& path, json::Issues& issues,
                                      Strictness strictness) {
    const Ctx c{issues, strictness};
    ObjectReader r(v, path, issues);
    if (!r.valid()) return std::nullopt;
    const auto mark = issues.size();
    Customer cu;
    auto customer_id = read_id(r, "customerId", req);
    auto user_id = read_id(r, "userId", req);
    // The document id is the owner's Firebase Auth uid (docs/schema.md, "Identity"):
    // the access rules compare it with request.auth.uid, and userId repeats it.
    if (customer_id && user_id && *customer_id != *user_id)
        issues.add(r.path_of("userId"), issue_code::inconsistent,
                   "must equal customerId (\"" + *customer_id + "\"): a customer's document id is the owner's Firebase Auth uid");
    std::optional<std::string> name, email, phone;
    std::optional<Timestamp> birth;
    if (auto p = r.object("personalInfo", req)) {
        name = read_text(*p, "name", req, 1, 100);
        email = read_email(*p, "email", req);
        phone = read_phone(*p, "phone", req);
        birth = p->timestamp("dateOfBirth", opt);
        cu.personal_info.gender = p->enumeration("gender", opt, gender_names);
        done(*p, c);
    }
    auto measurements = read_customer_measurements(r, "measurements", c);
    std::optional<std::vector<std::string>> preferred, fabrics;
    std::optional<Urgency> urgency;
    if (auto p = r.object("preferences", req)) {
        preferred = read_string_list(*p, "preferredServices", req, max_preference_entries, 1, max_id_length, true);
        fabrics = read_string_list(*p, "fabricPreferences", req, max_preference_entries, 1, 100, true);
        if (auto b = p->object("budgetRange", opt)) {
            BudgetRange range;
            auto cur = optional_currency(*b, range.has_currency);
            auto lo = read_money(*b, "min", req, cur, Sign::non_negative);
            auto hi = read_money(*b, "max", req, cur, Sign::non_negative);
            done(*b, c);
            if (lo && hi && hi->minor() < lo->minor())
                issue(c, b->path_of("max"), issue_code::inconsistent, "must not be less than min");
            else if (lo && hi) {
                range.min = *lo;
                range.max = *hi;
                cu.preferences.budget_range = range;
            }
        }
        urgency = p->enumeration("urgencyLevel", req, urgency_names);
        done(*p, c);
    }
    std::optional<LoyaltyTier> tier;
    std::optional<std::int64_t> points;
    std::optional<money::Money> spent;
    std::optional<Timestamp> join_date;
    if (auto l = r.object("loyalty", req)) {
        tier = l->enumeration("tier", req, loyalty_tier_names);
        points = l->integer("points", req, 0, json::max_safe_integer);
        auto cur = optional_currency(*l, cu.loyalty.has_currency);
        spent = read_money(*l, "totalSpent", req, cur, Sign::non_negative);
        join_date = l->timestamp("joinDate", req);
        done(*l, c);
    }
    auto addresses = read_list<Address>(r, "addressBook", req, max_addresses,
                                        [&](const bj::value& e, const std::string& p) { return read_address(e, p, c); });
    if (auto e = r.object("emergencyContact", opt)) {
        EmergencyContact ec;
        ec.name = read_text(*e, "name", opt, 1, 100);
        ec.phone = read_phone(*e, "phone", opt);
        ec.relationship = read_text(*e, "relationship", opt, 1, 50);
        done(*e, c);
        cu.emergency_contact = ec;
    }
    auto created_at = r.timestamp("createdAt", req);
    auto updated_at = r.timestamp("updatedAt", req);
    done(r, c);
    check_not_before(c, updated_at, created_at, r.path_of("updatedAt"), "updatedAt", "createdAt");
    if (birth && created_at && !(*birth < *created_at))
        issue(c, r.path_of("personalInfo") + "/dateOfBirth", issue_code::inconsistent, "must be before createdAt");
    if (!clean_since(c, mark) || !all(customer_id, user_id, name, email, phone, measurements, preferred, fabrics,
                                      urgency, tier, points, spent, join_date, addresses, created_at, updated_at))
        return std::nullopt;
    cu.customer_id = *customer_id;
    cu.user_id = *user_id;
    cu.personal_info.name = *name;
    cu.personal_info.email = *email;
    cu.personal_info.phone = *phone;
    cu.personal_info.date_of_birth = birth;
    cu.measurements = *measurements;
    cu.preferences.preferred_services = *preferred;
    cu.preferences.fabric_preferences = *fabrics;
    cu.preferences.urgency_level = *urgency;
    cu.loyalty.tier = *tier;
    cu.loyalty.points = *points;
    cu.loyalty.total_spent = *spent;
    cu.loyalty.join_date = *join_date;
    cu.address_book = *addresses;
    cu.created_at = *created_at;
    cu.updated_at = *updated_at;
    return cu;
}

Result<Customer> decode_customer(const bj::value& v, Strictness strictness) {
    return decode_with<Customer>(v, strictness, read_customer, "customer");
}

bj::value encode_customer(const Customer& cu) {
    bj::object o;
    o.emplace("customerId", cu.customer_id);
    o.emplace("userId", cu.user_id);
    {
        const PersonalInfo& p = cu.personal_info;
        bj::object x;
        x.emplace("name", p.name);
        x.emplace("email", p.email);
        x.emplace("phone", p.phone);
        put_optional_ts(x, "dateOfBirth", p.date_of_birth);
        if (p.gender) x.emplace("gender", json::enum_name(*p.gender, gender_names));
        o.emplace("personalInfo", std::move(x));
    }
    o.emplace("measurements", encode_customer_measurements(cu.measurements));
    {
        const CustomerPreferences& p = cu.preferences;
        bj::object x;
        x.emplace("preferredServices", encode_strings(p.preferred_services));
        x.emplace("fabricPreferences", encode_strings(p.fabric_preferences));
        if (p.budget_range) {
            bj::object b;
            if (p.budget_range->has_currency) b.emplace("currency", p.budget_range->min.currency().code());
            b.emplace("min", encode_money(p.budget_range->min));
            b.emplace("max", encode_money(p.budget_range->max));
            x.emplace("budgetRange", std::move(b));
        }
        x.emplace("urgencyLevel", json::enum_name(p.urgency_level, urgency_names));
        o.emplace("preferences", std::move(x));
    }
    {
        const Loyalty& l = cu.loyalty;
        bj::object x;
        x.emplace("tier", json::enum_name(l.tier, loyalty_tier_names));
        x.emplace("points", l.points);
        if (l.has_currency) x.emplace("currency", l.total_spent.currency().code());
        x.emplace("totalSpent", encode_money(l.total_spent));
        x.emplace("joinDate", encode_timestamp(l.join_date));
        o.emplace("loyalty", std::move(x));
    }
    o.emplace("addressBook", encode_list(cu.address_book, [](const Address& a) {
        bj::object x;
        put_optional(x, "label", a.label);
        x.emplace("line1", a.line1);
        put_optional(x, "line2", a.line2);
        x.emplace("city", a.city);
        put_optional(x, "state", a.state);
        x.emplace("postalCode", a.postal_code);
        x.emplace("country", a.country);
        return bj::value(std::move(x));
    }));
    if (cu.emergency_contact) {
        bj::object x;
        put_optional(x, "name", cu.emergency_contact->name);
        put_optional(x, "phone", cu.emergency_contact->phone);
        put_optional(x, "relationship", cu.emergency_contact->relationship);
        o.emplace("emergencyContact", std::move(x));
    }
    o.emplace("createdAt", encode_timestamp(cu.created_at));
    o.emplace("updatedAt", encode_timestamp(cu.updated_at));
    return bj::value(std::move(o));
}

ValidationReport validate_customer(const bj::value& v) {
    return validate_with<Customer>(v, read_customer, encode_customer);
}

}  // namespace tailor::documents
