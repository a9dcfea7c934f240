// Native half of the per-operation benchmark table: for each input chosen by
// bench/js/select.js (file given in TAILOR_BENCH_INPUTS), call/<op> times
// tailor::api::call on the JSON text and typed/<op> the operation's public
// typed function on the same input decoded once (typed_cases.hpp).
// scripts/bench.sh runs it next to the Node and Chromium halves.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <exception>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "tailor/api/call.hpp"
#include "tailor/api/operation.hpp"
#include <boost/json/parse.hpp>

#include "tailor/json/parse.hpp"
#include "typed_cases.hpp"

namespace {

namespace bj = boost::json;

struct Case {
    std::string op;
    std::string label;  ///< the benchmark's name after "call/": the op, or the case's label (bench/js/limits.js)
    std::string input;
};

std::vector<Case> load_cases() {
    const char* path = std::getenv("TAILOR_BENCH_INPUTS");
    if (!path) return {};
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    // boost::json directly, not json::parse: this file holds many inputs of up
    // to 8 MiB each (bench/js/limits.js), beyond the edge limits of one call.
    boost::system::error_code ec;
    const bj::value parsed = bj::parse(text.str(), ec);
    std::vector<Case> cases;
    if (ec || !parsed.is_array()) {
        std::cerr << "ops_bench: " << path << " is not a JSON array of cases\n";
        return cases;
    }
    for (const auto& entry : parsed.get_array()) {
        const auto& o = entry.as_object();
        std::string op(o.at("op").as_string());
        const auto* label = o.if_contains("label");
        std::string name = label && label->is_string() ? std::string(label->get_string()) : op;
        cases.push_back({std::move(op), std::move(name), std::string(o.at("input").as_string())});
    }
    return cases;
}

/// Prepares typed/<op> for `c`: the parsed input, and the result of the JSON
/// operation that the typed result must match. Empty body on failure, with
/// the reason in `failure`.
tailor::bench::TypedPreparation prepare_typed(const tailor::bench::TypedOperation& typed, const Case& c) {
    auto input = tailor::json::parse(c.input);
    if (!input) return {{}, "the input does not parse: " + input.error().message};
    auto envelope = tailor::json::parse(tailor::api::call(c.op, c.input));
    if (!envelope || !envelope.value().as_object().at("ok").as_bool())
        return {{}, "the JSON operation does not succeed on this input, so there is no result to match"};
    // The decoded input must not live in the parse arena (json::parse puts the
    // whole tree in one monotonic resource): JSON values the typed functions
    // copy from it would be allocated there too and only released with the
    // input, so memory would grow with every iteration. On the default heap, as
    // a typed-API caller's own values are, each call frees what it allocates.
    const bj::value input_on_heap(input.value(), bj::storage_ptr());
    try {
        return typed.prepare(input_on_heap, envelope.value().as_object().at("result"));
    } catch (const std::exception& e) {  // a JSON result without a member the comparison reads
        return {{}, std::string("comparing with the JSON result failed: ") + e.what()};
    }
}

}  // namespace

int main(int argc, char** argv) {
    static const std::vector<Case> cases = load_cases();
    if (cases.empty()) {
        std::cerr << "ops_bench: set TAILOR_BENCH_INPUTS to the file written by bench/js/select.js\n";
        return 1;
    }
    // Every operation says how it is measured typed (or why it is not), so a
    // new operation cannot silently miss the column.
    bool complete = true;
    for (const auto& op : tailor::api::operations())
        if (!tailor::bench::find_typed_operation(op.name)) {
            std::cerr << "ops_bench: " << op.name << " has no entry in bench/typed_cases.cpp\n";
            complete = false;
        }
    if (!complete) return 1;

    for (const Case& c : cases) {
        benchmark::RegisterBenchmark(("call/" + c.label).c_str(), [&c](benchmark::State& state) {
            for (auto _ : state) benchmark::DoNotOptimize(tailor::api::call(c.op, c.input));
        });
        const tailor::bench::TypedOperation* typed = tailor::bench::find_typed_operation(c.op);
        if (!typed) {
            std::cerr << "ops_bench: " << c.op << " is not an operation of this build\n";
            return 1;
        }
        // The notes travel in the benchmark JSON's context, for bench/js/report.js's footnotes.
        if (!typed->prepare) {
            benchmark::AddCustomContext("typed_unavailable:" + c.op, std::string(typed->note));
            continue;
        }
        tailor::bench::TypedPreparation prepared = prepare_typed(*typed, c);
        if (!prepared.body) {
            std::cerr << "ops_bench: typed/" << c.op << ": " << prepared.failure << "\n";
            return 1;
        }
        if (!typed->note.empty()) benchmark::AddCustomContext("typed_note:" + c.op, std::string(typed->note));
        benchmark::RegisterBenchmark(("typed/" + c.label).c_str(), std::move(prepared.body));
    }
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    // Peak resident memory of the whole run, for the table (Linux).
    std::ifstream status("/proc/self/status");
    for (std::string line; std::getline(status, line);)
        if (line.rfind("VmHWM:", 0) == 0)
            std::cerr << "peak_rss " << line.substr(line.find_first_not_of(" \t", 6)) << "\n";
    return 0;
}
