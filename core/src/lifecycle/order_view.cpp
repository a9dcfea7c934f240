// Reading the lifecycle's view of an order document (tailor/lifecycle/order_view.hpp).
#include "tailor/lifecycle/order_view.hpp"

#include "tailor/money/decimal.hpp"

namespace tailor::lifecycle {

namespace bj = boost::json;
using json::ObjectReader;
using json::Presence;

namespace {

constexpr json::StringRule id_rule{1, 128};

void read_items(ObjectReader& order, std::string_view key, bool custom, std::vector<ItemView>& out) {
    const bj::array* items = order.array(key, Presence::optional, max_items_per_order);
    if (!items) return;
    for (std::size_t i = 0; i < items->size(); ++i) {
        ObjectReader r((*items)[i], order.path_of(key) + "/" + std::to_string(i), order.issues());
        if (!r.valid()) continue;
        ItemView item;
        item.custom = custom;
        item.index = i;
        if (auto id = r.string("itemId", Presence::required, id_rule)) item.item_id = *id;
        if (auto stage = r.enumeration("stage", Presence::optional, documents::item_stage_names))
            item.stage = *stage;
        item.assigned_employee_id = r.string("assignedEmployeeId", Presence::optional, id_rule);
        out.push_back(std::move(item));
    }
}

}  // namespace

std::optional<OrderView> read_order_view(const bj::value& v, const std::string& path, json::Issues& issues) {
    const std::size_t before = issues.size();
    ObjectReader order(v, path, issues);
    if (!order.valid()) return std::nullopt;

    auto order_id = order.string("orderId", Presence::required, id_rule);
    auto customer_id = order.string("customerId", Presence::required, id_rule);
    auto assigned = order.string("assignedEmployeeId", Presence::optional, id_rule);
    std::vector<ItemView> items;
    read_items(order, "serviceItems", false, items);
    read_items(order, "customItems", true, items);
    // Item ids are unique across both arrays: item-level moves name items by id.
    for (std::size_t i = 0; i < items.size(); ++i)
        for (std::size_t j = 0; j < i; ++j)
            if (!items[i].item_id.empty() && items[i].item_id == items[j].item_id) {
                issues.add(path + "/" + (items[i].custom ? "customItems/" : "serviceItems/") +
                               std::to_string(items[i].index) + "/itemId",
                           issue_code::duplicate,
                           "item id \"" + items[i].item_id + "\" appears more than once in the order");
                break;
            }

    std::optional<money::Currency> currency;
    std::optional<money::Money> total, advance;
    if (auto pricing = order.object("pricing", Presence::required)) {
        if (const bj::value* c = pricing->field("currency", Presence::required))
            currency = money::read_currency(*c, pricing->path_of("currency"), issues);
        if (currency) {
            if (const bj::value* t = pricing->field("totalAmount", Presence::required))
                total = money::read_amount(*t, pricing->path_of("totalAmount"), issues, *currency);
            if (const bj::value* a = pricing->field("advanceRequired", Presence::optional))
                advance = money::read_amount(*a, pricing->path_of("advanceRequired"), issues, *currency);
            else
                advance = money::Money::zero(*currency);
        }
    }

    std::optional<documents::OrderStatus> current;
    std::optional<Timestamp> last_updated;
    std::vector<HistoryView> history;
    if (auto status = order.object("status", Presence::required)) {
        current = status->enumeration("current", Presence::required, documents::order_status_names);
        last_updated = status->timestamp("lastUpdated", Presence::optional);
        if (const bj::array* h = status->array("history", Presence::optional, max_history_entries)) {
            for (std::size_t i = 0; i < h->size(); ++i) {
                ObjectReader e((*h)[i], status->path_of("history") + "/" + std::to_string(i), issues);
                if (!e.valid()) continue;
                auto from = e.enumeration("from", Presence::required, documents::order_status_names);
                auto to = e.enumeration("to", Presence::required, documents::order_status_names);
                auto at = e.timestamp("at", Presence::optional);
                if (from && to) history.push_back(HistoryView{*from, *to, at});
            }
        }
    }

    // paid = succeeded charges − succeeded refunds, exact, in the order's currency.
    std::int64_t paid_minor = 0;
    bool paid_ok = true;
    std::vector<TransactionView> transactions;
    if (auto payment = order.object("payment", Presence::optional)) {
        if (const bj::array* txs = payment->array("transactions", Presence::optional, max_transactions)) {
            for (std::size_t i = 0; i < txs->size(); ++i) {
                ObjectReader t((*txs)[i], payment->path_of("transactions") + "/" + std::to_string(i), issues);
                if (!t.valid()) continue;
                auto kind = t.enumeration("kind", Presence::required, documents::transaction_kind_names);
                auto st = t.enumeration("status", Presence::required, documents::transaction_status_names);
                std::optional<money::Money> amount;
                if (const bj::value* a = t.field("amount", Presence::required); a && currency)
                    amount = money::read_amount(*a, t.path_of("amount"), issues, *currency);
                if (!kind || !st || !amount) continue;
                if (amount->is_negative()) {
                    issues.add(t.path_of("amount"), issue_code::out_of_range, "must not be negative");
                    continue;
                }
                transactions.push_back(TransactionView{*kind, *st, amount->minor(), t.timestamp("at", Presence::optional)});
                if (*st != documents::TransactionStatus::succeeded) continue;
                auto next = money::checked_add(paid_minor, *kind == documents::TransactionKind::charge
                                                               ? amount->minor()
                                                               : -amount->minor());
                if (!next) {
                    issues.add(t.path_of("amount"), issue_code::out_of_range, "the payments total is out of range");
                    paid_ok = false;
                    break;
                }
                paid_minor = *next;
            }
        }
    }

    std::vector<QualityCheckView> checks;
    if (const bj::array* qc = order.array("qualityChecks", Presence::optional, max_quality_checks)) {
        for (std::size_t i = 0; i < qc->size(); ++i) {
            ObjectReader c((*qc)[i], order.path_of("qualityChecks") + "/" + std::to_string(i), issues);
            if (!c.valid()) continue;
            QualityCheckView check;
            check.item_id = c.string("itemId", Presence::optional, id_rule);
            auto passed = c.boolean("passed", Presence::required);
            auto at = c.timestamp("at", Presence::required);
            if (!passed || !at) continue;
            check.passed = *passed;
            check.at = *at;
            checks.push_back(std::move(check));
        }
    }

    std::optional<Timestamp> order_date, delivery_date;
    if (auto timeline = order.object("timeline", Presence::optional)) {
        order_date = timeline->timestamp("orderDate", Presence::optional);
        delivery_date = timeline->timestamp("deliveryDate", Presence::optional);
    }
    auto created_at = order.timestamp("createdAt", Presence::optional);

    if (issues.size() != before || !order_id || !customer_id || !currency || !total || !advance || !current ||
        !paid_ok)
        return std::nullopt;
    auto paid = money::Money::of_minor(paid_minor, *currency);
    if (!paid) {
        issues.add(path + "/payment/transactions", issue_code::out_of_range, "the payments total is out of range");
        return std::nullopt;
    }
    return OrderView{*order_id,         *customer_id,   assigned,     std::move(items), *total,
                     *advance,          *paid,          *current,     last_updated,     std::move(history),
                     std::move(checks), order_date,     delivery_date, created_at,    std::move(transactions)};
}

}  // namespace tailor::lifecycle
