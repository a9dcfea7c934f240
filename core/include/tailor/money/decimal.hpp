// tailor/money/decimal.hpp — reading amounts at the JSON edge, exactly.
//
// The seed stores prices as JSON numbers (19.99). A JSON number reaches us as
// the nearest double; its shortest round-trip decimal text (Ryu, identical on
// every runtime) is exactly what the caller wrote, so "19.99" → 1999 minor
// units without any floating-point arithmetic. Decimal strings ("19.99") are
// accepted too. An amount with more decimals than the currency allows
// (19.999 INR) is rejected, never rounded: nothing the caller passed is changed.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <boost/json/value.hpp>

#include "tailor/json/reader.hpp"
#include "tailor/money/money.hpp"

namespace tailor::money {

/// Why a decimal could not be read as minor units.
enum class DecimalError { not_a_number, too_many_decimals, out_of_range };

/// Parses "-12.50", "12", "0.5" (no exponent, no '+', no spaces) into minor
/// units with `exponent` decimals. Trailing zeros beyond the exponent are allowed
/// ("12.500" with exponent 2 is 1250).
std::optional<std::int64_t> parse_decimal(std::string_view text, int exponent, DecimalError* why = nullptr);

/// The shortest decimal text of a JSON number (as JavaScript prints it, without
/// exponent notation): 19.99 → "19.99", 1e21 → "1000000000000000000000".
std::string number_to_plain_decimal(const boost::json::value& number);

/// Reads an amount (JSON number or decimal string) as minor units of `currency`,
/// recording an issue at `path` (invalid_format, too_many_decimals → code
/// "too_many_decimals", out_of_range) when it cannot be read exactly.
std::optional<Money> read_amount(const boost::json::value& v, const std::string& path,
                                 json::Issues& issues, const Currency& currency);

/// Reads an ISO 4217 code, recording invalid_enum ("unsupported currency") at `path`.
std::optional<Currency> read_currency(const boost::json::value& v, const std::string& path,
                                      json::Issues& issues);

}  // namespace tailor::money
