// tailor/payments/codec.hpp — payment transactions and summaries at the JSON edge.
//
// Transactions are stored order documents' `payment.transactions[]` entries:
// only transactionId, kind, status, amount and idempotencyKey are read, other
// fields (gatewayId, method, at…) are left alone and unknown fields are not
// reported (callers pass their Firestore entries as they are).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <boost/json/value.hpp>

#include "tailor/json/reader.hpp"
#include "tailor/payments/summary.hpp"

namespace tailor::payments {

/// payment.summarize's input, decoded: the arguments of summarize() and the
/// advance the result compares net paid against.
struct SummaryInput {
    money::Money total;  ///< in the input's `currency`, like every amount here
    std::vector<Transaction> transactions;
    std::optional<money::Money> advance_required;
};

/// Decodes {currency, total, transactions, advanceRequired?}. Records every
/// problem in `issues` at its JSON Pointer path; nullopt when there is any.
std::optional<SummaryInput> read_summary_input(const boost::json::value& input, json::Issues& issues);

/// Reads every entry of `array` (at `path`) with amounts in `currency`.
std::vector<Transaction> read_transactions(const boost::json::array& array, const std::string& path,
                                           const money::Currency& currency, json::Issues& issues);

/// The fields of a summary, appended to `out` in documented order.
void append_summary(boost::json::object& out, const PaymentSummary& summary);

}  // namespace tailor::payments
