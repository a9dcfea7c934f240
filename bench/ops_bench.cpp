// Native half of the per-operation benchmark table: tailor::api::call on the
// inputs chosen by bench/js/select.js (file given in TAILOR_BENCH_INPUTS).
// scripts/bench.sh runs it next to the Node and Chromium halves.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "tailor/api/call.hpp"
#include "tailor/json/parse.hpp"

namespace {

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
    auto parsed = tailor::json::parse(text.str());
    std::vector<Case> cases;
    if (!parsed || !parsed.value().is_array()) return cases;
    for (const auto& entry : parsed.value().get_array()) {
        const auto& o = entry.as_object();
        std::string op(o.at("op").as_string());
        const auto* label = o.if_contains("label");
        std::string name = label && label->is_string() ? std::string(label->get_string()) : op;
        cases.push_back({std::move(op), std::move(name), std::string(o.at("input").as_string())});
    }
    return cases;
}

}  // namespace

int main(int argc, char** argv) {
    static const std::vector<Case> cases = load_cases();
    if (cases.empty()) {
        std::cerr << "ops_bench: set TAILOR_BENCH_INPUTS to the file written by bench/js/select.js\n";
        return 1;
    }
    for (const Case& c : cases) {
        benchmark::RegisterBenchmark(("call/" + c.label).c_str(), [&c](benchmark::State& state) {
            for (auto _ : state) benchmark::DoNotOptimize(tailor::api::call(c.op, c.input));
        });
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
