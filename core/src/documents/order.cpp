// orders: codec, schema limits and cross-field rules (docs/schema.md "orders").
#include "tailor/documents/order.hpp"

#include "tailor/lifecycle/status_machine.hpp"
#include "tailor/lifecycle/transition.hpp"

#include <algorithm>

#include "codec.hpp"
#include "tailor/json/pointer.hpp"

namespace tailor::documents {
namespace {

using namespace detail;
using Cur = std::optional<money::Currency>;

// Array limits (docs/schema.md).
constexpr std::size_t max_service_items = 100;
constexpr std::size_t max_custom_items = 50;
constexpr std::size_t max_add_ons = 20;
constexpr std::size_t max_discounts = 20;
constexpr std::size_t max_taxes = 10;
constexpr std::size_t max_history = 500;
constexpr std::size_t max_transactions = 200;
constexpr std::size_t max_images = 50;
constexpr std::size_t max_documents = 50;
constexpr std::size_t max_work_assignments = 150;
constexpr std::size_t max_quality_checks = 200;
constexpr std::int64_t max_image_bytes = 20LL * 1024 * 1024;
constexpr std::int64_t max_document_bytes = 50LL * 1024 * 1024;

std::optional<AddOn> read_add_on(const bj::value& v, const std::string& path, const Ctx& c, const Cur& cur) {
    ObjectReader r(v, path, c.issues);
    if (!r.valid()) return std::nullopt;
    const auto mark = c.issues.size();
    auto name = read_text(r, "name", req, 1, 100);
    auto price = read_money(r, "price", req, cur, Sign::non_negative);
    done(r, c);
    if (!clean_since(c, mark) || !all(name, price)) return std::nullopt;
    return AddOn{*name, *price};
}

std::optional<OrderServiceItem> read_service_item(const bj::value& v, const std::string& path, const Ctx& c,
                                                  const Cur& cur) {
    ObjectReader r(v, path, c.issues);
    if (!r.valid()) return std::nullopt;
    const auto mark = c.issues.size();
    OrderServiceItem item;
    auto item_id = read_id(r, "itemId", req);
    auto service_id = read_id(r, "serviceId", req);
    auto garment = r.enumeration("garment", req, garment_names);
    auto quantity = r.integer("quantity", req, 1, 100);
    item.tier = read_text(r, "tier", opt, 1, 50);
    item.add_ons = read_list<AddOn>(r, "addOns", opt, max_add_ons,
                                    [&](const bj::value& e, const std::string& p) { return read_add_on(e, p, c, cur); });
    auto stage = r.enumeration("stage", req, item_stage_names);
    item.assigned_employee_id = read_id(r, "assignedEmployeeId", opt);
    if (auto o = r.object("priceOverride", opt)) {
        auto amount = read_money(*o, "amount", req, cur, Sign::non_negative);
        auto reason = read_text(*o, "reason", req, 1, 500);
        done(*o, c);
        if (all(amount, reason)) item.price_override = PriceOverride{*amount, *reason};
    }
    done(r, c);
    if (!clean_since(c, mark) || !all(item_id, service_id, garment, quantity, stage, cur)) return std::nullopt;
    item.item_id = *item_id;
    item.service_id = *service_id;
    item.garment = *garment;
    item.quantity = *quantity;
    item.stage = *stage;
    return item;
}

std::optional<OrderCustomItem> read_custom_item(const bj::value& v, const std::string& path, const Ctx& c,
                                                const Cur& cur) {
    ObjectReader r(v, path, c.issues);
    if (!r.valid()) return std::nullopt;
    const auto mark = c.issues.size();
    OrderCustomItem item;
    auto item_id = read_id(r, "itemId", req);
    auto description = read_text(r, "description", req, 1, 500);
    auto price = read_money(r, "price", req, cur, Sign::non_negative);
    auto reason = read_text(r, "reason", req, 1, 500);
    item.garment = r.enumeration("garment", opt, garment_names);
    auto stage = r.enumeration("stage", req, item_stage_names);
    done(r, c);
    if (!clean_since(c, mark) || !all(item_id, description, price, reason, stage)) return std::nullopt;
    item.item_id = *item_id;
    item.description = *description;
    item.price = *price;
    item.reason = *reason;
    item.stage = *stage;
    return item;
}

std::optional<Discount> read_discount(const bj::value& v, const std::string& path, const Ctx& c, const Cur& cur) {
    ObjectReader r(v, path, c.issues);
    if (!r.valid()) return std::nullopt;
    const auto mark = c.issues.size();
    Discount d;
    auto kind = r.enumeration("kind", req, discount_kind_names);
    auto type = r.enumeration("type", req, discount_type_names);
    // valueBps for percent, amount for fixed: the other one must be absent.
    const Presence bps_presence = type == DiscountType::percent ? req : opt;
    const Presence amount_presence = type == DiscountType::fixed ? req : opt;
    d.value_bps = r.integer("valueBps", bps_presence, 1, 10000);
    d.amount = read_money(r, "amount", amount_presence, cur, Sign::positive);
    if (type == DiscountType::fixed && r.has("valueBps"))
        issue(c, r.path_of("valueBps"), issue_code::inconsistent, "only percent discounts have valueBps");
    if (type == DiscountType::percent && r.has("amount"))
        issue(c, r.path_of("amount"), issue_code::inconsistent, "only fixed discounts have amount");
    auto scope = r.enumeration("scope", req, discount_scope_names);
    d.item_id = read_id(r, "itemId", scope == DiscountScope::line ? req : opt);
    if (scope == DiscountScope::order && d.item_id)
        issue(c, r.path_of("itemId"), issue_code::inconsistent, "only line discounts name an item");
    d.code = read_text(r, "code", kind == DiscountKind::coupon ? req : opt, 1, 64);
    d.reason = read_text(r, "reason", kind == DiscountKind::manual ? req : opt, 1, 500);
    d.granted_by = read_id(r, "grantedBy", kind == DiscountKind::manual ? req : opt);
    done(r, c);
    if (!clean_since(c, mark) || !all(kind, type, scope, cur)) return std::nullopt;
    d.kind = *kind;
    d.type = *type;
    d.scope = *scope;
    return d;
}

std::optional<Tax> read_tax(const bj::value& v, const std::string& path, const Ctx& c, const Cur& cur) {
    ObjectReader r(v, path, c.issues);
    if (!r.valid()) return std::nullopt;
    const auto mark = c.issues.size();
    auto name = read_text(r, "name", req, 1, 50);
    auto rate = r.integer("rateBps", req, 0, 10000);
    auto inclusive = r.boolean("inclusive", req);
    auto amount = read_money(r, "amount", req, cur, Sign::non_negative);
    done(r, c);
    if (!clean_since(c, mark) || !all(name, rate, inclusive, amount)) return std::nullopt;
    return Tax{*name, *rate, *inclusive, *amount};
}

std::optional<StatusHistoryEntry> read_history_entry(const bj::value& v, const std::string& path, const Ctx& c) {
    ObjectReader r(v, path, c.issues);
    if (!r.valid()) return std::nullopt;
    const auto mark = c.issues.size();
    StatusHistoryEntry e;
    auto from = r.enumeration("from", req, order_status_names);
    auto to = r.enumeration("to", req, order_status_names);
    auto actor = read_id(r, "actor", req);
    auto role = r.enumeration("role", req, actor_role_names);
    auto trigger = r.enumeration("trigger", req, transition_trigger_names);
    auto at = r.timestamp("at", req);
    e.reason = read_text(r, "reason", opt, 1, 500);
    done(r, c);
    if (!clean_since(c, mark) || !all(from, to, actor, role, trigger, at)) return std::nullopt;
    e.from = *from;
    e.to = *to;
    e.actor = *actor;
    e.role = *role;
    e.trigger = *trigger;
    e.at = *at;
    return e;
}

std::optional<PaymentTransaction> read_transaction(const bj::value& v, const std::string& path, const Ctx& c,
                                                   const Cur& cur) {
    ObjectReader r(v, path, c.issues);
    if (!r.valid()) return std::nullopt;
    const auto mark = c.issues.size();
    PaymentTransaction t;
    auto id = read_id(r, "transactionId", req);
    auto kind = r.enumeration("kind", req, transaction_kind_names);
    auto status = r.enumeration("status", req, transaction_status_names);
    auto amount = read_money(r, "amount", req, cur, Sign::positive);
    auto key = read_text(r, "idempotencyKey", req, 1, 128);
    t.gateway_id = read_text(r, "gatewayId", opt, 1, 128);
    t.method = read_text(r, "method", opt, 1, 50);
    auto at = r.timestamp("at", req);
    done(r, c);
    if (!clean_since(c, mark) || !all(id, kind, status, amount, key, at)) return std::nullopt;
    t.transaction_id = *id;
    t.kind = *kind;
    t.status = *status;
    t.amount = *amount;
    t.idempotency_key = *key;
    t.at = *at;
    return t;
}

std::optional<FileReference> read_file(const bj::value& v, const std::string& path, const Ctx& c, bool image) {
    ObjectReader r(v, path, c.issues);
    if (!r.valid()) return std::nullopt;
    const auto mark = c.issues.size();
    auto storage_path = read_text(r, "storagePath", req, 1, 1024);
    if (storage_path && storage_path->front() == '/')
        issue(c, r.path_of("storagePath"), issue_code::invalid_format, "must be a path inside the bucket, without a leading '/'");
    auto content_type = read_text(r, "contentType", req, 3, 100);
    if (content_type) {
        const auto slash = content_type->find('/');
        if (slash == std::string::npos || slash == 0 || slash + 1 == content_type->size())
            issue(c, r.path_of("contentType"), issue_code::invalid_format, "must be a MIME type such as image/jpeg");
        else if (image && content_type->compare(0, 6, "image/") != 0)
            issue(c, r.path_of("contentType"), issue_code::invalid_format, "an image must have an image/* content type");
    }
    auto size = r.integer("sizeBytes", req, 1, image ? max_image_bytes : max_document_bytes);
    auto uploaded = r.timestamp("uploadedAt", req);
    done(r, c);
    if (!clean_since(c, mark) || !all(storage_path, content_type, size, uploaded)) return std::nullopt;
    return FileReference{*storage_path, *content_type, *size, *uploaded};
}

std::optional<QualityCheck> read_quality_check(const bj::value& v, const std::string& path, const Ctx& c) {
    ObjectReader r(v, path, c.issues);
    if (!r.valid()) return std::nullopt;
    const auto mark = c.issues.size();
    QualityCheck q;
    auto id = read_id(r, "checkId", req);
    q.item_id = read_id(r, "itemId", opt);
    auto inspector = read_id(r, "inspectorId", req);
    auto passed = r.boolean("passed", req);
    q.notes = read_text(r, "notes", opt, 1, 1000);
    auto at = r.timestamp("at", req);
    done(r, c);
    if (!clean_since(c, mark) || !all(id, inspector, passed, at)) return std::nullopt;
    q.check_id = *id;
    q.inspector_id = *inspector;
    q.passed = *passed;
    q.at = *at;
    return q;
}

std::string status_name(OrderStatus s) { return std::string(json::enum_name(s, order_status_names)); }

/// Σ of optional minor units; nullopt on overflow.
std::optional<std::int64_t> add(std::optional<std::int64_t> a, std::int64_t b) {
    if (!a) return std::nullopt;
    return money::checked_add(*a, b);
}

bool has_item(const std::vector<std::string>& ids, const std::string& id) {
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

}  // namespace

std::optional<std::int64_t> line_minor_units(const Order& order, const std::string& item_id) {
    for (const auto& ci : order.custom_items)
        if (ci.item_id == item_id) return ci.price.minor();
    for (const auto& si : order.service_items) {
        if (si.item_id != item_id) continue;
        if (!si.price_override) return std::nullopt;
        std::optional<std::int64_t> unit = si.price_override->amount.minor();
        if (si.add_ons)
            for (const auto& a : *si.add_ons) unit = add(unit, a.price.minor());
        if (!unit) return std::nullopt;
        return money::checked_mul(*unit, si.quantity);
    }
    return std::nullopt;
}

std::optional<std::int64_t> discount_minor_units(const Discount& d, const Order& order) {
    if (d.type == DiscountType::fixed) return d.amount ? std::optional<std::int64_t>(d.amount->minor()) : std::nullopt;
    if (!d.value_bps) return std::nullopt;
    std::optional<std::int64_t> base;
    if (d.scope == DiscountScope::order) base = order.pricing.subtotal.minor();
    else if (d.item_id) base = line_minor_units(order, *d.item_id);
    if (!base || *base < 0) return std::nullopt;
    // base × bps / 10000 without overflow: split base = q·10000 + r.
    const std::int64_t bps = *d.value_bps;
    const std::int64_t q = *base / 10000, r = *base % 10000;
    const std::int64_t whole = q * bps + (r * bps) / 10000;
    const std::int64_t rest = (r * bps) % 10000;
    return whole + (rest * 2 >= 10000 ? 1 : 0);  // half away from zero (amounts are ≥ 0)
}

std::optional<Order> read_order(const bj::value& v, const std::string& path, json::Issues& issues,
                                Strictness strictness) {
    const Ctx c{issues, strictness};
    ObjectReader r(v, path, issues);
    if (!r.valid()) return std::nullopt;
    const auto mark = issues.size();
    Order o;
    // Every amount in the order is in pricing.currency, read further down.
    const Cur cur = r.object()->contains("pricing") ? peek_currency(r.object()->at("pricing"), "currency") : Cur();

    auto order_id = read_id(r, "orderId", req);
    auto customer_id = read_id(r, "customerId", req);
    o.assigned_employee_id = read_id(r, "assignedEmployeeId", opt);

    std::vector<std::string> item_ids;  // for uniqueness and references
    auto note_item_id = [&](const std::string& id, const std::string& item_path) {
        if (has_item(item_ids, id))
            issue(c, item_path + "/itemId", issue_code::duplicate, "repeats the itemId '" + id + "' of an earlier item");
        else item_ids.push_back(id);
    };
    auto service_items = read_list<OrderServiceItem>(r, "serviceItems", req, max_service_items,
        [&](const bj::value& e, const std::string& p) {
            auto item = read_service_item(e, p, c, cur);
            if (item) note_item_id(item->item_id, p);
            return item;
        });
    auto custom_items = read_list<OrderCustomItem>(r, "customItems", req, max_custom_items,
        [&](const bj::value& e, const std::string& p) {
            auto item = read_custom_item(e, p, c, cur);
            if (item) note_item_id(item->item_id, p);
            return item;
        });
    auto measurements = read_order_measurements(r, "measurements", c);

    // pricing
    const auto pricing_mark = issues.size();
    std::optional<money::Currency> currency;
    std::optional<money::Money> subtotal, total, advance, remaining;
    std::optional<std::vector<Discount>> discounts;
    std::optional<std::vector<Tax>> taxes;
    if (auto p = r.object("pricing", req)) {
        currency = read_currency_field(*p, "currency", req);
        subtotal = read_money(*p, "subtotal", req, cur, Sign::non_negative);
        discounts = read_list<Discount>(*p, "discounts", req, max_discounts,
            [&](const bj::value& e, const std::string& q) { return read_discount(e, q, c, cur); });
        taxes = read_list<Tax>(*p, "taxes", req, max_taxes,
            [&](const bj::value& e, const std::string& q) { return read_tax(e, q, c, cur); });
        total = read_money(*p, "totalAmount", req, cur, Sign::non_negative);
        advance = read_money(*p, "advanceRequired", req, cur, Sign::non_negative);
        remaining = read_money(*p, "remainingAmount", req, cur, Sign::any);
        done(*p, c);
    }
    const bool pricing_ok = clean_since(c, pricing_mark) && all(currency, subtotal, discounts, taxes, total, advance, remaining);

    // timeline
    std::optional<Timestamp> order_date, delivery_date;
    std::optional<bool> urgent;
    if (auto t = r.object("timeline", req)) {
        order_date = t->timestamp("orderDate", req);
        delivery_date = t->timestamp("deliveryDate", opt);
        urgent = t->boolean("urgent", req);
        done(*t, c);
        check_not_before(c, delivery_date, order_date, t->path_of("deliveryDate"), "deliveryDate", "orderDate");
    }

    // status
    std::optional<OrderStatus> current;
    std::optional<std::vector<StatusHistoryEntry>> history;
    std::optional<Timestamp> last_updated;
    if (auto s = r.object("status", req)) {
        current = s->enumeration("current", req, order_status_names);
        history = read_list<StatusHistoryEntry>(*s, "history", req, max_history,
            [&](const bj::value& e, const std::string& q) { return read_history_entry(e, q, c); });
        last_updated = s->timestamp("lastUpdated", req);
        done(*s, c);
        if (history) {
            const std::string hp = s->path_of("history");
            for (std::size_t i = 1; i < history->size(); ++i) {
                const auto& prev = (*history)[i - 1];
                const auto& e = (*history)[i];
                const std::string ep = hp + "/" + std::to_string(i);
                if (e.at < prev.at)
                    issue(c, ep + "/at", issue_code::inconsistent, "must not be before the previous entry's at");
                if (e.from != prev.to)
                    issue(c, ep + "/from", issue_code::inconsistent,
                          "must equal the previous entry's to (" + status_name(prev.to) + ")");
            }
            if (!history->empty()) {
                const auto& last = history->back();
                if (current && *current != last.to)
                    issue(c, s->path_of("current"), issue_code::inconsistent,
                          "must equal the last history entry's to (" + status_name(last.to) + ")");
                if (last_updated && *last_updated < last.at)
                    issue(c, s->path_of("lastUpdated"), issue_code::inconsistent,
                          "must not be before the last history entry's at");
            }
        }
    }

    // payment
    std::optional<PaymentStatus> payment_status;
    std::optional<std::vector<PaymentTransaction>> transactions;
    std::string transactions_path;
    if (auto p = r.object("payment", req)) {
        payment_status = p->enumeration("status", req, payment_status_names);
        transactions_path = p->path_of("transactions");
        std::vector<std::string> ids, keys;
        transactions = read_list<PaymentTransaction>(*p, "transactions", req, max_transactions,
            [&](const bj::value& e, const std::string& q) {
                auto t = read_transaction(e, q, c, cur);
                if (!t) return t;
                if (has_item(ids, t->transaction_id))
                    issue(c, q + "/transactionId", issue_code::duplicate,
                          "repeats the transactionId '" + t->transaction_id + "' of an earlier transaction");
                else ids.push_back(t->transaction_id);
                if (has_item(keys, t->idempotency_key))
                    issue(c, q + "/idempotencyKey", issue_code::duplicate,
                          "repeats the idempotencyKey of an earlier transaction");
                else keys.push_back(t->idempotency_key);
                return t;
            });
        o.payment.method = read_text(*p, "method", opt, 1, 50);
        o.payment.gateway_id = read_text(*p, "gatewayId", opt, 1, 128);
        done(*p, c);
    }

    // attachments
    std::optional<std::vector<FileReference>> images, documents;
    if (auto a = r.object("attachments", req)) {
        images = read_list<FileReference>(*a, "images", req, max_images,
            [&](const bj::value& e, const std::string& q) { return read_file(e, q, c, true); });
        documents = read_list<FileReference>(*a, "documents", req, max_documents,
            [&](const bj::value& e, const std::string& q) { return read_file(e, q, c, false); });
        done(*a, c);
    }

    o.special_instructions = read_text(r, "specialInstructions", opt, 1, 2000);

    // workAssignments: {itemId: {employeeId, assignedAt, assignedBy?}}
    const auto work_mark = issues.size();
    if (const bj::object* w = read_map(r, "workAssignments", req, max_work_assignments, "assignments")) {
        const std::string wp = r.path_of("workAssignments");
        for (const auto& kv : *w) {
            const std::string key(kv.key().data(), kv.key().size());
            const std::string kp = json::pointer_append(wp, key);
            ObjectReader ar(kv.value(), kp, issues);
            if (!ar.valid()) continue;
            const auto amark = issues.size();
            auto employee = read_id(ar, "employeeId", req);
            auto assigned_at = ar.timestamp("assignedAt", req);
            auto assigned_by = read_id(ar, "assignedBy", opt);
            done(ar, c);
            if (!is_document_id(key) || key.size() > max_id_length)
                issue(c, kp, issue_code::invalid_format, "keys must be item ids");
            else if (service_items && custom_items && !has_item(item_ids, key))
                issue(c, kp, issue_code::inconsistent, "names no item of this order");
            if (clean_since(c, amark) && all(employee, assigned_at))
                o.work_assignments.push_back(WorkAssignment{key, *employee, *assigned_at, assigned_by});
        }
    }
    const bool work_ok = clean_since(c, work_mark);

    std::vector<std::string> check_ids;
    auto quality_checks = read_list<QualityCheck>(r, "qualityChecks", req, max_quality_checks,
        [&](const bj::value& e, const std::string& q) {
            auto check = read_quality_check(e, q, c);
            if (!check) return check;
            if (has_item(check_ids, check->check_id))
                issue(c, q + "/checkId", issue_code::duplicate,
                      "repeats the checkId '" + check->check_id + "' of an earlier check");
            else check_ids.push_back(check->check_id);
            if (check->item_id && service_items && custom_items && !has_item(item_ids, *check->item_id))
                issue(c, q + "/itemId", issue_code::inconsistent, "names no item of this order");
            return check;
        });

    if (auto f = r.object("feedback", opt)) {
        Feedback fb;
        fb.rating = f->integer("rating", opt, 1, 5);
        fb.comments = read_text(*f, "comments", opt, 1, 2000);
        fb.submitted_at = f->timestamp("submittedAt", opt);
        done(*f, c);
        o.feedback = fb;
    }
    auto created_at = r.timestamp("createdAt", req);
    auto updated_at = r.timestamp("updatedAt", req);
    done(r, c);

    // ---- cross-field rules over the whole order (docs/schema.md "orders: rules") ----
    check_not_before(c, updated_at, created_at, r.path_of("updatedAt"), "updatedAt", "createdAt");

    if (service_items) o.service_items = *service_items;
    if (custom_items) o.custom_items = *custom_items;
    const bool items_ok = service_items && custom_items;

    if (pricing_ok) {
        o.pricing.currency = *currency;
        o.pricing.subtotal = *subtotal;
        o.pricing.discounts = *discounts;
        o.pricing.taxes = *taxes;
        o.pricing.total_amount = *total;
        o.pricing.advance_required = *advance;
        o.pricing.remaining_amount = *remaining;
        const std::string pp = r.path_of("pricing");
        const money::Currency& cy = *currency;
        // Discounts: each line discount names an item; percent ones need a known line amount.
        std::optional<std::int64_t> discount_sum = 0;
        bool discounts_known = true;
        for (std::size_t i = 0; i < discounts->size(); ++i) {
            const Discount& d = (*discounts)[i];
            const std::string dp = pp + "/discounts/" + std::to_string(i);
            if (d.scope == DiscountScope::line && items_ok && !has_item(item_ids, *d.item_id)) {
                issue(c, dp + "/itemId", issue_code::inconsistent, "names no item of this order");
                discounts_known = false;
                continue;
            }
            if (!items_ok) { discounts_known = false; continue; }
            auto amount = discount_minor_units(d, o);
            if (!amount) {
                issue(c, dp, issue_code::inconsistent,
                      "a percent discount on a service item needs the item's priceOverride to be computed; "
                      "record it as a fixed discount");
                discounts_known = false;
                continue;
            }
            discount_sum = add(discount_sum, *amount);
        }
        std::optional<std::int64_t> exclusive_taxes = 0;
        for (const Tax& t : *taxes)
            if (!t.inclusive) exclusive_taxes = add(exclusive_taxes, t.amount.minor());
        if (discounts_known && discount_sum && exclusive_taxes) {
            if (*discount_sum > subtotal->minor()) {
                issue(c, pp + "/discounts", issue_code::inconsistent,
                      "discounts (" + money_text(*discount_sum, cy) + ") exceed the subtotal (" +
                          money_text(subtotal->minor(), cy) + ")");
            } else {
                const std::int64_t expected = subtotal->minor() - *discount_sum + *exclusive_taxes;
                if (expected != total->minor())
                    issue(c, pp + "/totalAmount", issue_code::inconsistent,
                          "must equal subtotal − discounts + exclusive taxes = " + money_text(subtotal->minor(), cy) +
                              " − " + money_text(*discount_sum, cy) + " + " + money_text(*exclusive_taxes, cy) +
                              " = " + money_text(expected, cy));
            }
        }
        if (advance->minor() > total->minor())
            issue(c, pp + "/advanceRequired", issue_code::inconsistent, "must not exceed totalAmount");
        if (transactions) {
            std::int64_t charged = 0, refunded = 0;  // ≤ 200 × 2^53 would overflow: checked below
            bool overflow = false;
            for (const auto& t : *transactions) {
                if (t.status != TransactionStatus::succeeded) continue;
                auto& sum = t.kind == TransactionKind::charge ? charged : refunded;
                auto next = money::checked_add(sum, t.amount.minor());
                if (!next) overflow = true;
                else sum = *next;
            }
            if (!overflow) {
                if (refunded > charged)
                    issue(c, transactions_path, issue_code::inconsistent,
                          "succeeded refunds (" + money_text(refunded, cy) + ") exceed succeeded charges (" +
                              money_text(charged, cy) + ")");
                const std::int64_t expected = total->minor() - (charged - refunded);
                if (expected != remaining->minor())
                    issue(c, pp + "/remainingAmount", issue_code::inconsistent,
                          "must equal totalAmount − (succeeded charges − succeeded refunds) = " +
                              money_text(total->minor(), cy) + " − (" + money_text(charged, cy) + " − " +
                              money_text(refunded, cy) + ") = " + money_text(expected, cy));
                // payment.status must mean what its name says about the money received
                // (not judged when refunds exceed charges: that is already reported).
                const std::int64_t net = charged - refunded;
                const std::string sp = r.path_of("payment") + "/status";
                if (refunded > charged) {
                    // nothing more to say about the status
                } else if (payment_status == PaymentStatus::paid && expected > 0)
                    issue(c, sp, issue_code::inconsistent,
                          "is paid but " + money_text(expected, cy) + " remain to be paid");
                else if (payment_status == PaymentStatus::partially_paid && (net <= 0 || expected <= 0))
                    issue(c, sp, issue_code::inconsistent,
                          "is partially_paid, which needs 0 < paid (" + money_text(net, cy) + ") < totalAmount");
                else if (payment_status == PaymentStatus::pending && net != 0)
                    issue(c, sp, issue_code::inconsistent,
                          "is pending but " + money_text(net, cy) + " has been paid");
                else if (payment_status == PaymentStatus::refunded && refunded == 0)
                    issue(c, sp, issue_code::inconsistent, "is refunded but no refund succeeded");
            }
        }
    }

    // In production the order's status is its least advanced item's stage (the
    // lifecycle domain's rule, docs/lifecycle.md); order.transition refuses a
    // document that disagrees, so validation reports it too.
    if (current && items_ok && lifecycle::is_production(*current)) {
        std::vector<ItemStage> stages;
        for (const auto& it : o.service_items) stages.push_back(it.stage);
        for (const auto& it : o.custom_items) stages.push_back(it.stage);
        if (auto derived = lifecycle::production_stage_of(stages); derived && *derived != *current)
            issue(c, r.path_of("status") + "/current", issue_code::inconsistent,
                  "is " + status_name(*current) + " but the least advanced item is at " + status_name(*derived) +
                      "; in production the order's status is its least advanced item's stage");
    }

    if (!clean_since(c, mark) || !work_ok) return std::nullopt;
    if (!all(order_id, customer_id, measurements, order_date, urgent, current, history, last_updated,
             payment_status, transactions, images, documents, quality_checks, created_at, updated_at) ||
        !pricing_ok || !items_ok)
        return std::nullopt;
    o.order_id = *order_id;
    o.customer_id = *customer_id;
    o.measurements = *measurements;
    o.timeline = OrderTimeline{*order_date, delivery_date, *urgent};
    o.status = OrderStatusBlock{*current, *history, *last_updated};
    o.payment.status = *payment_status;
    o.payment.transactions = *transactions;
    o.attachments = OrderAttachments{*images, *documents};
    o.quality_checks = *quality_checks;
    o.created_at = *created_at;
    o.updated_at = *updated_at;
    return o;
}

Result<Order> decode_order(const bj::value& v, Strictness strictness) {
    return decode_with<Order>(v, strictness, read_order, "order");
}

namespace {

bj::value encode_file(const FileReference& f) {
    bj::object o;
    o.emplace("storagePath", f.storage_path);
    o.emplace("contentType", f.content_type);
    o.emplace("sizeBytes", f.size_bytes);
    o.emplace("uploadedAt", encode_timestamp(f.uploaded_at));
    return bj::value(std::move(o));
}

}  // namespace

bj::value encode_order(const Order& order) {
    bj::object o;
    o.emplace("orderId", order.order_id);
    o.emplace("customerId", order.customer_id);
    put_optional(o, "assignedEmployeeId", order.assigned_employee_id);
    o.emplace("serviceItems", encode_list(order.service_items, [](const OrderServiceItem& i) {
        bj::object e;
        e.emplace("itemId", i.item_id);
        e.emplace("serviceId", i.service_id);
        e.emplace("garment", json::enum_name(i.garment, garment_names));
        e.emplace("quantity", i.quantity);
        put_optional(e, "tier", i.tier);
        if (i.add_ons)
            e.emplace("addOns", encode_list(*i.add_ons, [](const AddOn& a) {
                bj::object x;
                x.emplace("name", a.name);
                x.emplace("price", encode_money(a.price));
                return bj::value(std::move(x));
            }));
        e.emplace("stage", json::enum_name(i.stage, item_stage_names));
        put_optional(e, "assignedEmployeeId", i.assigned_employee_id);
        if (i.price_override) {
            bj::object x;
            x.emplace("amount", encode_money(i.price_override->amount));
            x.emplace("reason", i.price_override->reason);
            e.emplace("priceOverride", std::move(x));
        }
        return bj::value(std::move(e));
    }));
    o.emplace("customItems", encode_list(order.custom_items, [](const OrderCustomItem& i) {
        bj::object e;
        e.emplace("itemId", i.item_id);
        e.emplace("description", i.description);
        e.emplace("price", encode_money(i.price));
        e.emplace("reason", i.reason);
        if (i.garment) e.emplace("garment", json::enum_name(*i.garment, garment_names));
        e.emplace("stage", json::enum_name(i.stage, item_stage_names));
        return bj::value(std::move(e));
    }));
    o.emplace("measurements", encode_order_measurements(order.measurements));
    {
        const OrderPricing& p = order.pricing;
        bj::object e;
        e.emplace("currency", p.currency.code());
        e.emplace("subtotal", encode_money(p.subtotal));
        e.emplace("discounts", encode_list(p.discounts, [](const Discount& d) {
            bj::object x;
            x.emplace("kind", json::enum_name(d.kind, discount_kind_names));
            x.emplace("type", json::enum_name(d.type, discount_type_names));
            put_optional(x, "valueBps", d.value_bps);
            if (d.amount) x.emplace("amount", encode_money(*d.amount));
            x.emplace("scope", json::enum_name(d.scope, discount_scope_names));
            put_optional(x, "itemId", d.item_id);
            put_optional(x, "code", d.code);
            put_optional(x, "reason", d.reason);
            put_optional(x, "grantedBy", d.granted_by);
            return bj::value(std::move(x));
        }));
        e.emplace("taxes", encode_list(p.taxes, [](const Tax& t) {
            bj::object x;
            x.emplace("name", t.name);
            x.emplace("rateBps", t.rate_bps);
            x.emplace("inclusive", t.inclusive);
            x.emplace("amount", encode_money(t.amount));
            return bj::value(std::move(x));
        }));
        e.emplace("totalAmount", encode_money(p.total_amount));
        e.emplace("advanceRequired", encode_money(p.advance_required));
        e.emplace("remainingAmount", encode_money(p.remaining_amount));
        o.emplace("pricing", std::move(e));
    }
    {
        bj::object e;
        e.emplace("orderDate", encode_timestamp(order.timeline.order_date));
        put_optional_ts(e, "deliveryDate", order.timeline.delivery_date);
        e.emplace("urgent", order.timeline.urgent);
        o.emplace("timeline", std::move(e));
    }
    {
        bj::object e;
        e.emplace("current", json::enum_name(order.status.current, order_status_names));
        e.emplace("history", encode_list(order.status.history, [](const StatusHistoryEntry& h) {
            bj::object x;
            x.emplace("from", json::enum_name(h.from, order_status_names));
            x.emplace("to", json::enum_name(h.to, order_status_names));
            x.emplace("actor", h.actor);
            x.emplace("role", json::enum_name(h.role, actor_role_names));
            x.emplace("trigger", json::enum_name(h.trigger, transition_trigger_names));
            x.emplace("at", encode_timestamp(h.at));
            put_optional(x, "reason", h.reason);
            return bj::value(std::move(x));
        }));
        e.emplace("lastUpdated", encode_timestamp(order.status.last_updated));
        o.emplace("status", std::move(e));
    }
    {
        bj::object e;
        e.emplace("status", json::enum_name(order.payment.status, payment_status_names));
        e.emplace("transactions", encode_list(order.payment.transactions, [](const PaymentTransaction& t) {
            bj::object x;
            x.emplace("transactionId", t.transaction_id);
            x.emplace("kind", json::enum_name(t.kind, transaction_kind_names));
            x.emplace("status", json::enum_name(t.status, transaction_status_names));
            x.emplace("amount", encode_money(t.amount));
            x.emplace("idempotencyKey", t.idempotency_key);
            put_optional(x, "gatewayId", t.gateway_id);
            put_optional(x, "method", t.method);
            x.emplace("at", encode_timestamp(t.at));
            return bj::value(std::move(x));
        }));
        put_optional(e, "method", order.payment.method);
        put_optional(e, "gatewayId", order.payment.gateway_id);
        o.emplace("payment", std::move(e));
    }
    {
        bj::object e;
        e.emplace("images", encode_list(order.attachments.images, encode_file));
        e.emplace("documents", encode_list(order.attachments.documents, encode_file));
        o.emplace("attachments", std::move(e));
    }
    put_optional(o, "specialInstructions", order.special_instructions);
    {
        bj::object e;
        for (const auto& w : order.work_assignments) {
            bj::object x;
            x.emplace("employeeId", w.employee_id);
            x.emplace("assignedAt", encode_timestamp(w.assigned_at));
            put_optional(x, "assignedBy", w.assigned_by);
            e.emplace(w.item_id, std::move(x));
        }
        o.emplace("workAssignments", std::move(e));
    }
    o.emplace("qualityChecks", encode_list(order.quality_checks, [](const QualityCheck& q) {
        bj::object x;
        x.emplace("checkId", q.check_id);
        put_optional(x, "itemId", q.item_id);
        x.emplace("inspectorId", q.inspector_id);
        x.emplace("passed", q.passed);
        put_optional(x, "notes", q.notes);
        x.emplace("at", encode_timestamp(q.at));
        return bj::value(std::move(x));
    }));
    if (order.feedback) {
        bj::object x;
        put_optional(x, "rating", order.feedback->rating);
        put_optional(x, "comments", order.feedback->comments);
        put_optional_ts(x, "submittedAt", order.feedback->submitted_at);
        o.emplace("feedback", std::move(x));
    }
    o.emplace("createdAt", encode_timestamp(order.created_at));
    o.emplace("updatedAt", encode_timestamp(order.updated_at));
    return bj::value(std::move(o));
}

ValidationReport validate_order(const bj::value& v) {
    return validate_with<Order>(v, read_order, encode_order);
}

}  // namespace tailor::documents
