// tailor/payments/codec.hpp — payment transactions and summaries at the JSON edge.
//
// Transactions are stored order documents' `payment.transactions[]` entries:
// only transactionId, kind, status, amount and idempotencyKey are read, other
// fields (gatewayId, method, at…) are left alone and unknown fields are not
// reported (callers pass their Firestore entries as they are).
#pragma once

#include <string>
#include <vector>

#include <boost/json/value.hpp>

#include "tailor/json/reader.hpp"
#include "tailor/payments/summary.hpp"

namespace tailor::payments {

/// Reads every entry of `array` (at `path`) with amounts in `currency`.
std::vector<Transaction> read_transactions(const boost::json::array& array, const std::string& path,
                                           const money::Currency& currency, json::Issues& issues);

/// The fields of a summary, appended to `out` in documented order.
void append_summary(boost::json::object& out, const PaymentSummary& summary);

}  // namespace tailor::payments
