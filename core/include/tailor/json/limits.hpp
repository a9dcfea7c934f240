// tailor/json/limits.hpp — documented hard limits at the JSON edge.
//
// These bound the work any single call can cause, so that hostile input
// yields an error envelope instead of exhausting memory or time. They are the
// same on every runtime; docs/limits.md lists them with their error codes.
#pragma once

#include <cstddef>
#include <cstdint>

namespace tailor::json {

struct Limits {
    /// Largest accepted input document, in bytes (error: input_too_large).
    std::size_t max_input_bytes = 8u * 1024u * 1024u;
    /// Deepest accepted nesting of arrays and objects (error: too_deep).
    std::size_t max_depth = 64;
    /// Longest accepted string or key, in bytes (error: input_too_large).
    std::size_t max_string_bytes = 1024u * 1024u;
};

/// Largest integer every runtime represents exactly (JavaScript's
/// Number.MAX_SAFE_INTEGER). Integers beyond ±max_safe_integer are rejected
/// with number_out_of_range, because a JS caller would see a different value.
inline constexpr std::int64_t max_safe_integer = 9007199254740991;  // 2^53 − 1

}  // namespace tailor::json
