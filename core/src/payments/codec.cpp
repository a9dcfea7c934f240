#include "tailor/payments/codec.hpp"

#include "tailor/json/pointer.hpp"
#include "tailor/money/decimal.hpp"
#include "tailor/money/encode.hpp"

namespace tailor::payments {
namespace {
namespace bj = boost::json;
using json::Presence;
const json::StringRule id_rule{1, 200};
}  // namespace

std::vector<Transaction> read_transactions(const bj::array& array, const std::string& path,
                                           const money::Currency& currency, json::Issues& issues) {
    std::vector<Transaction> out;
    out.reserve(array.size());
    for (std::size_t i = 0; i < array.size(); ++i) {
        const std::size_t before = issues.size();
        const std::string tpath = json::pointer_append(path, i);
        json::ObjectReader r(array[i], tpath, issues);
        auto id = r.string("transactionId", Presence::required, id_rule);
        auto kind = r.enumeration("kind", Presence::required, documents::transaction_kind_names);
        auto status = r.enumeration("status", Presence::required, documents::transaction_status_names);
        std::optional<money::Money> amount;
        if (const auto* a = r.field("amount", Presence::required)) {
            amount = money::read_amount(*a, r.path_of("amount"), issues, currency);
            if (amount && amount->minor() <= 0) {
                issues.add(r.path_of("amount"), issue_code::out_of_range, "must be greater than 0");
                amount.reset();
            }
        }
        auto key = r.string("idempotencyKey", Presence::required, id_rule);
        if (issues.size() != before) continue;
        out.push_back(Transaction{*id, *kind, *status, *amount, *key, tpath});
    }
    return out;
}

void append_summary(bj::object& out, const PaymentSummary& s) {
    out.emplace("status", json::enum_name(s.status, documents::payment_status_names));
    out.emplace("overpaid", s.overpaid);
    out.emplace("paid", money::to_json(s.paid));
    out.emplace("refunded", money::to_json(s.refunded));
    out.emplace("netPaid", money::to_json(s.net_paid));
    out.emplace("due", money::to_json(s.due));
    out.emplace("overpaidAmount", money::to_json(s.overpaid_amount));
    out.emplace("pending", money::to_json(s.pending));
    out.emplace("paymentsCounted", s.payments_counted);
    bj::array dups;
    for (const auto& d : s.duplicates) dups.emplace_back(bj::string(d));
    out.emplace("duplicates", std::move(dups));
}

}  // namespace tailor::payments
