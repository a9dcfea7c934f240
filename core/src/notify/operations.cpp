// notify.plan: JSON decode → plan_notifications → encode.
#include "../lifecycle/domain_operations.hpp"
#include "tailor/json/reader.hpp"
#include "tailor/lifecycle/config.hpp"
#include "tailor/money/decimal.hpp"
#include "tailor/notify/plan.hpp"

namespace tailor::notify {

namespace bj = boost::json;
using json::ObjectReader;
using json::Presence;

NotificationsConfig read_notifications_config(const bj::value* section, const std::string& path,
                                              json::Issues& issues) {
    NotificationsConfig config;
    if (!section || section->is_null()) return config;
    ObjectReader r(*section, path, issues);
    if (auto d = r.integer("expiryDays", Presence::optional, 1, 365)) config.expiry_days = *d;
    r.finish();
    return config;
}

bj::value notifications_config_to_json(const NotificationsConfig& config) {
    return bj::object{{"expiryDays", config.expiry_days}};
}

namespace {

constexpr json::StringRule id_rule{1, 128};

std::optional<Event> read_event(ObjectReader& top, json::Issues& issues) {
    auto r = top.object("event", Presence::required);
    if (!r) return std::nullopt;
    const std::size_t before = issues.size();
    Event e;
    auto type = r->enumeration("type", Presence::required, documents::notification_type_names);
    auto order = r->string("orderId", Presence::required, id_rule);
    auto customer = r->string("customerId", Presence::required, id_rule);
    e.assigned_employee_id = r->string("assignedEmployeeId", Presence::optional, id_rule);
    r->enumeration("from", Presence::optional, documents::order_status_names);
    if (auto to = r->enumeration("to", Presence::optional, documents::order_status_names))
        e.to = std::string(json::enum_name(*to, documents::order_status_names));
    r->array("itemIds", Presence::optional, 400);  // carried by item-level events; not used here
    auto currency = r->string("currency", Presence::optional, {3, 3});
    if (const bj::value* amount = r->field("amount", Presence::optional)) {
        if (!currency) {
            issues.add(r->path_of("currency"), issue_code::required, "an amount needs its currency");
        } else if (auto c = money::Currency::from_code(*currency)) {
            if (auto m = money::read_amount(*amount, r->path_of("amount"), issues, *c)) {
                e.amount = m->to_decimal_string();
                e.currency = *currency;
            }
        } else {
            issues.add(r->path_of("currency"), issue_code::invalid_enum, "unsupported currency");
        }
    }
    e.due = r->timestamp("due", Presence::optional);
    auto at = r->timestamp("at", Presence::required);
    r->finish();
    if (issues.size() != before || !type || !order || !customer || !at) return std::nullopt;
    e.type = *type;
    e.order_id = *order;
    e.customer_id = *customer;
    e.at = *at;
    return e;
}

std::vector<Person> read_people(ObjectReader& top, json::Issues& issues) {
    std::vector<Person> people;
    const bj::array* list = top.array("people", Presence::required, max_people);
    if (!list) return people;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const std::string path = "/people/" + std::to_string(i);
        ObjectReader r((*list)[i], path, issues);  // a stored user document: no finish()
        if (!r.valid()) continue;
        Person p;
        auto id = r.string("userId", Presence::required, id_rule);
        auto role = r.enumeration("role", Presence::required, documents::role_names);
        if (auto prefs = r.object("preferences", Presence::optional)) {
            p.notifications = prefs->boolean("notifications", Presence::optional).value_or(true);
            p.language = prefs->string("language", Presence::optional, {1, 35});
            p.timezone = prefs->string("timezone", Presence::optional, {1, 64});
        }
        p.has_email = r.string("email", Presence::optional, {1, 320}).has_value();
        p.has_phone = r.string("phone", Presence::optional, {1, 32}).has_value();
        p.has_push = r.string("fcmToken", Presence::optional, {1, 4096}).has_value();
        if (!id || !role) continue;
        for (const Person& q : people)
            if (q.user_id == *id) issues.add(path + "/userId", issue_code::duplicate, "\"" + *id + "\" is listed twice");
        p.user_id = *id;
        p.role = *role;
        people.push_back(std::move(p));
    }
    return people;
}

}  // namespace

std::optional<PlanInput> read_plan_input(const bj::value& input, json::Issues& issues) {
    ObjectReader top(input, "", issues);
    auto event = read_event(top, issues);
    auto people = read_people(top, issues);
    auto now = top.timestamp("now", Presence::required);
    const bj::value* config = top.field("config", Presence::optional);
    const lifecycle::ConfigRoot root = lifecycle::read_config_root(config, "/config", issues);
    auto nconfig = read_notifications_config(lifecycle::config_section(config, "notifications"), "/config/notifications", issues);
    top.finish();
    auto shop_zone = schedule::find_zone(root.timezone, "/config/timezone", issues);
    if (!issues.empty()) return std::nullopt;
    return PlanInput{std::move(*event), std::move(people), *now, nconfig, *shop_zone};
}

namespace {

api::Outcome plan_op(const bj::value& input) {
    json::Issues issues;
    const auto decoded = read_plan_input(input, issues);
    if (!decoded) return issues.to_error();
    const Event& event = decoded->event;
    auto plan = plan_notifications(event, decoded->people, decoded->now, decoded->config, decoded->shop_zone);
    if (!plan) return plan.error();

    bj::array notes;
    for (const Planned& n : plan.value().notifications) {
        bj::object o;
        o.emplace("notificationId", n.notification_id);
        o.emplace("recipientId", n.recipient_id);
        o.emplace("type", json::enum_name(n.type, documents::notification_type_names));
        o.emplace("priority", json::enum_name(n.priority, documents::priority_names));
        bj::array ch;
        for (Channel c : n.channels) ch.emplace_back(json::enum_name(c, documents::channel_names));
        o.emplace("channels", std::move(ch));
        o.emplace("language", n.language);
        o.emplace("title", n.title);
        o.emplace("message", n.message);
        // Only this order's own fields; staff also see whose order it is.
        bj::object data;
        data.emplace("orderId", event.order_id);
        const bool customer = n.recipient_id == event.customer_id;
        if (!customer) data.emplace("customerId", event.customer_id);
        if (event.to) data.emplace("status", *event.to);
        if (event.amount) {
            data.emplace("amount", *event.amount);
            data.emplace("currency", *event.currency);
        }
        if (event.due) data.emplace("due", format_rfc3339(*event.due));
        o.emplace("data", std::move(data));
        o.emplace("expiry", format_rfc3339(n.expiry));
        o.emplace("createdAt", format_rfc3339(n.created_at));
        notes.emplace_back(std::move(o));
    }
    bj::array skipped;
    for (const Skipped& s : plan.value().skipped) {
        bj::object o;
        o.emplace("recipientId", s.recipient_id);
        o.emplace("reason", s.reason);
        skipped.emplace_back(std::move(o));
    }
    bj::object out;
    out.emplace("notifications", std::move(notes));
    out.emplace("skipped", std::move(skipped));
    return bj::value(std::move(out));
}

}  // namespace

std::vector<api::Operation> notify_operations() {
    return {{"notify.plan", "The notifications a domain event creates: recipients, priority, channels, text, data and expiry, respecting preferences.", &plan_op}};
}

}  // namespace tailor::notify
