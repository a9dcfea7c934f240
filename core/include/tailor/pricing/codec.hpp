// tailor/pricing/codec.hpp — pricing.quote's input and output at the JSON edge.
//
// Input {order, services, customer?, discounts?, payments?, config}. The order,
// the services and the customer are stored documents: only the fields pricing
// uses are read (order: serviceItems, customItems, timeline.urgent,
// pricing.currency; service: serviceId, isActive, pricing; customer:
// loyalty.tier) and their other fields are not reported. `discounts` entries
// are defined by this operation and are strict. `payments` are transactions
// (payments/codec.hpp).
#pragma once

#include <boost/json/value.hpp>

#include "tailor/json/reader.hpp"
#include "tailor/pricing/quote.hpp"

namespace tailor::pricing {

/// Decodes the whole input; nullopt with issues when it does not fit the schema.
std::optional<QuoteRequest> read_quote_request(const boost::json::value& input, json::Issues& issues);

/// The result object, keys in documented order (docs/pricing.md).
boost::json::value quote_to_json(const Quote& quote);

}  // namespace tailor::pricing
