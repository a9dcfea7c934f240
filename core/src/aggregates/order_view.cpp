// Reading the parts of a stored order that the aggregate operations use.
#include "tailor/aggregates/order_view.hpp"

#include <algorithm>

#include "tailor/money/decimal.hpp"

namespace tailor::aggregates {

namespace bj = boost::json;
using json::Presence;
using documents::OrderStatus;

namespace {
const json::StringRule id_rule{1, 128};
}

std::string index_path(const std::string& base, std::size_t i) { return base + "/" + std::to_string(i); }

std::optional<OrderView> read_order(const bj::value& v, const std::string& path, json::Issues& issues,
                                    const OrderNeeds& needs) {
    const std::size_t before = issues.size();
    OrderView o;
    json::ObjectReader r(v, path, issues);
    if (!r.valid()) return std::nullopt;
    if (auto s = r.string("orderId", Presence::required, id_rule)) o.order_id = *s;
    if (auto s = r.string("customerId", Presence::required, id_rule)) o.customer_id = *s;
    o.assigned_employee_id = r.string("assignedEmployeeId", Presence::optional, id_rule);

    if (auto status = r.object("status", Presence::required)) {
        if (auto cur = status->enumeration("current", Presence::required, documents::order_status_names))
            o.status = *cur;
        if (needs.history) {
            if (const bj::array* hist = status->array("history", Presence::optional, max_history_entries)) {
                for (std::size_t i = 0; i < hist->size(); ++i) {
                    json::ObjectReader h((*hist)[i], index_path(status->path_of("history"), i), issues);
                    auto to = h.enumeration("to", Presence::required, documents::order_status_names);
                    auto at = h.timestamp("at", Presence::required);
                    if (to && at) o.history.push_back({*to, *at});
                }
            }
            o.last_updated = status->timestamp("lastUpdated", Presence::optional);
        }
    }
    if (needs.services) {
        if (const bj::array* items = r.array("serviceItems", Presence::required, max_service_items)) {
            for (std::size_t i = 0; i < items->size(); ++i) {
                json::ObjectReader it((*items)[i], index_path(r.path_of("serviceItems"), i), issues);
                auto sid = it.string("serviceId", Presence::required, id_rule);
                auto qty = it.integer("quantity", Presence::optional, 1, 10000);
                if (sid) o.service_lines.push_back({*sid, qty.value_or(1)});
            }
        }
        for (const auto& line : o.service_lines) o.service_ids.push_back(line.service_id);
        std::sort(o.service_ids.begin(), o.service_ids.end());
        o.service_ids.erase(std::unique(o.service_ids.begin(), o.service_ids.end()), o.service_ids.end());
    }
    if (needs.created) o.created_at = r.timestamp("createdAt", Presence::required);
    if (needs.timeline) {
        if (auto tl = r.object("timeline", Presence::optional))
            o.delivery_date = tl->timestamp("deliveryDate", Presence::optional);
    }
    if (needs.money) {
        if (auto pricing = r.object("pricing", Presence::required)) {
            if (const bj::value* c = pricing->field("currency", Presence::required))
                o.currency = money::read_currency(*c, pricing->path_of("currency"), issues);
            const bj::value* total = pricing->field("totalAmount", Presence::required);
            if (total && o.currency)
                o.total = money::read_amount(*total, pricing->path_of("totalAmount"), issues, *o.currency);
        }
        if (auto payment = r.object("payment", Presence::required)) {
            if (const bj::array* txs = payment->array("transactions", Presence::optional, max_transactions)) {
                for (std::size_t i = 0; i < txs->size(); ++i) {
                    json::ObjectReader t((*txs)[i], index_path(payment->path_of("transactions"), i), issues);
                    auto kind = t.enumeration("kind", Presence::required, documents::transaction_kind_names);
                    auto st = t.enumeration("status", Presence::required, documents::transaction_status_names);
                    const bj::value* amount = t.field("amount", Presence::required);
                    std::optional<money::Money> m;
                    if (amount && o.currency) m = money::read_amount(*amount, t.path_of("amount"), issues, *o.currency);
                    if (m && m->is_negative())
                        issues.add(t.path_of("amount"), issue_code::out_of_range,
                                   "a transaction amount is positive; its kind says charge or refund");
                    auto at = t.timestamp("at", Presence::required);
                    if (kind && st && m && at) o.transactions.push_back({*kind, *st, *m, *at});
                }
            }
        }
    }
    if (needs.feedback) {
        if (auto fb = r.object("feedback", Presence::optional)) {
            if (auto rating = fb->integer("rating", Presence::optional, 1, 5)) o.feedback_rating = static_cast<int>(*rating);
            o.feedback_submitted_at = fb->timestamp("submittedAt", Presence::optional);
        }
    }
    if (needs.dispute) {
        if (auto d = r.object("dispute", Presence::optional)) {
            static constexpr std::string_view names[] = {"open", "resolved"};
            if (const bj::value* s = d->field("status", Presence::required)) {
                auto idx = json::read_choice(*s, d->path_of("status"), issues, names, 2);
                o.dispute_open = idx && *idx == 0;
            }
        }
    }
    if (issues.size() != before) return std::nullopt;
    return o;
}

std::int64_t net_paid_minor(const OrderView& order) {
    std::int64_t net = 0;
    for (const auto& t : order.transactions) {
        if (t.status != documents::TransactionStatus::succeeded) continue;
        // Each amount is within ±(2^53−1) and the array holds ≤ 1000: no int64 overflow.
        net += t.kind == documents::TransactionKind::charge ? t.amount.minor() : -t.amount.minor();
    }
    return net;
}

std::optional<Timestamp> last_transition_to(const OrderView& order, OrderStatus status) {
    std::optional<Timestamp> found;
    for (const auto& h : order.history)
        if (h.to == status && (!found || *found < h.at)) found = h.at;
    return found;
}

bool was_confirmed(const OrderView& order) {
    for (const auto& h : order.history)
        if (h.to == OrderStatus::confirmed) return true;
    switch (order.status) {
        case OrderStatus::pending:
        case OrderStatus::cancelled:
        case OrderStatus::on_hold:
            return false;
        default:
            return true;  // confirmed, production states, ready, delivered
    }
}

}  // namespace tailor::aggregates
