// tailor/api/operation.hpp — the shape of one entry in the operation table.
//
// Every public operation has a stable dotted name ("pricing.quote"), takes one
// JSON document and returns a result value or an Error. The wasm module, the
// C ABI, tailorctl and the native service all dispatch through this one table
// (api/call.hpp), so no runtime can offer a different set or a different answer.
#pragma once

#include <string_view>
#include <vector>

#include <boost/json/value.hpp>

#include "tailor/error.hpp"

namespace tailor::api {

/// What a handler returns: the `result` of the envelope, or its `error`.
using Outcome = Result<boost::json::value>;

/// A handler receives the parsed input (already checked against json::Limits).
using Handler = Outcome (*)(const boost::json::value& input);

struct Operation {
    std::string_view name;     ///< Stable dotted name, e.g. "validate.order".
    std::string_view summary;  ///< One line, shown by core.operations and tailorctl --list.
    Handler handler;
};

/// Every operation, sorted by name. Built once; immutable afterwards.
const std::vector<Operation>& operations();

/// The entry named `name`, or nullptr.
const Operation* find_operation(std::string_view name);

}  // namespace tailor::api
