// The access policy table (rules/policy.hpp). Read docs/security.md for the
// reasoning behind each entry; the seed holes each entry closes are listed there.
#include "tailor/rules/policy.hpp"

namespace tailor::rules {
namespace {

using K = ConditionKind;
using Keys = std::vector<std::string_view>;

Condition signed_in() { return {K::signed_in, 0, Doc::resource, {}, {}}; }
Condition role_in(RoleSet roles) { return {K::role_in, roles, Doc::resource, {}, {}}; }
Condition doc_id_is_uid() { return {K::doc_id_is_uid, 0, Doc::resource, {}, {}}; }
Condition doc_id_is_not_uid() { return {K::doc_id_is_not_uid, 0, Doc::resource, {}, {}}; }
Condition field_is_uid(Doc d, std::string_view f) { return {K::field_is_uid, 0, d, f, {}}; }
Condition parent_field_is_uid(std::string_view f) { return {K::parent_field_is_uid, 0, Doc::resource, f, {}}; }
Condition field_in(Doc d, std::string_view f, Keys v) { return {K::field_in, 0, d, f, std::move(v)}; }
Condition affected_only(Keys v) { return {K::affected_only, 0, Doc::request, {}, std::move(v)}; }
Condition nested_affected_only(std::string_view f, Keys v) {
    return {K::nested_affected_only, 0, Doc::request, f, std::move(v)};
}
Condition keys_only(Keys v) { return {K::keys_only, 0, Doc::request, {}, std::move(v)}; }
Condition is_bool(std::string_view f) { return {K::is_bool, 0, Doc::request, f, {}}; }

constexpr RoleSet staff = employee | admin;
constexpr Doc R = Doc::resource;
constexpr Doc Q = Doc::request;
constexpr Operation get = Operation::get, list = Operation::list, create = Operation::create,
                    update = Operation::update, del = Operation::delete_;

// Profile fields a person may edit about themselves; never role, stats, loyalty,
// ownership, performance or workload.
const Keys user_self_fields = {"displayName", "photoUrl", "preferences", "updatedAt"};
const Keys user_create_fields = {"userId", "email", "displayName", "photoUrl", "role",
                                 "preferences", "createdAt", "updatedAt"};
const Keys customer_profile_fields = {"personalInfo", "measurements", "preferences",
                                      "addressBook", "emergencyContact", "updatedAt"};
const Keys customer_create_fields = {"customerId", "userId", "personalInfo", "measurements",
                                     "preferences", "addressBook", "emergencyContact",
                                     "createdAt", "updatedAt"};
const Keys order_customer_fields = {"specialInstructions", "attachments", "timeline"};
const Keys order_employee_fields = {"status", "serviceItems", "workAssignments", "qualityChecks",
                                    "attachments", "measurements", "updatedAt"};
const Keys employee_self_fields = {"personalInfo", "schedule", "location", "updatedAt"};

std::vector<PolicyRule> build() {
    using C = Collection;
    return {
        // ---- users/{userId} -------------------------------------------------
        {"users.get.self", C::users, get, "a user reads their own user document",
         {signed_in(), doc_id_is_uid()}},
        {"users.get.admin", C::users, get, "admins read any user document", {role_in(admin)}},
        {"users.list.admin", C::users, list, "admins list users", {role_in(admin)}},
        {"users.create.self", C::users, create,
         "a new user creates their own document with role customer and no stats",
         {signed_in(), doc_id_is_uid(), field_is_uid(Q, "userId"), field_in(Q, "role", {"customer"}),
          keys_only(user_create_fields)}},
        {"users.create.admin", C::users, create, "admins create other users' documents",
         {role_in(admin), doc_id_is_not_uid()}},
        {"users.update.self", C::users, update,
         "a user edits displayName, photoUrl, preferences, updatedAt of their own document",
         {signed_in(), doc_id_is_uid(), affected_only(user_self_fields)}},
        {"users.update.admin", C::users, update,
         "admins edit other users' documents (their own role stays unchanged)",
         {role_in(admin), doc_id_is_not_uid()}},
        {"users.delete.admin", C::users, del, "admins delete other users' documents",
         {role_in(admin), doc_id_is_not_uid()}},

        // ---- customers/{customerId} (document id = the customer's uid) ------
        {"customers.get.owner", C::customers, get, "a customer reads their own profile",
         {role_in(customer), doc_id_is_uid()}},
        {"customers.get.staff", C::customers, get, "employees and admins read customer profiles",
         {role_in(staff)}},
        {"customers.list.owner", C::customers, list,
         "a customer lists profiles only with the filter userId == their uid",
         {role_in(customer), field_is_uid(R, "userId")}},
        {"customers.list.staff", C::customers, list, "employees and admins list customers",
         {role_in(staff)}},
        {"customers.create.owner", C::customers, create,
         "a customer creates their own profile without loyalty or stats",
         {role_in(customer), doc_id_is_uid(), field_is_uid(Q, "userId"), keys_only(customer_create_fields)}},
        {"customers.create.employee", C::customers, create,
         "employees register walk-in customers without loyalty or stats",
         {role_in(employee), keys_only(customer_create_fields)}},
        {"customers.create.admin", C::customers, create, "admins create customer profiles",
         {role_in(admin)}},
        {"customers.update.owner", C::customers, update,
         "a customer edits their own contact, measurements, preferences and addresses, never loyalty or stats",
         {role_in(customer), doc_id_is_uid(), field_is_uid(R, "userId"), field_is_uid(Q, "userId"),
          affected_only(customer_profile_fields)}},
        {"customers.update.employee", C::customers, update,
         "employees edit contact, measurements, preferences and addresses, never loyalty or stats",
         {role_in(employee), affected_only(customer_profile_fields)}},
        {"customers.update.admin", C::customers, update, "admins edit customer profiles",
         {role_in(admin)}},
        {"customers.delete.admin", C::customers, del, "admins delete customer profiles", {role_in(admin)}},

        // ---- orders/{orderId} ------------------------------------------------
        {"orders.get.owner", C::orders, get, "a customer reads their own orders",
         {role_in(customer), field_is_uid(R, "customerId")}},
        {"orders.get.staff", C::orders, get, "employees and admins read orders", {role_in(staff)}},
        {"orders.list.owner", C::orders, list,
         "a customer lists orders only with the filter customerId == their uid",
         {role_in(customer), field_is_uid(R, "customerId")}},
        {"orders.list.staff", C::orders, list, "employees and admins list orders", {role_in(staff)}},
        {"orders.create.owner", C::orders, create,
         "a customer creates a pending, unpaid order for themselves",
         {role_in(customer), field_is_uid(Q, "customerId"), field_in(Q, "status.current", {"pending"}),
          field_in(Q, "payment.status", {"pending"})}},
        {"orders.create.employee", C::orders, create, "employees create pending orders (walk-ins)",
         {role_in(employee), field_in(Q, "status.current", {"pending"})}},
        {"orders.create.admin", C::orders, create, "admins create orders", {role_in(admin)}},
        {"orders.update.owner", C::orders, update,
         "while pending or confirmed, a customer edits specialInstructions, attachments and "
         "timeline.deliveryDate of their own order",
         {role_in(customer), field_is_uid(R, "customerId"), field_is_uid(Q, "customerId"),
          field_in(R, "status.current", {"pending", "confirmed"}), affected_only(order_customer_fields),
          nested_affected_only("timeline", {"deliveryDate"})}},
        {"orders.update.employee", C::orders, update,
         "employees move production (status, items, assignments, quality checks, attachments, "
         "measurements), never pricing, payment or ownership",
         {role_in(employee), affected_only(order_employee_fields)}},
        {"orders.update.admin", C::orders, update, "admins edit orders", {role_in(admin)}},
        {"orders.delete.admin", C::orders, del, "admins delete orders", {role_in(admin)}},

        // ---- orders/{orderId}/chat/{messageId} --------------------------------
        {"orders.chat.get.owner", C::order_chat, get, "a customer reads the chat of their own order",
         {role_in(customer), parent_field_is_uid("customerId")}},
        {"orders.chat.get.staff", C::order_chat, get, "employees and admins read order chats",
         {role_in(staff)}},
        {"orders.chat.list.owner", C::order_chat, list, "a customer lists the chat of their own order",
         {role_in(customer), parent_field_is_uid("customerId")}},
        {"orders.chat.list.staff", C::order_chat, list, "employees and admins list order chats",
         {role_in(staff)}},
        {"orders.chat.create.owner", C::order_chat, create,
         "a customer posts, as themselves, in the chat of their own order",
         {role_in(customer), parent_field_is_uid("customerId"), field_is_uid(Q, "senderId")}},
        {"orders.chat.create.staff", C::order_chat, create,
         "employees and admins post as themselves in order chats",
         {role_in(staff), field_is_uid(Q, "senderId")}},
        {"orders.chat.update.admin", C::order_chat, update, "admins edit chat messages (moderation)",
         {role_in(admin)}},
        {"orders.chat.delete.admin", C::order_chat, del, "admins delete chat messages (moderation)",
         {role_in(admin)}},

        // ---- services/{serviceId} --------------------------------------------
        {"services.get.any", C::services, get, "every signed-in role reads the catalogue",
         {role_in(any_role)}},
        {"services.list.any", C::services, list, "every signed-in role lists the catalogue",
         {role_in(any_role)}},
        {"services.create.admin", C::services, create, "admins add services", {role_in(admin)}},
        {"services.update.employee", C::services, update, "employees update only capacity counters",
         {role_in(employee), affected_only({"capacity", "updatedAt"})}},
        {"services.update.admin", C::services, update, "admins edit services", {role_in(admin)}},
        {"services.delete.admin", C::services, del, "admins delete services", {role_in(admin)}},

        // ---- employees/{employeeId} (document id = the employee's uid) --------
        {"employees.get.staff", C::employees, get, "employees and admins read employee records",
         {role_in(staff)}},
        {"employees.list.staff", C::employees, list, "employees and admins list employee records",
         {role_in(staff)}},
        {"employees.create.admin", C::employees, create, "admins create employee records",
         {role_in(admin)}},
        {"employees.update.self", C::employees, update,
         "an employee edits their own contact, schedule and location, never performance, workload or status",
         {role_in(employee), doc_id_is_uid(), field_is_uid(R, "userId"), field_is_uid(Q, "userId"),
          affected_only(employee_self_fields)}},
        {"employees.update.admin", C::employees, update, "admins edit employee records",
         {role_in(admin)}},
        {"employees.delete.admin", C::employees, del, "admins delete employee records",
         {role_in(admin)}},

        // ---- notifications/{notificationId} ----------------------------------
        {"notifications.get.recipient", C::notifications, get, "recipients read their own notifications",
         {role_in(any_role), field_is_uid(R, "recipientId")}},
        {"notifications.get.admin", C::notifications, get, "admins read notifications",
         {role_in(admin)}},
        {"notifications.list.recipient", C::notifications, list,
         "recipients list notifications only with the filter recipientId == their uid",
         {role_in(any_role), field_is_uid(R, "recipientId")}},
        {"notifications.list.admin", C::notifications, list, "admins list notifications",
         {role_in(admin)}},
        {"notifications.create.admin", C::notifications, create,
         "admins create notifications (Cloud Functions write through the Admin SDK)", {role_in(admin)}},
        {"notifications.update.recipient", C::notifications, update,
         "recipients change only status.read (a boolean) of their own notifications",
         {role_in(any_role), field_is_uid(R, "recipientId"), affected_only({"status"}),
          nested_affected_only("status", {"read"}), is_bool("status.read")}},
        {"notifications.update.admin", C::notifications, update, "admins edit notifications",
         {role_in(admin)}},
        {"notifications.delete.admin", C::notifications, del, "admins delete notifications",
         {role_in(admin)}},

        // ---- payments/{paymentId} -------------------------------------------
        {"payments.get.owner", C::payments, get, "a customer reads their own payments",
         {role_in(customer), field_is_uid(R, "customerId")}},
        {"payments.get.staff", C::payments, get, "employees and admins read payments", {role_in(staff)}},
        {"payments.list.owner", C::payments, list,
         "a customer lists payments only with the filter customerId == their uid",
         {role_in(customer), field_is_uid(R, "customerId")}},
        {"payments.list.staff", C::payments, list, "employees and admins list payments",
         {role_in(staff)}},
        {"payments.create.owner", C::payments, create,
         "a customer creates a pending payment for themselves (confirmed by the gateway webhook)",
         {role_in(customer), field_is_uid(Q, "customerId"), field_in(Q, "status", {"pending"})}},
        {"payments.create.employee", C::payments, create,
         "employees record pending payments taken at the counter",
         {role_in(employee), field_in(Q, "status", {"pending"})}},
        {"payments.create.admin", C::payments, create, "admins create payments", {role_in(admin)}},
        {"payments.update.admin", C::payments, update, "admins edit payments", {role_in(admin)}},
        {"payments.delete.admin", C::payments, del, "admins delete payments", {role_in(admin)}},
    };
}

}  // namespace

const std::vector<CollectionInfo>& collections() {
    static const std::vector<CollectionInfo> all = {
        {Collection::users, "users", "users", "userId", "", ""},
        {Collection::customers, "customers", "customers", "customerId", "", ""},
        {Collection::orders, "orders", "orders", "orderId", "", ""},
        {Collection::order_chat, "orders.chat", "chat", "messageId", "orders", "orderId"},
        {Collection::services, "services", "services", "serviceId", "", ""},
        {Collection::employees, "employees", "employees", "employeeId", "", ""},
        {Collection::notifications, "notifications", "notifications", "notificationId", "", ""},
        {Collection::payments, "payments", "payments", "paymentId", "", ""},
    };
    return all;
}

const CollectionInfo& info(Collection c) { return collections()[static_cast<std::size_t>(c)]; }

const std::vector<PolicyRule>& policy_table() {
    static const std::vector<PolicyRule> table = build();  // immutable after first use
    return table;
}

}  // namespace tailor::rules
