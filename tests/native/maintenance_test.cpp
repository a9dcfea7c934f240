// maintenance.daily end to end: its reminders are accepted by notify.plan as they
// are, and its status updates are exactly what order.transition answers.
#include "tailor/maintenance/daily.hpp"

#include <catch2/catch.hpp>

#include <boost/json/serialize.hpp>

#include "tailor/api/call.hpp"
#include "tailor/json/write.hpp"

using namespace tailor;
namespace bj = boost::json;

namespace {

bj::value order(const char* id, const char* status, const char* stage, const char* delivery, const char* placed) {
    bj::object item{{"itemId", std::string(id) + "_i1"}, {"stage", stage}};
    bj::object o{{"orderId", id},
                 {"customerId", "cust_1"},
                 {"assignedEmployeeId", "emp_1"},
                 {"serviceItems", bj::array{item}},
                 {"pricing", bj::object{{"currency", "INR"}, {"totalAmount", 2000}, {"advanceRequired", 500}}},
                 {"timeline", bj::object{{"orderDate", placed}, {"deliveryDate", delivery}}},
                 {"status", bj::object{{"current", status}, {"history", bj::array{}}}},
                 {"payment", bj::object{{"transactions", bj::array{bj::object{{"kind", "charge"},
                                                                              {"status", "succeeded"},
                                                                              {"amount", 500}}}}}}};
    return o;
}

bj::value ok_result(const char* op, const bj::value& input) {
    auto out = api::invoke(op, bj::serialize(input));
    INFO(op << " " << bj::serialize(input));
    if (!out.ok()) FAIL(out.error().code << ": " << (out.error().details.empty() ? "" : out.error().details[0].code));
    return out.value();
}

}  // namespace

TEST_CASE("every reminder maintenance.daily returns is a valid notify.plan event that reaches the customer",
          "[maintenance]") {
    const char* now = "2026-11-25T18:30:00Z";  // midnight IST 2026-11-26
    bj::array orders{order("ord_b", "ready", "ready", "2026-11-27T12:30:00Z", "2026-11-20T10:00:00Z"),
                     order("ord_c", "trial", "trial", "2026-12-05T12:30:00Z", "2026-11-20T10:00:00Z")};
    bj::value daily = ok_result("maintenance.daily", bj::object{{"orders", orders}, {"now", now}});
    const bj::array& reminders = daily.at("reminders").as_array();
    REQUIRE(reminders.size() == 3);  // ord_b: delivery tomorrow + balance 1500.00; ord_c: trial
    bj::object customer{{"userId", "cust_1"}, {"role", "customer"}, {"preferences", bj::object{{"notifications", true}}}};
    for (const bj::value& event : reminders) {
        bj::value plan = ok_result("notify.plan", bj::object{{"event", event}, {"people", bj::array{customer}}, {"now", now}});
        const bj::array& notes = plan.at("notifications").as_array();
        REQUIRE(notes.size() == 1);
        CHECK(notes[0].at("recipientId") == "cust_1");
        CHECK(notes[0].at("type") == event.at("type"));
    }
}

TEST_CASE("a stale pending order is cancelled exactly as order.transition would", "[maintenance]") {
    const char* now = "2026-11-25T18:30:00Z";
    bj::value stale = order("ord_d", "pending", "pending", "2026-12-05T12:30:00Z", "2026-11-10T10:00:00Z");
    bj::value daily = ok_result("maintenance.daily", bj::object{{"orders", bj::array{stale}}, {"now", now}});
    REQUIRE(daily.at("statusUpdates").as_array().size() == 1);
    bj::value direct = ok_result(
        "order.transition",
        bj::object{{"order", stale},
                   {"request", bj::object{{"event", "cancel"}, {"reason", "not confirmed within 7 days"}}},
                   {"actor", bj::object{{"uid", "system:maintenance"}, {"role", "system"}}},
                   {"now", now}});
    CHECK(bj::serialize(daily.at("statusUpdates").as_array()[0]) == bj::serialize(direct));
}
