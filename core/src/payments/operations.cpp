// payment.summarize: {total, currency, transactions, advanceRequired?} → payment status and amounts.
#include "tailor/api/domains.hpp"
#include "tailor/money/decimal.hpp"
#include "tailor/money/encode.hpp"
#include "tailor/payments/codec.hpp"

namespace tailor::payments {
namespace {

namespace bj = boost::json;
using json::Presence;

}  // namespace

std::optional<SummaryInput> read_summary_input(const bj::value& input, json::Issues& issues) {
    json::ObjectReader r(input, "", issues);
    std::optional<money::Currency> currency;
    if (const auto* c = r.field("currency", Presence::required)) currency = money::read_currency(*c, "/currency", issues);
    const auto* total_v = r.field("total", Presence::required);
    const auto* tx = r.array("transactions", Presence::required, max_transactions);
    const auto* advance_v = r.field("advanceRequired", Presence::optional);
    r.finish();
    std::optional<money::Money> total, advance;
    std::vector<Transaction> transactions;
    if (currency) {
        if (total_v) total = money::read_amount(*total_v, "/total", issues, *currency);
        if (total && total->is_negative()) issues.add("/total", issue_code::out_of_range, "must not be negative");
        if (advance_v) advance = money::read_amount(*advance_v, "/advanceRequired", issues, *currency);
        if (advance && total && (advance->is_negative() || advance->minor() > total->minor()))
            issues.add("/advanceRequired", issue_code::out_of_range, "must be between 0 and the total");
        if (tx) transactions = read_transactions(*tx, "/transactions", *currency, issues);
    }
    if (!issues.empty()) return std::nullopt;
    return SummaryInput{*total, std::move(transactions), advance};
}

namespace {

api::Outcome summarize_op(const bj::value& input) {
    json::Issues issues;
    const auto decoded = read_summary_input(input, issues);
    if (!decoded) return issues.to_error();
    const money::Money& total = decoded->total;
    const std::optional<money::Money>& advance = decoded->advance_required;

    auto summary = summarize(total, decoded->transactions);
    if (!summary) return summary.error();
    const PaymentSummary& s = summary.value();
    bj::object out;
    out.emplace("currency", total.currency().code());
    out.emplace("total", money::to_json(total));
    append_summary(out, s);
    if (advance) {
        out.emplace("advanceRequired", money::to_json(*advance));
        out.emplace("advanceMet", s.net_paid.minor() >= advance->minor());
    } else {
        out.emplace("advanceRequired", nullptr);
        out.emplace("advanceMet", nullptr);
    }
    return bj::value(std::move(out));
}

}  // namespace

std::vector<api::Operation> operations() {
    return {{"payment.summarize",
             "Payment status, amounts paid, refunded and due from an order's transactions (idempotency keys count once).",
             &summarize_op}};
}

}  // namespace tailor::payments
