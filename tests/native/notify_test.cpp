// notify.plan's privacy and preference rules over every event type and random people.
// Seed: TAILOR_SEED, else a fixed default; printed so a failure can be replayed.
#include "tailor/notify/plan.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <random>
#include "property.hpp"

using namespace tailor;
using namespace tailor::notify;

TEST_CASE("only the order's customer, the assignee and admins are told: preferences are respected",
          "[notify][property]") {
    const std::uint64_t seed = tailor::test::property_seed("notify_test", 7);
    std::mt19937_64 rng(seed);
    int planned = 0;
    const int cases = tailor::test::property_cases(300);
    for (int round = 0; round < cases; ++round) {
        for (const auto& t : documents::notification_type_names) {
            Event e;
            e.type = t.value;
            e.order_id = "ord_1";
            e.customer_id = "cust_" + std::to_string(rng() % 3);
            if (rng() % 2) e.assigned_employee_id = "emp_" + std::to_string(rng() % 3);
            e.at = Timestamp{1796083200, 0};
            std::vector<Person> people;
            for (int i = 0; i < 6; ++i) {
                Person p;
                p.role = static_cast<documents::Role>(rng() % 3);
                p.user_id = (p.role == documents::Role::customer ? "cust_" : p.role == documents::Role::employee ? "emp_" : "adm_") +
                            std::to_string(i % 3);
                bool dup = false;
                for (const Person& q : people) dup = dup || q.user_id == p.user_id;
                if (dup) continue;
                p.notifications = rng() % 4 != 0;
                p.has_phone = rng() % 2, p.has_email = rng() % 2, p.has_push = rng() % 2;
                people.push_back(p);
            }
            auto plan = plan_notifications(e, people, Timestamp{1796083200, 0}, NotificationsConfig{}, *schedule::TimeZone::find("Asia/Kolkata"));
            REQUIRE(plan.ok());
            CHECK(plan.value().notifications.size() + plan.value().skipped.size() == people.size());
            const Audience& a = audience_of(e.type);
            for (const Planned& n : plan.value().notifications) {
                const Person* p = nullptr;
                for (const Person& q : people)
                    if (q.user_id == n.recipient_id) p = &q;
                REQUIRE(p);
                CHECK(p->notifications);
                if (p->role == documents::Role::customer) {
                    CHECK(p->user_id == e.customer_id);  // never another customer's order
                    CHECK(n.priority == *a.customer);
                }
                if (p->role == documents::Role::employee) CHECK(p->user_id == *e.assigned_employee_id);
                CHECK(n.channels.front() == Channel::in_app);
                for (Channel c : n.channels) {
                    if (c == Channel::sms) CHECK((p->has_phone && (n.priority == Priority::high || n.priority == Priority::urgent)));
                    if (c == Channel::email) CHECK(p->has_email);
                    if (c == Channel::push) CHECK(p->has_push);
                }
                ++planned;
            }
        }
    }
    CHECK(planned > cases * 10 / 3);  // 1000+ plans at 300 rounds
}
