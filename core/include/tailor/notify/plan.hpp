// tailor/notify/plan.hpp — which notifications a domain event creates (notify.plan).
//
// One table (`audience_table`) says, per event type, who is told (the order's
// customer, the assigned employee, admins) and at which priority. Channels follow
// the priority (urgent/high: in_app, push, sms, email; medium: in_app, push, email;
// low: in_app), limited to the contact points the person has (sms needs a phone,
// email an email, push a push token). A person whose preferences turn notifications
// off is skipped, and so is any customer who is not the order's customer: a
// customer never receives another customer's data.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <boost/json/value.hpp>

#include "tailor/documents/enums.hpp"
#include "tailor/error.hpp"
#include "tailor/notify/config.hpp"
#include "tailor/schedule/time_zone.hpp"
#include "tailor/time/timestamp.hpp"

namespace tailor::notify {

using documents::Channel;
using documents::NotificationType;
using documents::Priority;

inline constexpr std::size_t max_people = 100;

/// Who hears about an event, and how urgently (nullopt = not told).
struct Audience {
    NotificationType type;
    std::optional<Priority> customer;
    std::optional<Priority> assignee;
    std::optional<Priority> admins;
};

/// The event a notification is about (order.transition's events, payments, reminders).
struct Event {
    NotificationType type;
    std::string order_id;
    std::string customer_id;
    std::optional<std::string> assigned_employee_id;
    std::optional<std::string> to;       ///< the order's new status, when the event has one
    std::optional<std::string> amount;   ///< decimal text, for payments and balances
    std::optional<std::string> currency;
    std::optional<Timestamp> due;        ///< delivery / trial time, for reminders
    Timestamp at;
};

struct Person {
    std::string user_id;
    documents::Role role = documents::Role::customer;
    bool notifications = true;
    std::optional<std::string> language;
    std::optional<std::string> timezone;
    bool has_phone = false, has_email = false, has_push = false;
};

struct Planned {
    std::string notification_id;
    std::string recipient_id;
    NotificationType type;
    Priority priority;
    std::vector<Channel> channels;
    std::string language;
    std::string title;
    std::string message;
    Timestamp expiry;
    Timestamp created_at;
};

struct Skipped {
    std::string recipient_id;
    std::string reason;  ///< notifications_off | not_the_order_customer | not_in_audience
};

struct Plan {
    std::vector<Planned> notifications;
    std::vector<Skipped> skipped;
};

/// `shop_zone` (config.timezone) shows times to people whose own zone is absent or unknown.
Result<Plan> plan_notifications(const Event& event, const std::vector<Person>& people, Timestamp now,
                                const NotificationsConfig& config, const schedule::TimeZone& shop_zone);

/// notify.plan's input, decoded: the arguments of plan_notifications().
struct PlanInput {
    Event event;
    std::vector<Person> people;
    Timestamp now;
    NotificationsConfig config;
    schedule::TimeZone shop_zone;  ///< config.timezone
};

/// Decodes {event, people, now, config?} (people: stored user documents, read
/// for id, role, preferences and contact points; config: root fields and the
/// notifications section). Records every problem in `issues` at its JSON
/// Pointer path; nullopt when there is any.
std::optional<PlanInput> read_plan_input(const boost::json::value& input, json::Issues& issues);

/// The audience row of a type (every NotificationType has one).
const Audience& audience_of(NotificationType type);

}  // namespace tailor::notify
