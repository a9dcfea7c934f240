// tailor/loyalty/codec.hpp — loyalty.evaluate's input at the JSON edge.
//
// Input {loyalty, order, config}: `loyalty` is the customer document's
// loyalty block {tier, points, lifetimePoints?, totalSpent}, `order` the
// completed order {currency, total, completedAt}, `config` the shop
// configuration (root and the pricing-domain sections, config/shop_config.hpp).
// Amounts are read in the shop currency (config.currency); an order in another
// currency is issue `currency_mismatch`.
#pragma once

#include <optional>

#include <boost/json/value.hpp>

#include "tailor/config/shop_config.hpp"
#include "tailor/json/reader.hpp"
#include "tailor/loyalty/evaluate.hpp"

namespace tailor::loyalty {

/// The arguments of evaluate(), decoded.
struct EvaluationInput {
    LoyaltyState state;
    CompletedOrder order;
    config::ShopConfig config;  ///< root.currency is the loyalty currency; `loyalty` the section evaluate() takes
};

/// Decodes the whole loyalty.evaluate input. Records every problem in `issues`
/// at its JSON Pointer path; nullopt when the input does not fit the schema.
std::optional<EvaluationInput> read_evaluation_input(const boost::json::value& input, json::Issues& issues);

}  // namespace tailor::loyalty
