#!/usr/bin/env python3
"""Generates the rules.authorize matrix: tests/vectors/rules.authorize/*.json.

The matrix is written as a declarative SPEC below (role x collection x operation x
field change). Each scenario states, independently of the engine, which actors
are allowed and by which table entry; everyone else must be denied by
"default_deny". The generator builds each request, runs it through the native
build (tailorctl) and REFUSES to write anything if the engine's allow/rule
differ from the spec; the human `reason` text and the lookup count are taken
from the engine (lookup counts are pinned by the spec only in the LOOKUP_CASES).

Every vector's input maps 1:1 to a Firestore emulator request (see
examples/firestore/README.md): seed `resource` at `path` and every `lookups`
document, then perform `op` as `auth` (for create/update write `requestResource`
with setDoc), and assertSucceeds/assertFails by `expect.result.allow`.

usage: gen-rules-matrix.py [--write-rules] [--ctl PATH]
  --write-rules  also rewrite examples/firestore/firestore.rules and
                 firestore.indexes.json from rules.firestore / rules.indexes
"""
import argparse
import copy
import json
import pathlib
import shutil
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "tests/vectors/rules.authorize"

# ---- actors -------------------------------------------------------------------
ROLE = {"c1": "customer", "c2": "customer", "e1": "employee", "e2": "employee", "a1": "admin"}
GROUPS = {
    "customers": ["c1", "c2"],
    "employees": ["e1", "e2"],
    "staff": ["e1", "e2", "a1"],
    "signed": ["c1", "c2", "e1", "e2", "a1"],
}
# Role from the claim for every actor; from users/{uid} (no claim) for one of each role.
VARIANTS = [(a, "claim") for a in ROLE] + [(a, "doc") for a in ("c1", "e1", "a1")] + [(None, "anon")]

TS = "2026-03-01T09:30:00Z"


def user_doc(uid):
    return {"userId": uid, "email": f"{uid}@example.com", "displayName": uid.upper(), "role": ROLE.get(uid, "customer"),
            "preferences": {"notifications": True, "language": "en", "timezone": "Asia/Kolkata"},
            "stats": {"totalOrders": 3, "loyaltyPoints": 120, "averageRating": 4.5},
            "createdAt": TS, "updatedAt": TS}


def customer_doc(uid):
    return {"customerId": uid, "userId": uid,
            "personalInfo": {"name": "Asha", "email": f"{uid}@example.com", "phone": "+919800000000"},
            "measurements": {"chest": 40, "waist": 34, "customMeasurements": {}},
            "preferences": {"preferredServices": ["s1"], "urgencyLevel": "standard"},
            "loyalty": {"tier": "bronze", "points": 120, "totalSpent": 4500, "joinDate": TS},
            "addressBook": [], "createdAt": TS, "updatedAt": TS}


def order_doc(status="pending", customer="c1"):
    return {"orderId": "o1", "customerId": customer, "assignedEmployeeId": "e1",
            "serviceItems": [{"itemId": "i1", "serviceId": "s1", "garment": "shirt", "quantity": 1, "stage": "pending"}],
            "customItems": [], "measurements": {},
            "pricing": {"currency": "INR", "subtotal": 1000, "discounts": [], "taxes": [], "totalAmount": 1000,
                        "advanceRequired": 500, "remainingAmount": 1000},
            "timeline": {"orderDate": TS, "deliveryDate": "2026-03-10T00:00:00Z", "urgent": False},
            "status": {"current": status, "history": [], "lastUpdated": TS},
            "payment": {"status": "pending", "transactions": []},
            "attachments": {"images": [], "documents": []}, "specialInstructions": "none",
            "workAssignments": {}, "qualityChecks": [], "createdAt": TS, "updatedAt": TS}


def chat_doc(sender="c1"):
    return {"senderId": sender, "text": "Can the collar be narrower?", "createdAt": TS}


def service_doc():
    return {"serviceId": "s1", "name": "Shirt stitching", "category": "stitching", "isActive": True,
            "pricing": {"basePrice": 800}, "capacity": {"dailyLimit": 10, "queueLimit": 30, "currentQueue": 4},
            "scheduling": {"estimatedDuration": 240, "bufferTime": 30, "leadTime": 5}, "updatedAt": TS}


def employee_doc(uid="e1"):
    return {"employeeId": uid, "userId": uid, "personalInfo": {"name": "Ravi", "phone": "+919811111111"},
            "schedule": {"workingHours": {"mon": "09:00-18:00"}, "exceptions": []},
            "workload": {"currentOrders": 3, "capacity": 8, "utilization": 0.375},
            "performance": {"rating": 3.9, "completedOrders": 40}, "status": "active", "updatedAt": TS}


def notification_doc(recipient="c1"):
    return {"notificationId": "n1", "recipientId": recipient, "type": "order_ready", "priority": "medium",
            "title": "Your order is ready", "message": "Collect it any time.",
            "status": {"sent": True, "delivered": True, "read": False}, "createdAt": TS}


def payment_doc(status="succeeded", customer="c1"):
    return {"paymentId": "p1", "orderId": "o1", "customerId": customer, "amount": 500, "currency": "INR",
            "status": status, "createdAt": TS}


def setp(doc, dotted, value):
    """A copy of doc with dotted field set (value DELETE removes it)."""
    d = copy.deepcopy(doc)
    parts = dotted.split(".")
    cur = d
    for p in parts[:-1]:
        cur = cur.setdefault(p, {})
    if value is DELETE:
        cur.pop(parts[-1], None)
    else:
        cur[parts[-1]] = value
    return d


DELETE = object()
SELF = "{self}"


def S(name, collection, op, path, allow, *, resource=None, after=None, filters=None, hole=False, why="", lookups=None):
    """One scenario. allow: {actor or group: rule id}; everyone else → default_deny."""
    return dict(name=name, collection=collection, op=op, path=path, allow=allow, resource=resource, after=after,
                filters=filters, hole=hole, why=why, lookups=lookups or {})


def upd(doc, *changes):
    d = doc
    for field, value in changes:
        d = setp(d, field, value)
    return d


U = user_doc
O = order_doc()
SPEC = [
    # ---- users ----------------------------------------------------------------
    S("get_self", "users", "get", "users/{self}", {"signed": "users.get.self"}, resource=lambda a: U(a),
      why="anyone signed in reads their own users document"),
    S("get_other", "users", "get", "users/c2", {"c2": "users.get.self", "a1": "users.get.admin"}, resource=lambda a: U("c2"),
      why="only admins read other people's users documents"),
    S("list_all", "users", "list", "users", {"a1": "users.list.admin"}, why="only admins list users"),
    S("create_self_customer", "users", "create", "users/{self}", {"signed": "users.create.self"},
      after=lambda a: {k: v for k, v in setp(U(a), "role", "customer").items() if k != "stats"},
      why="a new user creates their own document with role customer and no stats"),
    S("user_sets_own_role_on_create", "users", "create", "users/{self}", {},
      after=lambda a: {k: v for k, v in setp(U(a), "role", "admin").items() if k != "stats"}, hole=True,
      why="seed: isOwner allowed any write, so a user could sign up as admin; now role must be customer and admins cannot create their own document"),
    S("user_creates_self_with_stats", "users", "create", "users/{self}", {},
      after=lambda a: setp(U(a), "role", "customer"), hole=True,
      why="seed: a user could create their document with loyaltyPoints; stats are not among the keys a user may set"),
    S("create_other", "users", "create", "users/c2", {"a1": "users.create.admin", "c2": "users.create.self"},
      after=lambda a: {k: v for k, v in U("c2").items() if k != "stats"},
      why="admins create other users' documents; c2 creates its own"),
    S("update_self_display_name", "users", "update", "users/{self}", {"signed": "users.update.self"},
      resource=lambda a: U(a), after=lambda a: setp(U(a), "displayName", "New Name"),
      why="displayName is a self-editable field"),
    S("user_sets_own_role", "users", "update", "users/{self}", {}, resource=lambda a: U(a),
      after=lambda a: setp(U(a), "role", "admin" if ROLE.get(a) != "admin" else "customer"), hole=True,
      why="seed: `allow write: if isOwner(userId)` let anyone set their own role; role is not self-editable and admins cannot edit their own document's role"),
    S("user_raises_own_loyalty_points", "users", "update", "users/{self}", {}, resource=lambda a: U(a),
      after=lambda a: setp(U(a), "stats.loyaltyPoints", 99999), hole=True,
      why="seed: a user could rewrite stats; stats are not self-editable"),
    S("update_other_role", "users", "update", "users/c2", {"a1": "users.update.admin"}, resource=lambda a: U("c2"),
      after=lambda a: setp(U("c2"), "role", "employee"),
      why="only admins change someone else's role (c2 cannot change its own)"),
    S("delete_other", "users", "delete", "users/c2", {"a1": "users.delete.admin"}, resource=lambda a: U("c2"),
      why="admins delete other users' documents"),
    S("delete_self", "users", "delete", "users/{self}", {}, resource=lambda a: U(a),
      why="nobody deletes their own users document (admins delete others')"),

    # ---- customers ----------------------------------------------------------------
    S("get_own", "customers", "get", "customers/c1", {"c1": "customers.get.owner", "staff": "customers.get.staff"},
      resource=lambda a: customer_doc("c1"), why="the owner and staff read a profile"),
    S("list_filtered_own", "customers", "list", "customers", {"customers": "customers.list.owner", "staff": "customers.list.staff"},
      filters=lambda a: [{"field": "userId", "op": "==", "value": a}],
      why="a customer may list with userId == own uid; staff always"),
    S("list_unfiltered", "customers", "list", "customers", {"staff": "customers.list.staff"},
      why="a customer's unfiltered query could return others' profiles: denied"),
    S("create_profile", "customers", "create", "customers/c1",
      {"c1": "customers.create.owner", "employees": "customers.create.employee", "a1": "customers.create.admin"},
      after=lambda a: {k: v for k, v in customer_doc("c1").items() if k != "loyalty"},
      why="owner, employees (walk-ins) and admins create a profile without loyalty"),
    S("customer_creates_profile_with_loyalty", "customers", "create", "customers/c1", {"a1": "customers.create.admin"},
      after=lambda a: setp(customer_doc("c1"), "loyalty.tier", "platinum"), hole=True,
      why="seed: owners wrote their whole document; loyalty is not among the keys a customer or employee may set"),
    S("update_personal_info", "customers", "update", "customers/c1",
      {"c1": "customers.update.owner", "employees": "customers.update.employee", "a1": "customers.update.admin"},
      resource=lambda a: customer_doc("c1"), after=lambda a: setp(customer_doc("c1"), "personalInfo.phone", "+919822222222"),
      why="contact details are editable by the owner and staff"),
    S("update_measurements", "customers", "update", "customers/c1",
      {"c1": "customers.update.owner", "employees": "customers.update.employee", "a1": "customers.update.admin"},
      resource=lambda a: customer_doc("c1"), after=lambda a: setp(customer_doc("c1"), "measurements.chest", 41),
      why="measurements are editable by the owner and staff"),
    S("customer_raises_loyalty_points", "customers", "update", "customers/c1", {"a1": "customers.update.admin"},
      resource=lambda a: customer_doc("c1"), after=lambda a: setp(customer_doc("c1"), "loyalty.points", 99999), hole=True,
      why="seed: `allow write: if isOwner(customerId)` let a customer mint loyalty points"),
    S("customer_sets_own_tier", "customers", "update", "customers/c1", {"a1": "customers.update.admin"},
      resource=lambda a: customer_doc("c1"), after=lambda a: setp(customer_doc("c1"), "loyalty.tier", "platinum"), hole=True,
      why="seed: a customer could promote their own loyalty tier"),
    S("customer_rewrites_total_spent", "customers", "update", "customers/c1", {"a1": "customers.update.admin"},
      resource=lambda a: customer_doc("c1"), after=lambda a: setp(customer_doc("c1"), "loyalty.totalSpent", 1000000), hole=True,
      why="seed: a customer could inflate totalSpent (which drives tiers)"),
    S("customer_transfers_profile", "customers", "update", "customers/c1", {"a1": "customers.update.admin"},
      resource=lambda a: customer_doc("c1"), after=lambda a: setp(customer_doc("c1"), "userId", "c2"), hole=True,
      why="owner field userId must equal the caller before and after: no ownership transfer"),
    S("delete_profile", "customers", "delete", "customers/c1", {"a1": "customers.delete.admin"},
      resource=lambda a: customer_doc("c1"), why="only admins delete profiles"),

    # ---- orders ----------------------------------------------------------------
    S("get_own", "orders", "get", "orders/o1", {"c1": "orders.get.owner", "staff": "orders.get.staff"},
      resource=lambda a: order_doc(), why="the order's customer and staff read it"),
    S("get_missing", "orders", "get", "orders/o1", {"staff": "orders.get.staff"},
      why="resource is null (no such order): the owner condition on resource.data fails; staff rules do not read it"),
    S("list_filtered_own", "orders", "list", "orders", {"customers": "orders.list.owner", "staff": "orders.list.staff"},
      filters=lambda a: [{"field": "customerId", "op": "==", "value": a}, {"field": "status.current", "op": "==", "value": "pending"}],
      why="customerId == own uid proves every result is the caller's"),
    S("list_filtered_in_own", "orders", "list", "orders", {"customers": "orders.list.owner", "staff": "orders.list.staff"},
      filters=lambda a: [{"field": "customerId", "op": "in", "value": [a]}],
      why="customerId in [own uid] proves it too"),
    S("customer_lists_other_customers_orders", "orders", "list", "orders", {"c1": "orders.list.owner", "staff": "orders.list.staff"},
      filters=lambda a: [{"field": "customerId", "op": "==", "value": "c1"}], hole=True,
      why="a filter on someone else's uid proves nothing for c2"),
    S("customer_lists_all_orders", "orders", "list", "orders", {"staff": "orders.list.staff"}, hole=True,
      why="seed: canAccessOrder used get() on the order, which cannot constrain a query; unfiltered lists are staff only"),
    S("list_not_equal_filter", "orders", "list", "orders", {"staff": "orders.list.staff"},
      filters=lambda a: [{"field": "customerId", "op": ">=", "value": a}],
      why="a range filter does not prove customerId == uid"),
    S("create_own_pending", "orders", "create", "orders/o1",
      {"c1": "orders.create.owner", "employees": "orders.create.employee", "a1": "orders.create.admin"},
      after=lambda a: order_doc(),
      why="c1 creates its own pending order (the seed's check read resource, null on create); staff too"),
    S("order_created_for_another_customer", "orders", "create", "orders/o1",
      {"c1": "orders.create.owner", "employees": "orders.create.employee", "a1": "orders.create.admin"},
      after=lambda a: order_doc(customer="c1"), hole=True,
      why="seed: `request.auth.uid == resource.data.customerId` read the null stored doc; now request.resource.data.customerId must be the caller (c2 is denied)"),
    S("order_created_already_confirmed", "orders", "create", "orders/o1", {"a1": "orders.create.admin"},
      after=lambda a: order_doc(status="confirmed"), hole=True,
      why="a new order must be pending for customers and employees"),
    S("order_created_marked_paid", "orders", "create", "orders/o1",
      {"employees": "orders.create.employee", "a1": "orders.create.admin"},
      after=lambda a: setp(order_doc(), "payment.status", "paid"), hole=True,
      why="a customer cannot create an order already marked paid"),
    S("update_special_instructions_pending", "orders", "update", "orders/o1",
      {"c1": "orders.update.owner", "a1": "orders.update.admin"},
      resource=lambda a: order_doc(), after=lambda a: setp(order_doc(), "specialInstructions", "double stitch"),
      why="customer edit while pending; employees may not edit instructions"),
    S("update_attachments_confirmed", "orders", "update", "orders/o1",
      {"c1": "orders.update.owner", "employees": "orders.update.employee", "a1": "orders.update.admin"},
      resource=lambda a: order_doc("confirmed"),
      after=lambda a: setp(order_doc("confirmed"), "attachments.images", [{"url": "gs://b/x.jpg"}]),
      why="attachments editable by the customer while confirmed and by employees"),
    S("update_delivery_date_pending", "orders", "update", "orders/o1",
      {"c1": "orders.update.owner", "a1": "orders.update.admin"},
      resource=lambda a: order_doc(), after=lambda a: setp(order_doc(), "timeline.deliveryDate", "2026-03-20T00:00:00Z"),
      why="timeline changes only in deliveryDate: allowed for the customer"),
    S("update_delivery_date_confirmed", "orders", "update", "orders/o1",
      {"c1": "orders.update.owner", "a1": "orders.update.admin"},
      resource=lambda a: order_doc("confirmed"),
      after=lambda a: setp(order_doc("confirmed"), "timeline.deliveryDate", "2026-03-20T00:00:00Z"),
      why="confirmed is still editable"),
    S("add_delivery_date", "orders", "update", "orders/o1", {"c1": "orders.update.owner", "a1": "orders.update.admin"},
      resource=lambda a: setp(order_doc(), "timeline.deliveryDate", DELETE),
      after=lambda a: order_doc(), why="adding timeline.deliveryDate is a change of that subfield only"),
    S("order_edited_in_production", "orders", "update", "orders/o1", {"a1": "orders.update.admin"},
      resource=lambda a: order_doc("cutting"),
      after=lambda a: setp(order_doc("cutting"), "timeline.deliveryDate", "2026-03-20T00:00:00Z"), hole=True,
      why="seed: `resource.data.status < 2` compared a map/enum with a number; now status.current must be pending or confirmed"),
    S("order_instructions_edited_when_ready", "orders", "update", "orders/o1", {"a1": "orders.update.admin"},
      resource=lambda a: order_doc("ready"), after=lambda a: setp(order_doc("ready"), "specialInstructions", "x"), hole=True,
      why="no customer edits once production started"),
    S("customer_sets_urgent", "orders", "update", "orders/o1", {"a1": "orders.update.admin"},
      resource=lambda a: order_doc(), after=lambda a: setp(order_doc(), "timeline.urgent", True), hole=True,
      why="timeline is allowed only when deliveryDate is its only changed subfield (urgent is priced)"),
    S("customer_moves_order_date", "orders", "update", "orders/o1", {"a1": "orders.update.admin"},
      resource=lambda a: order_doc(),
      after=lambda a: upd(order_doc(), ("timeline.orderDate", "2026-01-01T00:00:00Z"), ("timeline.deliveryDate", "2026-03-20T00:00:00Z")),
      hole=True, why="changing orderDate alongside deliveryDate is still outside timeline.deliveryDate"),
    S("customer_rewrites_order_price", "orders", "update", "orders/o1", {"a1": "orders.update.admin"},
      resource=lambda a: order_doc(), after=lambda a: setp(order_doc(), "pricing.totalAmount", 1), hole=True,
      why="seed: the owner could write any field while status < 2; pricing is not customer-editable"),
    S("customer_confirms_own_order", "orders", "update", "orders/o1",
      {"employees": "orders.update.employee", "a1": "orders.update.admin"},
      resource=lambda a: order_doc(), after=lambda a: setp(order_doc(), "status.current", "confirmed"), hole=True,
      why="status is moved by staff only"),
    S("customer_marks_order_paid", "orders", "update", "orders/o1", {"a1": "orders.update.admin"},
      resource=lambda a: order_doc(), after=lambda a: setp(order_doc(), "payment.status", "paid"), hole=True,
      why="payment is written by the gateway webhook (Admin SDK) or admins only"),
    S("order_ownership_transfer", "orders", "update", "orders/o1", {"a1": "orders.update.admin"},
      resource=lambda a: order_doc(), after=lambda a: setp(order_doc(), "customerId", "c2"), hole=True,
      why="customerId must be the caller before and after"),
    S("update_service_items", "orders", "update", "orders/o1",
      {"employees": "orders.update.employee", "a1": "orders.update.admin"},
      resource=lambda a: order_doc("cutting"),
      after=lambda a: setp(order_doc("cutting"), "serviceItems", [{"itemId": "i1", "serviceId": "s1", "garment": "shirt", "quantity": 1, "stage": "stitching"}]),
      why="employees move item stages"),
    S("employee_discounts_order", "orders", "update", "orders/o1", {"a1": "orders.update.admin"},
      resource=lambda a: order_doc(), after=lambda a: setp(order_doc(), "pricing.discounts", [{"amount": 900}]),
      why="pricing is not among the employee's fields"),
    S("delete", "orders", "delete", "orders/o1", {"a1": "orders.delete.admin"}, resource=lambda a: order_doc(),
      why="only admins delete orders"),

    # ---- orders/{orderId}/chat --------------------------------------------------------
    S("get", "orders.chat", "get", "orders/o1/chat/m1", {"c1": "orders.chat.get.owner", "staff": "orders.chat.get.staff"},
      resource=lambda a: chat_doc(), lookups={"orders/o1": order_doc()},
      why="the order's customer (via get(orders/o1)) and staff"),
    S("list", "orders.chat", "list", "orders/o1/chat", {"c1": "orders.chat.list.owner", "staff": "orders.chat.list.staff"},
      lookups={"orders/o1": order_doc()}, why="the order's customer and staff list its chat"),
    S("chat_read_for_missing_order", "orders.chat", "list", "orders/o9/chat", {"staff": "orders.chat.list.staff"},
      hole=True, why="no parent order: get() finds nothing, the customer is denied"),
    S("post_as_self", "orders.chat", "create", "orders/o1/chat/m1",
      {"c1": "orders.chat.create.owner", "staff": "orders.chat.create.staff"},
      after=lambda a: chat_doc(a), lookups={"orders/o1": order_doc()}, why="post as yourself in a chat you may read"),
    S("chat_message_spoofed_sender", "orders.chat", "create", "orders/o1/chat/m1", {},
      after=lambda a: chat_doc("x9"), lookups={"orders/o1": order_doc()}, hole=True,
      why="senderId must be the caller"),
    S("edit_message", "orders.chat", "update", "orders/o1/chat/m1", {"a1": "orders.chat.update.admin"},
      resource=lambda a: chat_doc(), after=lambda a: setp(chat_doc(), "text", "edited"),
      lookups={"orders/o1": order_doc()}, why="messages are immutable except for admin moderation"),
    S("delete_message", "orders.chat", "delete", "orders/o1/chat/m1", {"a1": "orders.chat.delete.admin"},
      resource=lambda a: chat_doc(), lookups={"orders/o1": order_doc()}, why="admin moderation only"),
    S("seed_chat_path", "chat", "get", "chat/o1/messages/m1", {}, resource=lambda a: chat_doc(),
      why="the seed's /chat/{conversationId}/messages path is outside the policy: denied"),

    # ---- services ----------------------------------------------------------------
    S("get", "services", "get", "services/s1", {"signed": "services.get.any"}, resource=lambda a: service_doc(),
      why="every role reads the catalogue"),
    S("list", "services", "list", "services", {"signed": "services.list.any"},
      filters=lambda a: [{"field": "isActive", "op": "==", "value": True}], why="every role lists the catalogue"),
    S("create", "services", "create", "services/s2", {"a1": "services.create.admin"},
      after=lambda a: setp(service_doc(), "serviceId", "s2"), why="admins add services"),
    S("update_queue", "services", "update", "services/s1", {"employees": "services.update.employee", "a1": "services.update.admin"},
      resource=lambda a: service_doc(), after=lambda a: setp(service_doc(), "capacity.currentQueue", 5),
      why="employees update capacity counters"),
    S("employee_changes_service_price", "services", "update", "services/s1", {"a1": "services.update.admin"},
      resource=lambda a: service_doc(), after=lambda a: setp(service_doc(), "pricing.basePrice", 1), hole=True,
      why="seed: employees wrote services freely; prices are admin-only"),
    S("delete", "services", "delete", "services/s1", {"a1": "services.delete.admin"}, resource=lambda a: service_doc(),
      why="admins delete services"),

    # ---- employees ----------------------------------------------------------------
    S("get", "employees", "get", "employees/e1", {"staff": "employees.get.staff"}, resource=lambda a: employee_doc(),
      why="customers do not read staff records (the seed exposed phone numbers to every signed-in user)"),
    S("list", "employees", "list", "employees", {"staff": "employees.list.staff"}, why="staff list staff"),
    S("create", "employees", "create", "employees/e3", {"a1": "employees.create.admin"},
      after=lambda a: employee_doc("e3"), why="admins create employee records"),
    S("update_own_schedule", "employees", "update", "employees/e1", {"e1": "employees.update.self", "a1": "employees.update.admin"},
      resource=lambda a: employee_doc(), after=lambda a: setp(employee_doc(), "schedule.workingHours", {"mon": "10:00-19:00"}),
      why="an employee edits their own schedule"),
    S("employee_rewrites_own_rating", "employees", "update", "employees/e1", {"a1": "employees.update.admin"},
      resource=lambda a: employee_doc(), after=lambda a: setp(employee_doc(), "performance.rating", 5.0), hole=True,
      why="seed: `allow write: if isOwner(employeeId)` let an employee set their own rating"),
    S("employee_lowers_own_workload", "employees", "update", "employees/e1", {"a1": "employees.update.admin"},
      resource=lambda a: employee_doc(), after=lambda a: setp(employee_doc(), "workload.currentOrders", 0), hole=True,
      why="workload drives assignment; not self-editable"),
    S("employee_reactivates_self", "employees", "update", "employees/e1", {"a1": "employees.update.admin"},
      resource=lambda a: setp(employee_doc(), "status", "inactive"), after=lambda a: employee_doc(), hole=True,
      why="status is admin-only"),
    S("employee_record_transfer", "employees", "update", "employees/e1", {"a1": "employees.update.admin"},
      resource=lambda a: employee_doc(), after=lambda a: setp(employee_doc(), "userId", "e2"), hole=True,
      why="userId must be the caller before and after"),
    S("delete", "employees", "delete", "employees/e1", {"a1": "employees.delete.admin"}, resource=lambda a: employee_doc(),
      why="admins delete employee records"),

    # ---- notifications ----------------------------------------------------------------
    S("notification_read_by_others", "notifications", "get", "notifications/n1",
      {"c1": "notifications.get.recipient", "a1": "notifications.get.admin"}, resource=lambda a: notification_doc(), hole=True,
      why="seed: `allow read, write: if true`; now only the recipient and admins"),
    S("get_employee_recipient", "notifications", "get", "notifications/n2",
      {"e1": "notifications.get.recipient", "a1": "notifications.get.admin"}, resource=lambda a: notification_doc("e1"),
      why="recipients of any role read their own"),
    S("list_own", "notifications", "list", "notifications", {"signed": "notifications.list.recipient"},
      filters=lambda a: [{"field": "recipientId", "op": "==", "value": a}], why="recipientId == own uid"),
    S("notifications_listed_by_anyone", "notifications", "list", "notifications", {"a1": "notifications.list.admin"},
      hole=True, why="seed: `if true` let anyone, even signed out, list every notification"),
    S("notification_forged_by_client", "notifications", "create", "notifications/n3", {"a1": "notifications.create.admin"},
      after=lambda a: notification_doc(), hole=True,
      why="seed: anyone could create notifications (phishing); only admins, Functions use the Admin SDK"),
    S("mark_read", "notifications", "update", "notifications/n1",
      {"c1": "notifications.update.recipient", "a1": "notifications.update.admin"},
      resource=lambda a: notification_doc(), after=lambda a: setp(notification_doc(), "status.read", True),
      why="the recipient flips status.read"),
    S("notification_read_flag_not_boolean", "notifications", "update", "notifications/n1", {"a1": "notifications.update.admin"},
      resource=lambda a: notification_doc(), after=lambda a: setp(notification_doc(), "status.read", "yes"), hole=True,
      why="status.read must stay a boolean"),
    S("notification_delivery_forged", "notifications", "update", "notifications/n1", {"a1": "notifications.update.admin"},
      resource=lambda a: notification_doc(), after=lambda a: setp(notification_doc(), "status.delivered", False), hole=True,
      why="only status.read may change"),
    S("notification_rewritten_by_recipient", "notifications", "update", "notifications/n1", {"a1": "notifications.update.admin"},
      resource=lambda a: notification_doc(), after=lambda a: setp(notification_doc(), "title", "Pay now at evil.example"), hole=True,
      why="seed: `if true` allowed rewriting any notification"),
    S("notification_deleted_by_anyone", "notifications", "delete", "notifications/n1", {"a1": "notifications.delete.admin"},
      resource=lambda a: notification_doc(), hole=True, why="seed: `if true` allowed deleting"),

    # ---- payments ----------------------------------------------------------------
    S("get_own", "payments", "get", "payments/p1", {"c1": "payments.get.owner", "staff": "payments.get.staff"},
      resource=lambda a: payment_doc(), why="the payer and staff"),
    S("list_own", "payments", "list", "payments", {"customers": "payments.list.owner", "staff": "payments.list.staff"},
      filters=lambda a: [{"field": "customerId", "op": "==", "value": a}], why="customerId == own uid"),
    S("list_all", "payments", "list", "payments", {"staff": "payments.list.staff"}, why="unfiltered: staff only"),
    S("create_pending", "payments", "create", "payments/p2",
      {"c1": "payments.create.owner", "employees": "payments.create.employee", "a1": "payments.create.admin"},
      after=lambda a: payment_doc("pending"), why="a pending payment for c1"),
    S("customer_creates_succeeded_payment", "payments", "create", "payments/p2", {"a1": "payments.create.admin"},
      after=lambda a: payment_doc("succeeded"), hole=True, why="only the gateway (Admin SDK) or admins record success"),
    S("customer_confirms_own_payment", "payments", "update", "payments/p1", {"a1": "payments.update.admin"},
      resource=lambda a: payment_doc("pending"), after=lambda a: payment_doc("succeeded"), hole=True,
      why="payments are updated by admins/the webhook only"),
    S("delete", "payments", "delete", "payments/p1", {"a1": "payments.delete.admin"}, resource=lambda a: payment_doc(),
      why="admins delete payments"),
]

# Role-source and lookup cases written out in full (lookups pinned by the spec).
LOOKUP_CASES = [
    ("claim_wins_over_document", "claim customer, users doc says admin: the claim decides, no lookup",
     {"auth": {"uid": "c1", "token": {"role": "customer"}}, "op": "delete", "path": "orders/o1",
      "resource": order_doc(), "lookups": {"users/c1": {"role": "admin"}}}, False, "default_deny", 0),
    ("document_role_without_claim", "no claim: users/a1.role = admin is read (1 lookup)",
     {"auth": {"uid": "a1", "token": {}}, "op": "delete", "path": "orders/o1",
      "resource": order_doc(), "lookups": {"users/a1": {"role": "admin"}}}, True, "orders.delete.admin", 1),
    ("unknown_claim_does_not_fall_back", "claim 'superuser' is no role; the users doc is not consulted",
     {"auth": {"uid": "a1", "token": {"role": "superuser"}}, "op": "delete", "path": "orders/o1",
      "resource": order_doc(), "lookups": {"users/a1": {"role": "admin"}}}, False, "default_deny", 0),
    ("null_claim_falls_back", "token.role null counts as absent: users/a1 read",
     {"auth": {"uid": "a1", "token": {"role": None}}, "op": "delete", "path": "orders/o1",
      "resource": order_doc(), "lookups": {"users/a1": {"role": "admin"}}}, True, "orders.delete.admin", 1),
    ("no_claim_no_user_document", "no claim, no users/c1: no role; the missing doc still counts as 1 lookup",
     {"auth": {"uid": "c1"}, "op": "get", "path": "orders/o1", "resource": order_doc()}, False, "default_deny", 1),
    ("role_document_not_a_role", "users/c1.role = 'root' is no role",
     {"auth": {"uid": "c1", "token": {}}, "op": "get", "path": "orders/o1", "resource": order_doc(),
      "lookups": {"users/c1": {"role": "root"}}}, False, "default_deny", 1),
    ("chat_owner_two_lookups", "no claim: users/c1 and orders/o1 fetched once each (cached), 2 lookups",
     {"auth": {"uid": "c1", "token": {}}, "op": "get", "path": "orders/o1/chat/m1", "resource": chat_doc(),
      "lookups": {"users/c1": {"role": "customer"}, "orders/o1": order_doc()}}, True, "orders.chat.get.owner", 2),
    ("chat_staff_claim_no_lookup", "employee claim: the owner entry fails on role before any get()",
     {"auth": {"uid": "e1", "token": {"role": "employee"}}, "op": "get", "path": "orders/o1/chat/m1",
      "resource": chat_doc(), "lookups": {"orders/o1": order_doc()}}, True, "orders.chat.get.staff", 0),
    ("signed_out_no_lookup", "auth null: nothing is fetched",
     {"auth": None, "op": "get", "path": "services/s1", "resource": service_doc()}, False, "default_deny", 0),
    ("self_read_needs_no_role", "users.get.self needs no role: 0 lookups even without a claim",
     {"auth": {"uid": "c1"}, "op": "get", "path": "users/c1", "resource": user_doc("c1")}, True, "users.get.self", 0),
    ("key_order_is_not_a_change", "maps compare by content, not key order",
     {"auth": {"uid": "c1", "token": {"role": "customer"}}, "op": "update", "path": "customers/c1",
      "resource": customer_doc("c1"),
      "requestResource": dict(reversed(list(setp(customer_doc("c1"), "personalInfo.name", "Asha R").items())))},
     True, "customers.update.owner", 0),
    ("timeline_removed_by_customer", "removing timeline is not a deliveryDate-only change",
     {"auth": {"uid": "c1", "token": {"role": "customer"}}, "op": "update", "path": "orders/o1",
      "resource": order_doc(), "requestResource": setp(order_doc(), "timeline", DELETE)}, False, "default_deny", 0),
]

INVALID_CASES = [
    ("invalid_op", {"auth": None, "op": "write", "path": "orders/o1"}),
    ("invalid_path_empty_segment", {"auth": None, "op": "get", "path": "orders//o1"}),
    ("invalid_list_on_document_path", {"auth": None, "op": "list", "path": "orders/o1"}),
    ("invalid_get_on_collection_path", {"auth": None, "op": "get", "path": "orders"}),
    ("invalid_create_with_resource", {"auth": {"uid": "c1"}, "op": "create", "path": "orders/o1",
                                      "resource": {"customerId": "c1"}, "requestResource": {"customerId": "c1"}}),
    ("invalid_update_without_resource", {"auth": {"uid": "c1"}, "op": "update", "path": "orders/o1",
                                         "requestResource": {"customerId": "c1"}}),
    ("invalid_query_on_get", {"auth": None, "op": "get", "path": "orders/o1", "query": {"filters": []}}),
    ("invalid_filter_operator", {"auth": None, "op": "list", "path": "orders",
                                 "query": {"filters": [{"field": "customerId", "op": "like", "value": "c"}]}}),
    ("invalid_auth_without_uid", {"auth": {"token": {"role": "admin"}}, "op": "get", "path": "orders/o1"}),
    ("invalid_unknown_field", {"auth": None, "op": "get", "path": "orders/o1", "data": {}}),
    ("invalid_lookup_collection_path", {"auth": None, "op": "get", "path": "orders/o1", "lookups": {"users": {}}}),
    ("invalid_resource_not_object", {"auth": None, "op": "get", "path": "orders/o1", "resource": [1]}),
]



# ---- rules.check: each case = a change to a clean base order + the violations
# the spec expects as (code, severity, path), worked by hand in the note.
CHECK_NOW = "2026-03-01T09:30:00Z"


def check_base():
    return {
        "now": CHECK_NOW,
        "actor": {"uid": "c1", "role": "customer"},
        "config": {},
        "order": {
            "orderId": "o1", "customerId": "c1",
            "serviceItems": [{"itemId": "i1", "serviceId": "s_shirt", "garment": "shirt", "quantity": 1, "stage": "pending"}],
            "customItems": [], "measurements": {},
            "pricing": {"currency": "INR", "subtotal": 1000, "discounts": [], "taxes": [], "totalAmount": 1000,
                        "advanceRequired": 500, "remainingAmount": 1000},
            "timeline": {"orderDate": CHECK_NOW, "deliveryDate": "2026-03-10T00:00:00Z", "urgent": False},
            "status": {"current": "pending", "history": [], "lastUpdated": CHECK_NOW},
            "payment": {"status": "pending", "transactions": []},
            "attachments": {"images": [], "documents": []}, "createdAt": CHECK_NOW, "updatedAt": CHECK_NOW,
        },
        "services": [{"serviceId": "s_shirt", "name": "Shirt", "isActive": True,
                      "capacity": {"dailyLimit": 10, "queueLimit": 30, "currentQueue": 4},
                      "scheduling": {"estimatedDuration": 240, "bufferTime": 30, "leadTime": 5}},
                     {"serviceId": "s_trouser", "name": "Trouser", "isActive": True,
                      "capacity": {"dailyLimit": 8, "queueLimit": 20, "currentQueue": 0},
                      "scheduling": {"leadTime": 3}}],
        "employees": [{"employeeId": "e1", "status": "active"}, {"employeeId": "e2", "status": "on_leave"},
                      {"employeeId": "e3", "status": "inactive"}],
        "customer": {"customerId": "c1", "measurements": {"chest": 40, "waist": 34, "hips": 38, "length": 30,
                                                          "shoulder": 18, "sleeve": 25, "inseam": 32,
                                                          "customMeasurements": {"neck": 15.5}}},
    }


def tx(kind, status, amount, n):
    return {"transactionId": f"t{n}", "kind": kind, "status": status, "amount": amount,
            "idempotencyKey": f"k{n}", "at": CHECK_NOW}


def C(name, note, changes, expect):
    return (name, note, changes, expect)


E, W = "error", "warning"
I0 = "/order/serviceItems/0"
CHECK_CASES = [
    C("clean_order", "active service, room left (4+1 ≤ 30, 0+1 ≤ 10), delivery 03-10 ≥ now + 5 days = 03-06T09:30, shirt measurements all present (neck from customMeasurements), pending so no advance check, no discounts",
      [], []),
    C("service_inactive", "s_shirt isActive false", [("services.0.isActive", False)], [("service_inactive", E, I0 + "/serviceId")]),
    C("service_unknown", "s_zzz is not among services; lead time then comes from no service (0 days)",
      [("order.serviceItems.0.serviceId", "s_zzz")], [("service_unknown", E, I0 + "/serviceId")]),
    C("daily_capacity_reached", "10 booked today + 1 = 11 > dailyLimit 10", [("dailyBookings", {"s_shirt": 10})],
      [("daily_capacity_reached", E, I0 + "/serviceId")]),
    C("daily_capacity_exactly_full", "9 booked + 1 = 10, not > 10: allowed", [("dailyBookings", {"s_shirt": 9})], []),
    C("daily_capacity_sums_items", "two s_shirt items, 3 + 2 = 5; 6 booked + 5 = 11 > 10; reported once at the first item",
      [("order.serviceItems", [{"itemId": "i1", "serviceId": "s_shirt", "garment": "shirt", "quantity": 3, "stage": "pending"},
                               {"itemId": "i2", "serviceId": "s_shirt", "garment": "shirt", "quantity": 2, "stage": "pending"}]),
       ("dailyBookings", {"s_shirt": 6})],
      [("daily_capacity_reached", E, I0 + "/serviceId")]),
    C("queue_limit_reached", "currentQueue 30 + 1 = 31 > queueLimit 30", [("services.0.capacity.currentQueue", 30)],
      [("queue_limit_reached", E, I0 + "/serviceId")]),
    C("queue_exactly_full", "29 + 1 = 30, not > 30", [("services.0.capacity.currentQueue", 29)], []),
    C("lead_time_not_met", "delivery 03-05T00:00 < now 03-01T09:30 + 5 days = 03-06T09:30",
      [("order.timeline.deliveryDate", "2026-03-05T00:00:00Z")], [("lead_time_not_met", E, "/order/timeline/deliveryDate")]),
    C("lead_time_boundary", "delivery exactly now + 5 days (03-06T09:30) is not before it",
      [("order.timeline.deliveryDate", "2026-03-06T09:30:00Z")], []),
    C("lead_time_longest_service", "shirt 5 days and trouser 3 days: the longest (5) applies; 03-05 < 03-06T09:30",
      [("order.serviceItems", [{"itemId": "i1", "serviceId": "s_trouser", "garment": "trouser", "quantity": 1, "stage": "pending"},
                               {"itemId": "i2", "serviceId": "s_shirt", "garment": "shirt", "quantity": 1, "stage": "pending"}]),
       ("order.timeline.deliveryDate", "2026-03-05T00:00:00Z")],
      [("lead_time_not_met", E, "/order/timeline/deliveryDate")]),
    C("urgent_offered_by_config", "urgent, s_shirt in rules.urgentServices: lead ⌈5 × 5000/10000⌉ = ⌈2.5⌉ = 3 days → 03-04T09:30 ≤ delivery 03-04T09:30",
      [("order.timeline.urgent", True), ("order.timeline.deliveryDate", "2026-03-04T09:30:00Z"),
       ("config", {"rules": {"urgentServices": ["s_shirt"]}})], []),
    C("urgent_lead_time_still_applies", "urgent lead 3 days → earliest 03-04T09:30; delivery one second earlier",
      [("order.timeline.urgent", True), ("order.timeline.deliveryDate", "2026-03-04T09:29:59Z"),
       ("config", {"rules": {"urgentServices": ["s_shirt"]}})], [("lead_time_not_met", E, "/order/timeline/deliveryDate")]),
    C("urgency_not_offered", "urgent but s_shirt is neither in rules.urgentServices nor urgentAvailable; full 5-day lead (03-10 ok)",
      [("order.timeline.urgent", True)], [("urgency_not_offered", E, "/order/timeline/urgent")]),
    C("urgency_not_offered_keeps_full_lead", "urgency refused, so the lead stays 5 days: 03-04T09:30 < 03-06T09:30",
      [("order.timeline.urgent", True), ("order.timeline.deliveryDate", "2026-03-04T09:30:00Z")],
      [("urgency_not_offered", E, "/order/timeline/urgent"), ("lead_time_not_met", E, "/order/timeline/deliveryDate")]),
    C("urgency_from_service_field", "scheduling.urgentAvailable true offers urgency; lead 3 days → 03-04T09:30",
      [("order.timeline.urgent", True), ("order.timeline.deliveryDate", "2026-03-04T09:30:00Z"),
       ("services.0.scheduling.urgentAvailable", True)], []),
    C("urgent_lead_time_bps_config", "urgentLeadTimeBps 2000: ⌈5 × 0.2⌉ = 1 day → 03-02T09:30 ≤ delivery",
      [("order.timeline.urgent", True), ("order.timeline.deliveryDate", "2026-03-02T09:30:00Z"),
       ("config", {"rules": {"urgentServices": ["s_shirt"], "urgentLeadTimeBps": 2000}})], []),
    C("measurements_missing_neck", "shirt needs neck, chest, waist, shoulder, sleeve, length; the customer has no neck",
      [("customer.measurements.customMeasurements", {})], [("measurements_missing", E, I0 + "/garment")]),
    C("measurements_from_order_per_garment", "no customer; order.measurements.shirt holds all six",
      [("customer", DELETE), ("order.measurements", {"shirt": {"neck": 15, "chest": 40, "waist": 34, "shoulder": 18, "sleeve": 25, "length": 30}})], []),
    C("measurements_value_unit_form", "no customer; flat order.measurements with {value, unit} entries",
      [("customer", DELETE), ("order.measurements", {k: {"value": v, "unit": "in"} for k, v in
                                                      {"neck": 15, "chest": 40, "waist": 34, "shoulder": 18, "sleeve": 25, "length": 30}.items()})], []),
    C("measurement_zero_is_missing", "chest 0 is not a measurement", [("customer.measurements.chest", 0)],
      [("measurements_missing", E, I0 + "/garment")]),
    C("measurements_missing_trouser", "trouser needs waist, hips, inseam, length; the customer has only waist and length",
      [("order.serviceItems.0.garment", "trouser"), ("customer.measurements", {"waist": 34, "length": 40})],
      [("measurements_missing", E, I0 + "/garment")]),
    C("garment_other_needs_none", "garment other has no required measurements",
      [("order.serviceItems.0.garment", "other"), ("customer", DELETE)], []),
    C("employee_on_leave", "order assigned to e2 (on_leave)", [("order.assignedEmployeeId", "e2")],
      [("employee_on_leave", E, "/order/assignedEmployeeId")]),
    C("employee_inactive_on_item", "item assigned to e3 (inactive)", [("order.serviceItems.0.assignedEmployeeId", "e3")],
      [("employee_inactive", E, I0 + "/assignedEmployeeId")]),
    C("employee_unknown", "e9 is not among the employees", [("order.assignedEmployeeId", "e9")],
      [("employee_unknown", E, "/order/assignedEmployeeId")]),
    C("employee_active", "e1 active", [("order.assignedEmployeeId", "e1")], []),
    C("advance_below_required_in_production", "cutting; total 1000.00 INR, 50 % → 500.00 required; paid 400.00",
      [("order.status.current", "cutting"), ("order.payment.transactions", [tx("charge", "succeeded", 400, 1)])],
      [("advance_below_required", E, "/order/payment")]),
    C("advance_met_exactly", "stitching; paid 500.00 = required 500.00",
      [("order.status.current", "stitching"), ("order.payment.transactions", [tx("charge", "succeeded", 500, 1)])], []),
    C("advance_net_of_refunds", "charge 600 − refund 200 = 400.00 < 500.00",
      [("order.status.current", "trial"), ("order.payment.transactions", [tx("charge", "succeeded", 600, 1), tx("refund", "succeeded", 200, 2)])],
      [("advance_below_required", E, "/order/payment")]),
    C("advance_ignores_failed_and_pending", "failed 600 and pending 300 do not count; succeeded 300 < 500",
      [("order.status.current", "cutting"), ("order.payment.transactions", [tx("charge", "failed", 600, 1), tx("charge", "pending", 300, 2), tx("charge", "succeeded", 300, 3)])],
      [("advance_below_required", E, "/order/payment")]),
    C("advance_warning_when_confirmed", "confirmed, nothing paid: a warning (production must not start), not an error",
      [("order.status.current", "confirmed")], [("advance_below_required", W, "/order/payment")]),
    C("advance_bps_from_config", "payments.advanceBps 3000: 30 % of 1000.00 = 300.00 = paid",
      [("order.status.current", "cutting"), ("config", {"payments": {"advanceBps": 3000}}),
       ("order.payment.transactions", [tx("charge", "succeeded", 300, 1)])], []),
    C("advance_rounds_up", "total 999.99 → 99999 paise × 5000/10000 = 49999.5 → ⌈⌉ 50000 (500.00); paid 499.99 < 500.00",
      [("order.status.current", "cutting"), ("order.pricing.totalAmount", 999.99), ("order.pricing.subtotal", 999.99),
       ("order.payment.transactions", [tx("charge", "succeeded", 499.99, 1)])], [("advance_below_required", E, "/order/payment")]),
    C("advance_not_checked_when_cancelled", "cancelled orders have no advance rule", [("order.status.current", "cancelled")], []),
    C("discount_by_customer", "customers may grant 0 %: any discount (10.00) exceeds 0.00",
      [("order.pricing.discounts", [{"amount": 10, "reason": "coupon"}])], [("discount_exceeds_role_limit", E, "/order/pricing/discounts")]),
    C("discount_employee_at_limit", "employee limit 1000 bps: 10 % of 1000.00 = 100.00; discounts 60 + 40 = 100.00 ≤ 100.00",
      [("actor", {"uid": "e1", "role": "employee"}), ("order.pricing.discounts", [{"amount": 60}, {"amount": 40}])], []),
    C("discount_employee_over_limit", "100.01 > 100.00", [("actor", {"uid": "e1", "role": "employee"}),
                                                        ("order.pricing.discounts", [{"amount": 100.01}])],
      [("discount_exceeds_role_limit", E, "/order/pricing/discounts")]),
    C("discount_limit_from_config", "pricing.maxDiscountBps.employee 2000 → 200.00 allowed; 150.00 ok",
      [("actor", {"uid": "e1", "role": "employee"}), ("config", {"pricing": {"maxDiscountBps": {"employee": 2000}}}),
       ("order.pricing.discounts", [{"amount": 150}])], []),
    C("discount_by_admin", "admins may grant 100 %: 1000.00 ≤ 1000.00", [("actor", {"uid": "a1", "role": "admin"}),
                                                                         ("order.pricing.discounts", [{"amount": 1000}])], []),
    C("discount_by_system", "system (Cloud Functions applying loyalty rules) is not limited",
      [("actor", {"uid": "functions", "role": "system"}), ("order.pricing.discounts", [{"amount": 1000}])], []),
    C("many_violations_in_check_order", "inactive service, lead time, measurements, employee on leave, advance: reported in check order",
      [("services.0.isActive", False), ("order.timeline.deliveryDate", "2026-03-02T00:00:00Z"),
       ("customer.measurements.customMeasurements", {}), ("order.assignedEmployeeId", "e2"), ("order.status.current", "cutting")],
      [("service_inactive", E, I0 + "/serviceId"), ("lead_time_not_met", E, "/order/timeline/deliveryDate"),
       ("measurements_missing", E, I0 + "/garment"), ("employee_on_leave", E, "/order/assignedEmployeeId"),
       ("advance_below_required", E, "/order/payment")]),
    C("other_config_sections_ignored", "sections of other domains are not read (lifecycle), nor unknown payments fields",
      [("config", {"version": 1, "lifecycle": {"anything": True}, "payments": {"gateway": "stripe"}})], []),
]

CHECK_INVALID = [
    ("invalid_missing_now", [("now", DELETE)], ["/now"]),
    ("invalid_rules_config_unknown_field", [("config", {"rules": {"urgentService": ["s_shirt"]}})], ["/config/rules/urgentService"]),
    ("invalid_actor_role", [("actor", {"uid": "x", "role": "owner"})], ["/actor/role"]),
    ("invalid_garment", [("order.serviceItems.0.garment", "cape")], ["/order/serviceItems/0/garment"]),
    ("invalid_amount_decimals", [("order.pricing.totalAmount", 10.555)], ["/order/pricing/totalAmount"]),
    ("invalid_urgent_lead_bps", [("config", {"rules": {"urgentLeadTimeBps": 12000}})], ["/config/rules/urgentLeadTimeBps"]),
]


def apply_changes(base, changes):
    d = base
    for dotted, value in changes:
        parts = dotted.split(".")
        d = copy.deepcopy(d)
        cur = d
        for p in parts[:-1]:
            cur = cur[int(p)] if isinstance(cur, list) else cur.setdefault(p, {})
        last = parts[-1]
        if isinstance(cur, list):
            cur[int(last)] = value
        elif value is DELETE:
            cur.pop(last, None)
        else:
            cur[last] = value
    return d


def check_vectors(ctl, mismatches):
    out = {}
    for name, note, changes, expect in CHECK_CASES:
        inp = apply_changes(check_base(), changes)
        env = run(ctl, "rules.check", inp)
        got = [(v["code"], v["severity"], v["path"]) for v in env.get("result", {}).get("violations", [])]
        want = [tuple(e) for e in expect]
        ok_flag = not any(s == "error" for _, s, _ in want)
        if env.get("ok") is not True or got != want or env["result"]["ok"] is not ok_flag:
            mismatches.append(f"rules.check {name}: spec {want}, engine {json.dumps(env)}")
            continue
        out[name] = {"op": "rules.check", "note": note, "input": inp, "expect": env}
    for name, changes, paths in CHECK_INVALID:
        inp = apply_changes(check_base(), changes)
        env = run(ctl, "rules.check", inp)
        got = [d["path"] for d in env.get("error", {}).get("details", [])]
        if env.get("ok") is not False or got != paths:
            mismatches.append(f"rules.check {name}: spec {paths}, engine {json.dumps(env)}")
            continue
        out[name] = {"op": "rules.check", "note": "schema error at " + ", ".join(paths), "input": inp, "expect": env}
    return out


def strip_delete(v):
    if isinstance(v, dict):
        return {k: strip_delete(x) for k, x in v.items() if x is not DELETE}
    if isinstance(v, list):
        return [strip_delete(x) for x in v]
    return v


def build(s, actor, source):
    inp = {}
    uid = actor
    if source == "anon":
        inp["auth"] = None
    elif source == "claim":
        inp["auth"] = {"uid": uid, "token": {"role": ROLE[uid]}}
    else:
        inp["auth"] = {"uid": uid, "token": {}}
    me = uid or "anon"
    inp["op"] = s["op"]
    inp["path"] = s["path"].replace("{self}", me)
    if s["resource"]:
        inp["resource"] = s["resource"](me)
    if s["after"]:
        inp["requestResource"] = s["after"](me)
    if s["filters"]:
        inp["query"] = {"filters": s["filters"](me)}
    lookups = dict(s["lookups"])
    if source == "doc":
        lookups[f"users/{uid}"] = user_doc(uid)
    if lookups:
        inp["lookups"] = lookups
    return strip_delete(inp)


def expected(s, actor):
    for who, rule in s["allow"].items():
        if actor is not None and (who == actor or actor in GROUPS.get(who, [])):
            return True, rule
    return False, "default_deny"


def run(ctl, op, inp):
    data = json.dumps(inp, separators=(",", ":"), ensure_ascii=False).encode()
    out = subprocess.run([ctl, op], input=data, capture_output=True).stdout
    return json.loads(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ctl", default=str(ROOT / "build/native-debug/native/tailorctl"))
    ap.add_argument("--write-rules", action="store_true")
    a = ap.parse_args()

    vectors = {}
    mismatches = []
    for s in SPEC:
        base = f"{s['collection'].replace('.', '_')}_{s['op']}_{s['name']}"
        for actor, source in VARIANTS:
            # A user creating their own users document has none yet to read a role from.
            if source == "doc" and s["collection"] == "users" and s["op"] == "create" and "{self}" in s["path"]:
                continue
            inp = build(s, actor, source)
            allow, rule = expected(s, actor)
            env = run(a.ctl, "rules.authorize", inp)
            got = env.get("result", {})
            who = "signed_out" if source == "anon" else f"{actor}_{source}"
            if got.get("allow") is not allow or got.get("rule") != rule:
                mismatches.append(f"{base}__{who}: spec {allow}/{rule}, engine {json.dumps(env)}")
                continue
            name = (f"hole_{s['name']}__{who}" if s["hole"] and not allow else f"{base}__{who}")
            role_text = "signed out" if actor is None else f"{actor} ({ROLE[actor]}, role from {'token claim' if source == 'claim' else 'users/' + actor + ' lookup'})"
            note = (f"{s['why']}. Actor: {role_text}. Spec: "
                    + (f"allowed by {rule}." if allow else "denied (no entry allows it: default_deny)."))
            vectors[name] = {"op": "rules.authorize", "note": note, "input": inp, "expect": env}
    for name, note, inp, allow, rule, lookups in LOOKUP_CASES:
        inp = strip_delete(inp)
        env = run(a.ctl, "rules.authorize", inp)
        got = env.get("result", {})
        if got.get("allow") is not allow or got.get("rule") != rule or got.get("lookups") != lookups:
            mismatches.append(f"{name}: spec {allow}/{rule}/{lookups}, engine {json.dumps(env)}")
            continue
        vectors[f"role_{name}"] = {"op": "rules.authorize",
                                   "note": f"{note}. Spec: {'allowed by ' + rule if allow else 'denied'}, lookups {lookups}.",
                                   "input": inp, "expect": env}
    for name, inp in INVALID_CASES:
        env = run(a.ctl, "rules.authorize", inp)
        if env.get("ok") is not False or env["error"]["code"] != "invalid_input":
            mismatches.append(f"{name}: expected invalid_input, engine {json.dumps(env)}")
            continue
        vectors[name] = {"op": "rules.authorize", "note": "schema/consistency error: " + name[8:].replace("_", " "),
                         "input": inp, "expect": env}

    checks = check_vectors(a.ctl, mismatches)
    if mismatches:
        print("engine disagrees with the spec:\n  " + "\n  ".join(mismatches), file=sys.stderr)
        sys.exit(1)
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    for name, v in sorted(vectors.items()):
        (OUT / f"{name}.json").write_text(json.dumps(v, indent=2, ensure_ascii=False) + "\n")
    check_dir = ROOT / "tests/vectors/rules.check"
    if check_dir.exists():
        shutil.rmtree(check_dir)
    check_dir.mkdir(parents=True)
    for name, v in sorted(checks.items()):
        (check_dir / f"{name}.json").write_text(json.dumps(v, indent=2, ensure_ascii=False) + "\n")
    print(f"wrote {len(checks)} rules.check vectors")
    holes = sum(1 for n in vectors if n.startswith("hole_"))
    allowed = sum(1 for v in vectors.values() if v["expect"].get("result", {}).get("allow") is True)
    print(f"wrote {len(vectors)} vectors ({allowed} allowed, {len(vectors) - allowed} denied or invalid, {holes} hole_*)")

    ex = ROOT / "examples/firestore"
    if a.write_rules:
        ex.mkdir(parents=True, exist_ok=True)
        (ex / "firestore.rules").write_text(run(a.ctl, "rules.firestore", {})["result"]["text"])
        (ex / "firestore.indexes.json").write_text(run(a.ctl, "rules.indexes", {})["result"]["text"])
        print("wrote examples/firestore/firestore.rules and firestore.indexes.json")
    # The generation operations: the whole output must be the committed file.
    for op, file in (("rules.firestore", "firestore.rules"), ("rules.indexes", "firestore.indexes.json")):
        d = ROOT / "tests/vectors" / op
        d.mkdir(parents=True, exist_ok=True)
        env = run(a.ctl, op, {})
        if env["result"]["text"] != (ex / file).read_text():
            sys.exit(f"{op} differs from examples/firestore/{file}: rerun with --write-rules and review the diff")
        (d / "committed_file.json").write_text(json.dumps(
            {"op": op, "note": f"the whole output; result.text is exactly examples/firestore/{file}",
             "input": {}, "expect": env}, indent=2, ensure_ascii=False) + "\n")
        (d / "unknown_field.json").write_text(json.dumps(
            {"op": op, "note": "the operation takes an empty object", "input": {"format": "json"},
             "expect": run(a.ctl, op, {"format": "json"})}, indent=2, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
