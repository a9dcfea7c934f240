// tailor/api/call.hpp — the single entry point: operation name + JSON text → envelope.
//
//   std::string out = tailor::api::call("validate.order", R"({"orderId":"o1",…})");
//   // {"ok":true,"result":{"valid":true,"issues":[]}}
//   // {"ok":false,"error":{"code":"invalid_json","message":"…","details":[…]}}
//
// call() never throws and never aborts on bad input: malformed JSON, limits,
// unknown operations and schema violations all become error envelopes, and an
// exception escaping a handler (a bug) becomes code "internal_error".
#pragma once

#include <string>
#include <string_view>

#include "tailor/api/operation.hpp"
#include "tailor/json/limits.hpp"

namespace tailor::api {

/// Runs operation `op` on the JSON text `input`; returns the canonical envelope text.
std::string call(std::string_view op, std::string_view input) noexcept;
std::string call(std::string_view op, std::string_view input, const json::Limits& limits) noexcept;

/// The same, without serializing: for native callers that want the value.
Outcome invoke(std::string_view op, std::string_view input, const json::Limits& limits = {}) noexcept;

/// Serializes an outcome into the envelope text (the one output code path).
std::string envelope(const Outcome& outcome);

}  // namespace tailor::api
