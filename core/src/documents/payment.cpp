// payments: codec and rules (docs/schema.md "payments").
#include "tailor/documents/payment.hpp"

#include "codec.hpp"

namespace tailor::documents {
namespace {
using namespace detail;
}  // namespace

std::optional<Payment> read_payment(const bj::value& v, const std::string& path, json::Issues& issues,
                                    Strictness strictness) {
    const Ctx c{issues, strictness};
    ObjectReader r(v, path, issues);
    if (!r.valid()) return std::nullopt;
    const auto mark = issues.size();
    Payment p;
    // The amount is read in the document's own currency, which follows it.
    const auto cur = peek_currency(v, "currency");
    auto payment_id = read_id(r, "paymentId", req);
    auto order_id = read_id(r, "orderId", req);
    auto customer_id = read_id(r, "customerId", req);
    auto kind = r.enumeration("kind", req, transaction_kind_names);
    auto status = r.enumeration("status", req, transaction_status_names);
    auto amount = read_money(r, "amount", req, cur, Sign::positive);
    auto currency = read_currency_field(r, "currency", req);
    auto method = read_text(r, "method", req, 1, 50);
    p.gateway_id = read_text(r, "gatewayId", opt, 1, 128);
    auto key = read_text(r, "idempotencyKey", req, 1, 128);
    auto created_at = r.timestamp("createdAt", req);
    done(r, c);
    if (!clean_since(c, mark) ||
        !all(payment_id, order_id, customer_id, kind, status, amount, currency, method, key, created_at))
        return std::nullopt;
    p.payment_id = *payment_id;
    p.order_id = *order_id;
    p.customer_id = *customer_id;
    p.kind = *kind;
    p.status = *status;
    p.amount = *amount;
    p.method = *method;
    p.idempotency_key = *key;
    p.created_at = *created_at;
    return p;
}

Result<Payment> decode_payment(const bj::value& v, Strictness strictness) {
    return decode_with<Payment>(v, strictness, read_payment, "payment");
}

bj::value encode_payment(const Payment& p) {
    bj::object o;
    o.emplace("paymentId", p.payment_id);
    o.emplace("orderId", p.order_id);
    o.emplace("customerId", p.customer_id);
    o.emplace("kind", json::enum_name(p.kind, transaction_kind_names));
    o.emplace("status", json::enum_name(p.status, transaction_status_names));
    o.emplace("amount", encode_money(p.amount));
    o.emplace("currency", p.amount.currency().code());
    o.emplace("method", p.method);
    put_optional(o, "gatewayId", p.gateway_id);
    o.emplace("idempotencyKey", p.idempotency_key);
    o.emplace("createdAt", encode_timestamp(p.created_at));
    return bj::value(std::move(o));
}

ValidationReport validate_payment(const bj::value& v) {
    return validate_with<Payment>(v, read_payment, encode_payment);
}

}  // namespace tailor::documents
