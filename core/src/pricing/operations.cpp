// pricing.quote: decode → pricing::quote → encode.
#include "tailor/api/domains.hpp"
#include "tailor/pricing/codec.hpp"

namespace tailor::pricing {
namespace {

api::Outcome quote_op(const boost::json::value& input) {
    json::Issues issues;
    auto request = read_quote_request(input, issues);
    if (!request) return issues.to_error();
    auto result = quote(*request);
    if (!result) return result.error();
    return quote_to_json(result.value());
}

}  // namespace

std::vector<api::Operation> operations() {
    return {{"pricing.quote",
             "Prices an order line by line (discounts, urgency, taxes, advance, payments) with an explanation of every step.",
             &quote_op}};
}

}  // namespace tailor::pricing
