#include "tailor/rules/indexes.hpp"

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "tailor/json/write.hpp"

namespace tailor::rules {
namespace {

namespace bj = boost::json;
constexpr Direction asc = Direction::ascending;
constexpr Direction desc = Direction::descending;

}  // namespace

const std::vector<IndexedQuery>& indexed_queries() {
    static const std::vector<IndexedQuery> queries = {
        {"orders_of_customer", "orders", "a customer's order history, newest first (the seed's pagination query)",
         {"customerId"}, {{"createdAt", desc}}},
        {"orders_of_customer_in_status", "orders",
         "a customer's orders in one status (the seed's first index, corrected: status is a map, the field is status.current)",
         {"customerId", "status.current"}, {{"createdAt", desc}}},
        {"orders_of_employee", "orders", "an employee's work queue, newest first",
         {"assignedEmployeeId"}, {{"createdAt", desc}}},
        {"orders_in_status_by_date", "orders",
         "orders in one status over a date range (the seed's analytics query, on status.current)",
         {"status.current"}, {{"createdAt", asc}}},
        {"services_catalogue", "services", "active services of a category, best rated first",
         {"category", "isActive"}, {{"rating.average", desc}}},
        {"customers_by_tier", "customers",
         "customers of a tier by spend (the seed indexed totalSpent; the field is loyalty.totalSpent)",
         {"loyalty.tier"}, {{"loyalty.totalSpent", desc}}},
        {"employees_available", "employees", "active employees, least loaded then best rated",
         {"status"}, {{"workload.utilization", asc}, {"performance.rating", desc}}},
        {"notifications_inbox", "notifications", "a recipient's notifications, newest first",
         {"recipientId"}, {{"createdAt", desc}}},
        {"notifications_unread", "notifications", "a recipient's unread notifications, newest first",
         {"recipientId", "status.read"}, {{"createdAt", desc}}},
        {"payments_of_customer", "payments", "a customer's payments, newest first",
         {"customerId"}, {{"createdAt", desc}}},
        {"payments_of_order", "payments", "the payments of one order, newest first",
         {"orderId"}, {{"createdAt", desc}}},
    };
    return queries;
}

std::string firestore_indexes_text() {
    bj::array indexes;
    for (const IndexedQuery& q : indexed_queries()) {
        bj::array fields;
        auto add = [&fields](std::string_view path, Direction d) {
            bj::object f;
            f.emplace("fieldPath", path);
            f.emplace("order", d == asc ? "ASCENDING" : "DESCENDING");
            fields.emplace_back(std::move(f));
        };
        for (auto e : q.equals) add(e, asc);
        for (const auto& o : q.order_by) add(o.first, o.second);
        bj::object index;
        index.emplace("collectionGroup", q.collection);
        index.emplace("queryScope", "COLLECTION");
        index.emplace("fields", std::move(fields));
        indexes.emplace_back(std::move(index));
    }
    bj::object file;
    file.emplace("indexes", std::move(indexes));
    // The seed's override on orders.status asc/desc only restated Firestore's
    // automatic single-field indexes, so none is needed.
    file.emplace("fieldOverrides", bj::array());
    return json::write_pretty(file) + "\n";
}

}  // namespace tailor::rules
