// rules.check: business-rule checks of an order (rules/check.hpp).
#include "tailor/rules/check.hpp"

#include "tailor/documents/order.hpp"
#include "tailor/payments/config.hpp"
#include "tailor/pricing/config.hpp"
#include "tailor/schedule/config.hpp"

#include <algorithm>

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "tailor/money/decimal.hpp"
#include "tailor/money/money.hpp"

namespace tailor::rules {
namespace {

namespace bj = boost::json;
using documents::Garment;
using documents::OrderStatus;
using json::Presence;

constexpr std::int64_t seconds_per_day = 86400;

/// Input limits of rules.check (docs/security.md).
constexpr std::size_t max_items = 200;
constexpr std::size_t max_services = 200;
constexpr std::size_t max_employees = 500;
constexpr std::size_t max_discounts = 50;
constexpr std::size_t max_transactions = 500;
constexpr std::int64_t max_count = 1000000;

std::string money_text(std::int64_t minor, const OrderFacts& o) {
    return money::format_minor(minor, o.currency_exponent) + " " + o.currency_code;
}

std::string bps_text(std::int64_t bps) {
    return money::format_minor(bps, 2) + " %";  // basis points → percent with 2 decimals
}

/// ⌈a·b / 10000⌉ for non-negative a, b (b ≤ 10000), without overflow for |a| ≤ 2^53.
std::int64_t ceil_share(std::int64_t a, std::int64_t bps) {
    const std::int64_t whole = (a / 10000) * bps;
    const std::int64_t part = (a % 10000) * bps;
    return whole + (part + 9999) / 10000;
}

bool measurement_present(const bj::object& doc, std::string_view name) {
    const bj::value* v = doc.if_contains(bj::string_view(name.data(), name.size()));
    if (!v) {
        const bj::value* custom = doc.if_contains("customMeasurements");
        if (custom && custom->is_object()) v = custom->get_object().if_contains(bj::string_view(name.data(), name.size()));
    }
    if (v && v->is_object()) v = v->get_object().if_contains("value");  // {value, unit}
    if (!v) return false;
    if (v->is_int64()) return v->get_int64() > 0;
    if (v->is_uint64()) return v->get_uint64() > 0;
    if (v->is_double()) return v->get_double() > 0;
    return false;
}

}  // namespace

const std::vector<MeasurementNeed>& required_measurements(Garment garment) {
    // Each need names the field in the order's per-garment block (the documents
    // domain's names, docs/schema.md "Measurement plausibility") and the same
    // measure in the customer's body profile (customers.measurements, or its
    // customMeasurements). The sets are the core of research.md §1.
    static const std::vector<MeasurementNeed> shirt = {
        {"neck", "neck"}, {"chest", "chest"}, {"waist", "waist"}, {"shoulder", "shoulder"},
        {"sleeveLength", "sleeve"}, {"shirtLength", "length"}};
    static const std::vector<MeasurementNeed> trouser = {
        {"waist", "waist"}, {"hip", "hips"}, {"inseam", "inseam"}, {"length", "length"}};
    static const std::vector<MeasurementNeed> blazer = {
        {"chest", "chest"}, {"waist", "waist"}, {"shoulder", "shoulder"}, {"sleeve", "sleeve"},
        {"jacketLength", "length"}};
    static const std::vector<MeasurementNeed> suit = {
        {"chest", "chest"}, {"waist", "waist"}, {"hip", "hips"}, {"shoulder", "shoulder"},
        {"sleeve", "sleeve"}, {"jacketLength", "length"}, {"inseam", "inseam"}};
    static const std::vector<MeasurementNeed> blouse = {{"bust", "bust"}, {"sleeve", "sleeve"}, {"length", "length"}};
    static const std::vector<MeasurementNeed> kurti = {
        {"chest", "chest"}, {"waist", "waist"}, {"hip", "hips"}, {"sleeve", "sleeve"}, {"topLength", "length"}};
    static const std::vector<MeasurementNeed> none = {};
    switch (garment) {
        case Garment::shirt: return shirt;
        case Garment::trouser: return trouser;
        case Garment::blazer: return blazer;
        case Garment::suit: return suit;
        case Garment::blouse: return blouse;
        case Garment::kurti: return kurti;
        case Garment::other: return none;
    }
    return none;
}

std::vector<Violation> check(const CheckRequest& req) {
    std::vector<Violation> out;
    const OrderFacts& o = req.order;
    auto add = [&out](const char* code, Severity s, std::string path, std::string message) {
        out.push_back({code, s, std::move(path), std::move(message)});
    };
    auto find_service = [&req](const std::string& id) -> const ServiceFacts* {
        for (const auto& s : req.services)
            if (s.id == id) return &s;
        return nullptr;
    };
    auto item_path = [](std::size_t i, const char* field) {
        return "/order/serviceItems/" + std::to_string(i) + "/" + field;
    };

    // 1. services exist and are active
    for (std::size_t i = 0; i < o.items.size(); ++i) {
        const ServiceFacts* s = find_service(o.items[i].service_id);
        if (!s) add(violation::service_unknown, Severity::error, item_path(i, "serviceId"),
                    "service " + o.items[i].service_id + " is not among the services given");
        else if (!s->active) add(violation::service_inactive, Severity::error, item_path(i, "serviceId"),
                                 "service " + s->id + " is not active");
    }

    // 2. capacity, per distinct service in order of first appearance; this order is not yet counted
    for (std::size_t i = 0; i < o.items.size(); ++i) {
        const std::string& id = o.items[i].service_id;
        bool seen = false;
        for (std::size_t j = 0; j < i; ++j) seen = seen || o.items[j].service_id == id;
        const ServiceFacts* s = find_service(id);
        if (seen || !s) continue;
        std::int64_t quantity = 0;
        for (const auto& it : o.items)
            if (it.service_id == id) quantity += it.quantity;
        std::int64_t booked = 0;
        for (const auto& b : req.daily_bookings)
            if (b.first == id) booked = b.second;
        if (s->daily_limit && booked + quantity > *s->daily_limit)
            add(violation::daily_capacity_reached, Severity::error, item_path(i, "serviceId"),
                "service " + id + ": " + std::to_string(booked) + " booked today + " + std::to_string(quantity) +
                    " in this order exceeds the daily limit of " + std::to_string(*s->daily_limit));
        if (s->queue_limit && s->current_queue + quantity > *s->queue_limit)
            add(violation::queue_limit_reached, Severity::error, item_path(i, "serviceId"),
                "service " + id + ": " + std::to_string(s->current_queue) + " in the queue + " +
                    std::to_string(quantity) + " in this order exceeds the queue limit of " +
                    std::to_string(*s->queue_limit));
    }

    // 3–4. urgency offered by every service; lead time
    bool urgency_offered = true;
    if (o.urgent) {
        std::vector<std::string> refused;
        for (const auto& it : o.items) {
            const ServiceFacts* s = find_service(it.service_id);
            if (!s) continue;
            const bool listed = std::find(req.rules.urgent_services.begin(), req.rules.urgent_services.end(),
                                          s->id) != req.rules.urgent_services.end();
            if (!listed && !s->urgent_available &&
                std::find(refused.begin(), refused.end(), s->id) == refused.end())
                refused.push_back(s->id);
        }
        if (!refused.empty()) {
            urgency_offered = false;
            std::string names;
            for (std::size_t i = 0; i < refused.size(); ++i) names += (i ? ", " : "") + refused[i];
            add(violation::urgency_not_offered, Severity::error, "/order/timeline/urgent",
                "urgent delivery is not offered for service " + names);
        }
    }
    if (o.delivery_date) {
        std::int64_t lead = 0;
        std::string from;
        for (const auto& it : o.items)
            if (const ServiceFacts* s = find_service(it.service_id); s && s->lead_time_days > lead) {
                lead = s->lead_time_days;
                from = s->id;
            }
        std::int64_t days = lead;
        if (o.urgent && urgency_offered) days = ceil_share(lead, req.urgent_lead_time_bps);
        const Timestamp earliest{req.now.seconds + days * seconds_per_day, req.now.nanos};
        if (days > 0 && *o.delivery_date < earliest)
            add(violation::lead_time_not_met, Severity::error, "/order/timeline/deliveryDate",
                "delivery " + format_rfc3339(*o.delivery_date) + " is before " + format_rfc3339(earliest) +
                    " (now + " + std::to_string(days) + " calendar days: lead time " + std::to_string(lead) +
                    " days of service " + from + (days != lead ? ", shortened for urgent delivery" : "") + ")");
    }

    // 5. measurements per garment: the order's block measurements.garments[garment]
    //    (docs/schema.md), else the customer's body profile.
    const bj::value* garments = o.measurements.if_contains("garments");
    for (std::size_t i = 0; i < o.items.size(); ++i) {
        const Garment g = o.items[i].garment;
        const std::string_view garment_name = json::enum_name(g, documents::garment_names);
        const bj::value* per_garment = garments && garments->is_object()
                                           ? garments->get_object().if_contains(bj::string_view(garment_name.data(), garment_name.size()))
                                           : nullptr;
        std::vector<std::string_view> missing;
        for (const MeasurementNeed& need : required_measurements(g)) {
            const bool present = (per_garment && per_garment->is_object() &&
                                  measurement_present(per_garment->get_object(), need.garment_field)) ||
                                 measurement_present(o.customer_measurements, need.profile_field);
            if (!present) missing.push_back(need.garment_field);
        }
        if (!missing.empty()) {
            std::string names;
            for (std::size_t k = 0; k < missing.size(); ++k) names += (k ? ", " : "") + std::string(missing[k]);
            add(violation::measurements_missing, Severity::error, item_path(i, "garment"),
                std::string(json::enum_name(g, documents::garment_names)) + " needs measurements: " + names);
        }
    }

    // 6. assigned staff: order level, then each item
    auto check_employee = [&](const std::string& id, std::string path) {
        const EmployeeFacts* e = nullptr;
        for (const auto& x : req.employees)
            if (x.id == id) e = &x;
        if (!e) add(violation::employee_unknown, Severity::error, path, "employee " + id + " is not among the employees given");
        else if (e->status == documents::EmployeeStatus::inactive)
            add(violation::employee_inactive, Severity::error, path, "employee " + id + " is inactive");
        else if (e->status == documents::EmployeeStatus::on_leave)
            add(violation::employee_on_leave, Severity::error, path, "employee " + id + " is on leave");
    };
    if (o.employee_id) check_employee(*o.employee_id, "/order/assignedEmployeeId");
    for (std::size_t i = 0; i < o.items.size(); ++i)
        if (o.items[i].employee_id) check_employee(*o.items[i].employee_id, item_path(i, "assignedEmployeeId"));

    // 7. advance before production: error once in production, warning while confirmed
    const bool in_production = o.status != OrderStatus::pending && o.status != OrderStatus::confirmed &&
                               o.status != OrderStatus::cancelled && o.status != OrderStatus::on_hold;
    if ((in_production || o.status == OrderStatus::confirmed) && o.total > 0) {
        const std::int64_t required = ceil_share(o.total, req.advance_bps);
        if (o.paid < required)
            add(violation::advance_below_required, in_production ? Severity::error : Severity::warning,
                "/order/payment",
                "paid " + money_text(o.paid, o) + " of " + money_text(o.total, o) + "; " + bps_text(req.advance_bps) +
                    " (" + money_text(required, o) + ") is required before production");
    }

    // 8. discounts within the actor's role limit: Σ discounts ≤ subtotal × limit / 10000
    if (!req.actor_is_system && o.discounts > 0) {
        const std::int64_t limit = req.max_discount_bps[static_cast<int>(req.actor_role)];
        const std::int64_t allowed = o.subtotal > 0 ? (o.subtotal / 10000) * limit + (o.subtotal % 10000) * limit / 10000 : 0;
        if (o.discounts > allowed)
            add(violation::discount_exceeds_role_limit, Severity::error, "/order/pricing/discounts",
                "discounts of " + money_text(o.discounts, o) + " exceed the " +
                    std::string(json::enum_name(req.actor_role, documents::role_names)) + " role's limit: " +
                    bps_text(limit) + " of " + money_text(o.subtotal, o) + " = " + money_text(allowed, o));
    }
    return out;
}

// ---- JSON edge --------------------------------------------------------------

namespace {

std::optional<money::Money> amount(json::ObjectReader& r, std::string_view key, Presence p, const money::Currency& c) {
    const bj::value* v = r.field(key, p);
    if (!v) return std::nullopt;
    return money::read_amount(*v, r.path_of(key), r.issues(), c);
}

void decode_order(const bj::value& v, CheckRequest& req, const money::Currency& fallback, json::Issues& issues) {
    // A stored order document: read only the fields the checks use; no finish().
    json::ObjectReader r(v, "/order", issues);
    OrderFacts& o = req.order;
    money::Currency currency = fallback;
    if (auto pricing = r.object("pricing", Presence::optional)) {
        if (const bj::value* code = pricing->field("currency", Presence::optional))
            if (auto c = money::read_currency(*code, pricing->path_of("currency"), issues)) currency = *c;
        if (auto m = amount(*pricing, "subtotal", Presence::optional, currency)) o.subtotal = m->minor();
        if (auto m = amount(*pricing, "totalAmount", Presence::optional, currency)) o.total = m->minor();
        if (const bj::array* list = pricing->array("discounts", Presence::optional, max_discounts)) {
            // What each discount takes off is the documents domain's definition
            // (fixed: its amount; percent: of the subtotal or of its line, rounded
            // half away from zero). A whole stored order decodes, so use it; a
            // partial one must state each discount's `amount`.
            json::Issues scratch;
            const auto full = documents::read_order(v, "/order", scratch, documents::Strictness::lenient);
            for (std::size_t i = 0; i < list->size(); ++i) {
                if (full && i < full->pricing.discounts.size())
                    if (auto m = documents::discount_minor_units(full->pricing.discounts[i], *full)) {
                        o.discounts += *m;
                        continue;
                    }
                json::ObjectReader d((*list)[i], pricing->path_of("discounts") + "/" + std::to_string(i), issues);
                if (auto m = amount(d, "amount", Presence::required, currency)) o.discounts += m->minor();
            }
        }
    }
    o.currency_code = std::string(currency.code());
    o.currency_exponent = currency.exponent();
    if (const bj::array* items = r.array("serviceItems", Presence::optional, max_items)) {
        for (std::size_t i = 0; i < items->size(); ++i) {
            json::ObjectReader it((*items)[i], r.path_of("serviceItems") + "/" + std::to_string(i), issues);
            ItemFacts item;
            if (auto s = it.string("serviceId", Presence::required, {1, 128})) item.service_id = *s;
            if (auto g = it.enumeration("garment", Presence::required, documents::garment_names)) item.garment = *g;
            if (auto q = it.integer("quantity", Presence::optional, 1, 10000)) item.quantity = *q;
            if (auto e = it.string("assignedEmployeeId", Presence::optional, {1, 128})) item.employee_id = *e;
            o.items.push_back(std::move(item));
        }
    }
    if (auto e = r.string("assignedEmployeeId", Presence::optional, {1, 128})) o.employee_id = *e;
    if (auto t = r.object("timeline", Presence::optional)) {
        o.delivery_date = t->timestamp("deliveryDate", Presence::optional);
        if (auto u = t->boolean("urgent", Presence::optional)) o.urgent = *u;
    }
    if (auto s = r.object("status", Presence::optional))
        if (auto cur = s->enumeration("current", Presence::required, documents::order_status_names)) o.status = *cur;
    if (auto p = r.object("payment", Presence::optional)) {
        if (const bj::array* txs = p->array("transactions", Presence::optional, max_transactions)) {
            for (std::size_t i = 0; i < txs->size(); ++i) {
                json::ObjectReader t((*txs)[i], p->path_of("transactions") + "/" + std::to_string(i), issues);
                auto kind = t.enumeration("kind", Presence::required, documents::transaction_kind_names);
                auto status = t.enumeration("status", Presence::required, documents::transaction_status_names);
                auto m = amount(t, "amount", Presence::required, currency);
                if (kind && status && m && *status == documents::TransactionStatus::succeeded)
                    o.paid += *kind == documents::TransactionKind::charge ? m->minor() : -m->minor();
            }
        }
    }
    if (const bj::value* m = r.field("measurements", Presence::optional)) {
        if (m->is_object()) o.measurements = m->get_object();
        else issues.add(r.path_of("measurements"), issue_code::type_mismatch, "must be an object");
    }
}

}  // namespace

std::optional<CheckRequest> read_check_request(const bj::value& input, json::Issues& issues) {
    json::ObjectReader r(input, "", issues);
    CheckRequest req;
    if (auto now = r.timestamp("now", Presence::required)) req.now = *now;

    if (auto actor = r.object("actor", Presence::required)) {
        actor->string("uid", Presence::required, {1, 128});
        if (const bj::value* role = actor->field("role", Presence::required)) {
            if (role->is_string() && role->get_string() == "system") req.actor_is_system = true;
            else if (auto x = json::read_enum(*role, actor->path_of("role"), issues, documents::role_names))
                req.actor_role = *x;
        }
        actor->finish();
    }

    money::Currency fallback = *money::Currency::from_code("INR");
    payments::PaymentsConfig payments_config;  // defaults unless config.payments says otherwise
    if (auto config = r.object("config", Presence::optional)) {
        // Only the rules section is ours (strict); of pricing and payments only the values used are read.
        if (const bj::value* c = config->field("currency", Presence::optional))
            if (auto cur = money::read_currency(*c, config->path_of("currency"), issues)) fallback = *cur;
        req.rules = read_rules_config(config->field("rules", Presence::optional), config->path_of("rules"), issues);
        // The urgent lead-time share is the calendar's setting (schedule.estimate applies the same one).
        req.urgent_lead_time_bps = schedule::read_calendar_config(config->field("calendar", Presence::optional),
                                                                  config->path_of("calendar"), issues)
                                       .urgent_lead_time_bps;
        // The advance rate and the discount ceilings are the pricing domain's
        // settings: read through its own section readers, so both domains
        // apply one definition (docs/pricing.md).
        payments_config = payments::read_payments_config(config->field("payments", Presence::optional),
                                                         config->path_of("payments"), issues);
        const pricing::PricingConfig pricing_config = pricing::read_pricing_config(
            config->field("pricing", Presence::optional), config->path_of("pricing"), issues);
        req.max_discount_bps[static_cast<int>(documents::Role::customer)] = pricing_config.max_discount_customer.value;
        req.max_discount_bps[static_cast<int>(documents::Role::employee)] = pricing_config.max_discount_employee.value;
        req.max_discount_bps[static_cast<int>(documents::Role::admin)] = pricing_config.max_discount_admin.value;
        // other sections belong to other domains: not read, not reported
        if (config->object()) for (const auto& kv : *config->object()) config->ignore(kv.key());
    }

    if (const bj::value* order = r.field("order", Presence::required)) decode_order(*order, req, fallback, issues);

    if (const bj::array* list = r.array("services", Presence::required, max_services)) {
        for (std::size_t i = 0; i < list->size(); ++i) {
            json::ObjectReader s((*list)[i], "/services/" + std::to_string(i), issues);
            ServiceFacts f;
            if (auto id = s.string("serviceId", Presence::required, {1, 128})) f.id = *id;
            if (auto a = s.boolean("isActive", Presence::optional)) f.active = *a;
            if (auto cap = s.object("capacity", Presence::optional)) {
                f.daily_limit = cap->integer("dailyLimit", Presence::optional, 0, max_count);
                f.queue_limit = cap->integer("queueLimit", Presence::optional, 0, max_count);
                if (auto q = cap->integer("currentQueue", Presence::optional, 0, max_count)) f.current_queue = *q;
            }
            if (auto sch = s.object("scheduling", Presence::optional)) {
                if (auto d = sch->integer("leadTime", Presence::optional, 0, 3650)) f.lead_time_days = *d;
                if (auto u = sch->boolean("urgentAvailable", Presence::optional)) f.urgent_available = *u;
            }
            req.services.push_back(std::move(f));
        }
    }
    if (const bj::array* list = r.array("employees", Presence::optional, max_employees)) {
        for (std::size_t i = 0; i < list->size(); ++i) {
            json::ObjectReader e((*list)[i], "/employees/" + std::to_string(i), issues);
            EmployeeFacts f;
            if (auto id = e.string("employeeId", Presence::required, {1, 128})) f.id = *id;
            if (auto st = e.enumeration("status", Presence::required, documents::employee_status_names)) f.status = *st;
            req.employees.push_back(std::move(f));
        }
    }
    std::optional<documents::LoyaltyTier> tier;
    if (auto customer = r.object("customer", Presence::optional)) {
        if (const bj::value* m = customer->field("measurements", Presence::optional)) {
            if (m->is_object()) req.order.customer_measurements = m->get_object();
            else issues.add(customer->path_of("measurements"), issue_code::type_mismatch, "must be an object");
        }
        if (auto loyalty = customer->object("loyalty", Presence::optional))
            tier = loyalty->enumeration("tier", Presence::optional, documents::loyalty_tier_names);
    }
    // The required advance: the payments section's rate for this order's
    // urgency, combined with the customer's tier rate when the tier is known.
    req.advance_bps = payments::advance_rate(payments_config, req.order.urgent, tier ? &*tier : nullptr).value;
    if (auto bookings = r.object("dailyBookings", Presence::optional)) {
        if (bookings->object() && bookings->object()->size() > max_services) {
            issues.add("/dailyBookings", issue_code::too_many, "must hold at most " + std::to_string(max_services) + " services");
        } else if (bookings->object()) {
            for (const auto& kv : *bookings->object())
                if (auto n = bookings->integer(kv.key(), Presence::required, 0, max_count))
                    req.daily_bookings.emplace_back(std::string(kv.key()), *n);
        }
    }
    r.finish();
    if (!issues.empty()) return std::nullopt;
    return req;
}

api::Outcome check_op(const bj::value& input) {
    json::Issues issues;
    const auto req = read_check_request(input, issues);
    if (!req) return issues.to_error();

    const auto violations = check(*req);
    bj::array list;
    std::int64_t errors = 0, warnings = 0;
    for (const auto& v : violations) {
        (v.severity == Severity::error ? errors : warnings) += 1;
        bj::object o;
        o.emplace("code", v.code);
        o.emplace("severity", json::enum_name(v.severity, severity_names));
        o.emplace("path", v.path);
        o.emplace("message", v.message);
        list.emplace_back(std::move(o));
    }
    bj::object out;
    out.emplace("ok", errors == 0);
    out.emplace("errors", errors);
    out.emplace("warnings", warnings);
    out.emplace("violations", std::move(list));
    return bj::value(std::move(out));
}

}  // namespace tailor::rules
