// tailor/json/write.hpp — the one serializer for everything tailor-core emits.
//
// Every byte any runtime returns goes through write(), so native and wasm output
// cannot drift. The format is exactly what ECMAScript's JSON.stringify produces
// for the same value: keys in insertion order, no whitespace, strings escaped
// as JSON.stringify does, and doubles in ECMAScript Number::toString form
// (shortest round-trip digits, computed by Boost.JSON's integer-only Ryu on
// every platform; never std::to_chars or printf, see research.md §5).
// Domain results should carry money, scores and quantities as integers or
// decimal strings; doubles appear only where a caller's own decimal is echoed.
#pragma once

#include <string>
#include <string_view>

#include <boost/json/value.hpp>

namespace tailor::json {

/// Compact canonical serialization (as JSON.stringify(value)).
std::string write(const boost::json::value& value);

/// The same, appended to `out` (lets callers frame a value without copying it).
void write_to(std::string& out, const boost::json::value& value);

/// Appends a JSON string literal for `text` (quoted and escaped as JSON.stringify does).
void write_string_to(std::string& out, std::string_view text);

/// Indented serialization for people (as JSON.stringify(value, null, 2)).
std::string write_pretty(const boost::json::value& value);

/// ECMAScript Number::toString of a finite double ("1.5", "1e+21", "-0" → "0").
std::string format_double(double d);

}  // namespace tailor::json
