#include "tailor/payments/summary.hpp"

#include "tailor/json/reader.hpp"

namespace tailor::payments {
namespace {

using documents::PaymentStatus;
using documents::TransactionKind;
using documents::TransactionStatus;

/// One logical payment: the first entry of its key, and the best status seen.
struct Attempt {
    const Transaction* first;
    TransactionStatus status;
};

Error overflow_error() {
    return Error{error_code::limit_exceeded, "payment amounts add up beyond the supported range",
                 {Issue{"", "amount_overflow", "the sum exceeds 9007199254740991 minor units"}}};
}

}  // namespace

Result<PaymentSummary> summarize(const money::Money& total, const std::vector<Transaction>& transactions) {
    json::Issues issues;
    std::vector<Attempt> attempts;  // in order of first appearance
    std::vector<std::string> duplicates;
    for (const auto& t : transactions) {
        Attempt* same = nullptr;
        for (auto& a : attempts)
            if (a.first->idempotency_key == t.idempotency_key) same = &a;
        if (!same) {
            attempts.push_back(Attempt{&t, t.status});
            continue;
        }
        if (same->first->kind != t.kind || same->first->amount != t.amount) {
            issues.add(t.path, payment_code::idempotency_conflict,
                       "shares idempotencyKey \"" + t.idempotency_key + "\" with " + same->first->path +
                           " but differs in kind or amount");
            continue;
        }
        duplicates.push_back(t.transaction_id);
        // succeeded beats pending beats failed: a later report can settle an attempt.
        auto rank = [](TransactionStatus s) {
            return s == TransactionStatus::succeeded ? 2 : s == TransactionStatus::pending ? 1 : 0;
        };
        if (rank(t.status) > rank(same->status)) same->status = t.status;
    }
    if (!issues.empty()) return issues.to_error("the transactions contradict each other");

    const money::Currency cur = total.currency();
    std::int64_t paid = 0, refunded = 0, pending = 0;
    bool any_failed = false, any_pending = false;
    std::size_t counted = 0;
    for (const auto& a : attempts) {
        const std::int64_t amount = a.first->amount.minor();
        if (a.status == TransactionStatus::failed) {
            any_failed = true;
            continue;
        }
        if (a.status == TransactionStatus::pending) {
            any_pending = true;
            if (a.first->kind == TransactionKind::charge) {
                auto p = money::checked_add(pending, amount);
                if (!p) return overflow_error();
                pending = *p;
            }
            continue;
        }
        ++counted;
        auto& sum = a.first->kind == TransactionKind::charge ? paid : refunded;
        auto s = money::checked_add(sum, amount);
        if (!s) return overflow_error();
        sum = *s;
        if (a.first->kind == TransactionKind::refund && refunded > paid) {
            // Compared against every succeeded charge listed before it.
            std::int64_t paid_total = 0;
            for (const auto& b : attempts)
                if (b.status == TransactionStatus::succeeded && b.first->kind == TransactionKind::charge)
                    paid_total += b.first->amount.minor();
            if (refunded > paid_total) {
                issues.add(a.first->path, payment_code::refund_exceeds_paid,
                           "refunds add up to " + money::format_minor(refunded, cur.exponent()) +
                               ", more than the " + money::format_minor(paid_total, cur.exponent()) + " paid");
                return issues.to_error("a refund exceeds what was paid");
            }
        }
    }
    const std::int64_t net = paid - refunded;
    PaymentSummary s{PaymentStatus::pending,
                     net > total.minor(),
                     *money::Money::of_minor(paid, cur),
                     *money::Money::of_minor(refunded, cur),
                     *money::Money::of_minor(net, cur),
                     *money::Money::of_minor(net < total.minor() ? total.minor() - net : 0, cur),
                     *money::Money::of_minor(net > total.minor() ? net - total.minor() : 0, cur),
                     *money::Money::of_minor(pending, cur),
                     counted,
                     std::move(duplicates)};
    if (refunded > 0 && net == 0) s.status = PaymentStatus::refunded;
    else if (net >= total.minor()) s.status = PaymentStatus::paid;
    else if (net > 0) s.status = PaymentStatus::partially_paid;
    else if (any_failed && !any_pending) s.status = PaymentStatus::failed;
    else s.status = PaymentStatus::pending;
    return s;
}

}  // namespace tailor::payments
