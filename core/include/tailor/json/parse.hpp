// tailor/json/parse.hpp — the strict JSON reader every operation input goes through.
//
// Stricter than JSON.parse where JSON.parse would silently change the data:
//  * duplicate object keys are an error (JSON.parse keeps the last one);
//  * integers beyond ±(2^53−1) are an error (JSON.parse rounds them);
//  * numbers that overflow to ±Infinity are an error;
//  * invalid UTF-8 is an error (never replaced);
//  * size, depth and string length are bounded (json/limits.hpp).
// Every error carries a JSON Pointer to where it was found, when there is one.
#pragma once

#include <string_view>

#include <boost/json/value.hpp>

#include "tailor/error.hpp"
#include "tailor/json/limits.hpp"

namespace tailor::json {

/// Parses `text` into a value, or returns the Error that an envelope reports.
/// Complexity: linear in text.size(). Never throws except std::bad_alloc.
///
/// Memory: the tree lives in one arena (a boost::json monotonic resource) that
/// is released at once when the last value using it goes, which is what makes
/// parsing fast. Boost.JSON copies a value into its source's storage, so a value
/// copied out of the tree (e.g. a document a typed request keeps) also allocates
/// in that arena and keeps all of it alive. A caller that keeps decoded data
/// beyond the call, or decodes once and calls typed functions many times,
/// should first move the tree onto the default heap:
///     boost::json::value owned(parsed.value(), boost::json::storage_ptr());
Result<boost::json::value> parse(std::string_view text, const Limits& limits = Limits{});

}  // namespace tailor::json
