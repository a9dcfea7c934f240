// Planning the notifications of one event (tailor/notify/plan.hpp).
#include "tailor/notify/plan.hpp"

#include <array>
#include <cstdio>

#include "tailor/schedule/config.hpp"
#include "tailor/schedule/time_zone.hpp"

namespace tailor::notify {

namespace {

using N = NotificationType;
using P = Priority;
constexpr std::optional<Priority> none = std::nullopt;

constexpr std::array<Audience, 19> audience_table = {{
    {N::order_created, none, none, P::medium},
    {N::order_confirmed, P::medium, none, none},
    {N::order_assigned, none, P::high, none},
    {N::production_started, P::low, none, none},
    {N::stage_changed, P::low, none, none},
    {N::trial_scheduled, P::high, none, none},
    {N::order_ready, P::high, none, none},
    {N::order_delivered, P::medium, none, none},
    {N::order_cancelled, P::high, P::medium, P::medium},
    {N::order_on_hold, P::medium, P::medium, none},
    {N::order_resumed, P::low, P::medium, none},
    {N::payment_received, P::medium, none, P::low},
    {N::payment_failed, P::high, none, P::medium},
    {N::refund_issued, P::medium, none, none},
    {N::delivery_reminder, P::high, none, none},
    {N::balance_reminder, P::medium, none, none},
    {N::trial_reminder, P::high, none, none},
    {N::feedback_request, P::low, none, none},
    {N::general, P::low, none, none},
}};

struct Template {
    NotificationType type;
    const char* title;
    const char* message;  // {order} {status} {amount} {due}
};

// English templates. Placeholders are filled only from the event's own fields.
constexpr Template english[] = {
    {N::order_created, "New order", "Order {order} was placed and awaits confirmation."},
    {N::order_confirmed, "Order confirmed", "Your order {order} is confirmed."},
    {N::order_assigned, "Order assigned to you", "Order {order} has been assigned to you."},
    {N::production_started, "Work has started", "Work on your order {order} has started."},
    {N::stage_changed, "Order update", "Your order {order} is now at the {status} stage."},
    {N::trial_scheduled, "Trial ready", "Your order {order} is ready for a trial fitting."},
    {N::order_ready, "Ready for pickup", "Your order {order} is ready for pickup."},
    {N::order_delivered, "Delivered", "Your order {order} has been delivered. Thank you!"},
    {N::order_cancelled, "Order cancelled", "Order {order} has been cancelled."},
    {N::order_on_hold, "Order on hold", "Order {order} is on hold."},
    {N::order_resumed, "Order resumed", "Work on order {order} has resumed ({status})."},
    {N::payment_received, "Payment received", "We received {amount} for order {order}."},
    {N::payment_failed, "Payment failed", "A payment of {amount} for order {order} failed."},
    {N::refund_issued, "Refund issued", "A refund of {amount} for order {order} has been issued."},
    {N::delivery_reminder, "Delivery tomorrow", "Your order {order} is due for delivery on {due}."},
    {N::balance_reminder, "Balance due", "A balance of {amount} is due on order {order}."},
    {N::trial_reminder, "Trial reminder", "Please come for the trial fitting of order {order}."},
    {N::feedback_request, "How did we do?", "Tell us what you think of order {order}."},
    {N::general, "Update", "There is an update on order {order}."},
};

std::string fill(const char* text, const Event& e, const std::string& due) {
    std::string out;
    std::string_view t(text);
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (t[i] == '{') {
            auto close = t.find('}', i);
            std::string_view key = t.substr(i + 1, close - i - 1);
            if (key == "order") out += e.order_id;
            else if (key == "status") out += e.to.value_or("updated");
            else if (key == "amount")
                out += e.amount ? *e.amount + (e.currency ? " " + *e.currency : std::string()) : std::string("a payment");
            else if (key == "due") out += due.empty() ? std::string("the agreed date") : due;
            i = close;
        } else {
            out += t[i];
        }
    }
    return out;
}

/// "2026-11-27 18:00 IST" in the person's zone (the shop's when theirs is absent or unknown:
/// preferences are stored data, shown as well as possible rather than rejected).
std::string local_time(Timestamp t, const std::optional<std::string>& zone_name, const schedule::TimeZone& shop_zone) {
    std::optional<schedule::TimeZone> own = zone_name ? schedule::TimeZone::find(*zone_name) : std::nullopt;
    const schedule::TimeZone& zone = own ? *own : shop_zone;
    const auto off = zone.offset_at(t.seconds);
    const std::int64_t local = t.seconds + off.offset_seconds;
    const std::int64_t day = local >= 0 ? local / 86400 : -((-local + 86399) / 86400);
    const std::int64_t secs = local - day * 86400;
    char hm[8];
    std::snprintf(hm, sizeof hm, "%02d:%02d", static_cast<int>(secs / 3600), static_cast<int>(secs / 60 % 60));
    return schedule::format_local_date(static_cast<std::int32_t>(day)) + " " + hm + " " + off.abbreviation;
}

std::vector<Channel> channels_for(Priority p, const Person& person) {
    std::vector<Channel> out{Channel::in_app};
    if (p == P::low) return out;
    if (person.has_push) out.push_back(Channel::push);
    if ((p == P::high || p == P::urgent) && person.has_phone) out.push_back(Channel::sms);
    if (person.has_email) out.push_back(Channel::email);
    // Keep the enum's order (in_app, sms, email, push) so the list is canonical.
    std::vector<Channel> sorted;
    for (Channel c : {Channel::in_app, Channel::sms, Channel::email, Channel::push})
        for (Channel d : out)
            if (c == d) sorted.push_back(c);
    return sorted;
}

}  // namespace

const Audience& audience_of(NotificationType type) {
    for (const Audience& a : audience_table)
        if (a.type == type) return a;
    return audience_table.back();
}

Result<Plan> plan_notifications(const Event& event, const std::vector<Person>& people, Timestamp now,
                                const NotificationsConfig& config, const schedule::TimeZone& shop_zone) {
    Plan plan;
    const Audience& audience = audience_of(event.type);
    const Template* tmpl = &english[0];
    for (const Template& t : english)
        if (t.type == event.type) tmpl = &t;
    for (const Person& person : people) {
        std::optional<Priority> priority;
        if (person.role == documents::Role::customer) {
            if (person.user_id != event.customer_id) {
                plan.skipped.push_back({person.user_id, "not_the_order_customer"});
                continue;
            }
            priority = audience.customer;
        } else if (person.role == documents::Role::employee) {
            if (event.assigned_employee_id && person.user_id == *event.assigned_employee_id) priority = audience.assignee;
        } else {
            priority = audience.admins;
        }
        if (!priority) {
            plan.skipped.push_back({person.user_id, "not_in_audience"});
            continue;
        }
        if (!person.notifications) {
            plan.skipped.push_back({person.user_id, "notifications_off"});
            continue;
        }
        Planned n;
        n.recipient_id = person.user_id;
        n.type = event.type;
        n.priority = *priority;
        n.channels = channels_for(*priority, person);
        // Only English templates exist; any other language falls back to it.
        n.language = "en";
        const std::string due = event.due ? local_time(*event.due, person.timezone, shop_zone) : std::string();
        n.title = tmpl->title;
        n.message = fill(tmpl->message, event, due);
        n.notification_id = "ntf_" + event.order_id + "_" +
                            std::string(json::enum_name(event.type, documents::notification_type_names)) + "_" +
                            person.user_id + "_" + std::to_string(event.at.seconds);
        n.created_at = now;
        n.expiry = Timestamp{now.seconds + config.expiry_days * 86400, now.nanos};
        plan.notifications.push_back(std::move(n));
    }
    return plan;
}

}  // namespace tailor::notify
