// tailor/payments/config.hpp — the `payments` section of the shop configuration.
//
// The advance a customer pays before work starts, as a share of the order
// total. One rate comes from the order's urgency, one from the customer's
// loyalty tier; `combine` says which wins (lower: the tier caps the urgency
// rate, so loyal customers pay less upfront; higher: the stricter one wins).
// Without a known tier the urgency rate alone applies.
#pragma once

#include <array>
#include <string>

#include <boost/json/value.hpp>

#include "tailor/documents/enums.hpp"
#include "tailor/json/reader.hpp"
#include "tailor/money/rounding.hpp"

namespace tailor::payments {

enum class AdvanceCombine { lower, higher };
inline constexpr json::EnumName<AdvanceCombine> advance_combine_names[] = {
    {"lower", AdvanceCombine::lower}, {"higher", AdvanceCombine::higher}};

struct PaymentsConfig {
    money::BasisPoints advance_standard{5000};
    money::BasisPoints advance_urgent{10000};
    /// Indexed by LoyaltyTier (bronze…platinum).
    std::array<money::BasisPoints, 4> advance_by_tier{
        {money::BasisPoints{10000}, money::BasisPoints{7500}, money::BasisPoints{5000}, money::BasisPoints{2500}}};
    AdvanceCombine combine = AdvanceCombine::lower;
    money::Rounding advance_rounding = money::Rounding::away_from_zero;
};

PaymentsConfig read_payments_config(const boost::json::value* section, const std::string& path,
                                    json::Issues& issues);
boost::json::value payments_config_to_json(const PaymentsConfig& config);

/// The advance rate for an order: urgency rate, combined with the tier rate when known.
money::BasisPoints advance_rate(const PaymentsConfig& config, bool urgent,
                                const documents::LoyaltyTier* tier);

}  // namespace tailor::payments
