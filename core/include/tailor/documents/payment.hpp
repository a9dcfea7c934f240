// tailor/documents/payment.hpp — /payments/{paymentId}: one charge or refund
// request as the payment trigger sees it. Value type, codec and validation.
#pragma once

#include <optional>
#include <string>

#include <boost/json/value.hpp>

#include "tailor/documents/common.hpp"
#include "tailor/documents/enums.hpp"
#include "tailor/documents/validation.hpp"
#include "tailor/error.hpp"
#include "tailor/json/reader.hpp"
#include "tailor/money/money.hpp"

namespace tailor::documents {

struct Payment {
    std::string payment_id;
    std::string order_id;
    std::string customer_id;
    TransactionKind kind = TransactionKind::charge;
    TransactionStatus status = TransactionStatus::pending;
    money::Money amount = zero_amount();  ///< > 0, in `currency`.
    std::string method;
    std::optional<std::string> gateway_id;
    std::string idempotency_key;
    Timestamp created_at;
};

std::optional<Payment> read_payment(const boost::json::value& v, const std::string& path,
                                    json::Issues& issues, Strictness strictness);
Result<Payment> decode_payment(const boost::json::value& v, Strictness strictness = Strictness::lenient);
boost::json::value encode_payment(const Payment& payment);
ValidationReport validate_payment(const boost::json::value& v);

}  // namespace tailor::documents
