// tailor/money/encode.hpp — the one JSON shape of an amount in every result.
//
// Every amount tailor-core returns is {"minor": 1999, "decimal": "19.99"}:
// the integer minor units (for arithmetic) and the exact decimal text in major
// units (for display). Both are exact; clients never divide by 100 themselves.
#pragma once

#include <boost/json/value.hpp>

#include "tailor/money/money.hpp"

namespace tailor::money {

/// {"minor": m, "decimal": "…"} for `amount`.
boost::json::value to_json(const Money& amount);

}  // namespace tailor::money
