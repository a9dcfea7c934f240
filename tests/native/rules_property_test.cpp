// Property test: random updates of an order by random actors are decided as the
// policy in prose (docs/security.md §2) says — an oracle written independently
// of the table. Seed: env TAILOR_SEED, else a printed default.
#include "tailor/rules/authorize.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <random>
#include <set>

#include <boost/json/parse.hpp>
#include "property.hpp"

using namespace tailor::rules;
namespace bj = boost::json;

namespace {

std::uint64_t seed() {
    return tailor::test::property_seed("rules_property_test", 20261125u);
}

const char* statuses[] = {"pending", "confirmed", "cutting", "stitching", "trial", "alteration",
                          "finishing", "quality_check", "ready", "delivered", "cancelled", "on_hold"};

bj::object base_order(const std::string& status) {
    auto v = bj::parse(R"({"orderId":"o1","customerId":"c1","assignedEmployeeId":"e1",
      "serviceItems":[{"itemId":"i1","serviceId":"s1","garment":"shirt","quantity":1,"stage":"pending"}],
      "customItems":[],"measurements":{},"pricing":{"currency":"INR","subtotal":1000,"totalAmount":1000},
      "timeline":{"orderDate":"2026-03-01T09:30:00Z","deliveryDate":"2026-03-10T00:00:00Z","urgent":false},
      "status":{"current":"pending","history":[]},"payment":{"status":"pending","transactions":[]},
      "attachments":{"images":[]},"specialInstructions":"none","workAssignments":{},"qualityChecks":[],
      "feedback":{"rating":5},"createdAt":"2026-03-01T09:30:00Z","updatedAt":"2026-03-01T09:30:00Z"})");
    v.as_object()["status"].as_object()["current"] = status.c_str();
    return v.as_object();
}

}  // namespace

TEST_CASE("random order updates are decided as the prose policy says", "[rules][property]") {
    std::mt19937_64 rng(seed());
    const std::vector<std::string> top = {"customerId", "assignedEmployeeId", "serviceItems", "measurements",
                                          "pricing", "status", "payment", "attachments", "specialInstructions",
                                          "workAssignments", "qualityChecks", "feedback", "updatedAt", "extra"};
    const std::vector<std::string> timeline_keys = {"orderDate", "deliveryDate", "urgent"};
    const std::set<std::string> customer_keys = {"specialInstructions", "attachments", "timeline"};
    const std::set<std::string> employee_keys = {"status", "serviceItems", "workAssignments", "qualityChecks",
                                                 "attachments", "measurements", "updatedAt"};
    const char* actors[][2] = {{"c1", "customer"}, {"c2", "customer"}, {"e1", "employee"}, {"a1", "admin"}};

    for (int iteration = 0; iteration < tailor::test::property_cases(2000); ++iteration) {
        const std::string status = statuses[rng() % 12];
        const bj::object before = base_order(status);
        bj::object after = before;
        std::set<std::string> changed;
        for (const auto& k : top)
            if (rng() % 5 == 0) {
                after[k] = "changed-" + std::to_string(iteration);
                changed.insert(k);
            }
        std::set<std::string> timeline_changed;
        for (const auto& k : timeline_keys)
            if (rng() % 4 == 0) {
                after["timeline"].as_object()[k] = "t" + std::to_string(iteration);
                timeline_changed.insert(k);
            }
        if (!timeline_changed.empty()) changed.insert("timeline");
        const auto& actor = actors[rng() % 4];

        AuthorizeRequest r;
        r.auth = Auth{actor[0], bj::value(actor[1])};
        r.op = Operation::update;
        r.path = {"orders", "o1"};
        r.resource = before;
        r.request_resource = after;
        const Decision d = authorize(r);

        // The oracle, from docs/security.md §2.
        auto subset = [&](const std::set<std::string>& allowed) {
            return std::all_of(changed.begin(), changed.end(), [&](const std::string& k) { return allowed.count(k) > 0; });
        };
        std::string expected = "default_deny";
        const std::string role = actor[1];
        if (role == "admin") expected = "orders.update.admin";
        if (role == "employee" && subset(employee_keys)) expected = "orders.update.employee";
        if (std::string(actor[0]) == "c1" && (status == "pending" || status == "confirmed") && subset(customer_keys) &&
            (timeline_changed.empty() || timeline_changed == std::set<std::string>{"deliveryDate"}))
            expected = "orders.update.owner";

        INFO("iteration " << iteration << " actor " << actor[0] << " status " << status << " reason " << d.reason);
        REQUIRE(d.rule == expected);
        REQUIRE(d.allow == (expected != "default_deny"));
        REQUIRE(d.lookups == 0);  // roles from claims; orders need no lookup
    }
}
