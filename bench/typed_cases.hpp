// The "native typed" column of the per-operation table (docs/benchmarks.md):
// each operation's public typed C++ function, timed on an input that the
// library's public readers decoded once, outside the timed loop. ops_bench
// registers one typed/<op> benchmark per selected input next to call/<op>.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include <benchmark/benchmark.h>
#include <boost/json/value.hpp>

namespace tailor::bench {

/// The body of one typed/<op> benchmark: the timed loop over the typed call.
using TypedBody = std::function<void(benchmark::State&)>;

/// A prepared typed benchmark, or why it could not be prepared.
struct TypedPreparation {
    TypedBody body;       ///< empty when `failure` is set
    std::string failure;  ///< the reader refused the input, the typed call failed, or its result differs from the JSON operation's
};

/// How one operation's typed figure is obtained.
struct TypedOperation {
    std::string_view op;
    /// Decodes `input` (the parsed operation input), calls the typed function
    /// once and compares its result with `json_result` (the JSON operation's
    /// result on the same input), so that a broken decode cannot produce a
    /// figure. nullptr when the operation has no typed layer to time.
    TypedPreparation (*prepare)(const boost::json::value& input, const boost::json::value& json_result);
    /// Footnote for the table: with `prepare`, what the figure covers when that
    /// is more or less than "the typed function on decoded input" (empty when
    /// it is exactly that); without, why the operation has no typed figure.
    std::string_view note;
};

/// One entry for every operation of the operation table, sorted by name.
const std::vector<TypedOperation>& typed_operations();

/// The entry for `op`, or nullptr.
const TypedOperation* find_typed_operation(std::string_view op);

}  // namespace tailor::bench
