// tailor/payments/summary.hpp — what has been paid on an order, and its payment status.
//
// Transactions are the order's `payment.transactions[]`. Each logical payment
// attempt has an idempotency key; a gateway may report the same attempt more
// than once (pending, then succeeded), so entries sharing a key are ONE
// payment: it counts if any of its entries succeeded, it is pending if none
// succeeded and one is pending, failed otherwise. Entries sharing a key must
// agree on kind and amount, or the summary is refused (idempotency_conflict).
//
// Status (first rule that holds):
//   refunded        something was refunded and the net paid is zero
//   paid            net paid ≥ total (a total of 0 is paid at once)
//   partially_paid  0 < net paid < total
//   failed          nothing paid, nothing pending, at least one failed attempt
//   pending         otherwise (no attempt yet, or attempts still pending)
// Overpayment (net paid > total) is the `overpaid` flag, not a status.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "tailor/documents/enums.hpp"
#include "tailor/error.hpp"
#include "tailor/money/money.hpp"

namespace tailor::payments {

struct Transaction {
    std::string transaction_id;
    documents::TransactionKind kind;
    documents::TransactionStatus status;
    money::Money amount;  ///< > 0
    std::string idempotency_key;
    std::string path;     ///< JSON Pointer of the entry in the caller's input (for errors)
};

struct PaymentSummary {
    documents::PaymentStatus status;
    bool overpaid;
    money::Money paid;        ///< succeeded charges, each key once
    money::Money refunded;    ///< succeeded refunds, each key once
    money::Money net_paid;    ///< paid − refunded
    money::Money due;         ///< max(0, total − net paid)
    money::Money overpaid_amount;  ///< max(0, net paid − total)
    money::Money pending;     ///< charges not yet settled (not counted)
    std::size_t payments_counted;  ///< distinct keys that succeeded
    std::vector<std::string> duplicates;  ///< transactionIds ignored as repeats of an earlier key
};

/// Largest number of transactions accepted per order.
inline constexpr std::size_t max_transactions = 1000;

/// Issue/error codes of this module.
namespace payment_code {
/// Two entries share an idempotency key but differ in kind or amount.
inline constexpr const char* idempotency_conflict = "idempotency_conflict";
/// Succeeded refunds add up to more than succeeded charges.
inline constexpr const char* refund_exceeds_paid = "refund_exceeds_paid";
}  // namespace payment_code

/// Summarizes `transactions` against `total` (all in total's currency).
/// Errors: invalid_input with idempotency_conflict / refund_exceeds_paid issues.
Result<PaymentSummary> summarize(const money::Money& total, const std::vector<Transaction>& transactions);

}  // namespace tailor::payments
