// pricing.quote on a five-line order (tests/vectors/pricing.quote/five_line_order.json):
// through the typed API (decode once, price many times), through the typed API
// including decode + encode, and through api::call (parse, price, serialize).
// Results: docs/benchmarks.md.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "tailor/api/call.hpp"
#include "tailor/json/parse.hpp"
#include "tailor/json/write.hpp"
#include "tailor/pricing/codec.hpp"

namespace {

/// The vector's `input`, serialized canonically (the same bytes bench/js sends).
std::string fixture_input() {
    const auto path = std::filesystem::path(__FILE__).parent_path() / ".." / "tests" / "vectors" / "pricing.quote" /
                      "five_line_order.json";
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    auto vector = tailor::json::parse(text.str());
    if (!vector) throw std::runtime_error("cannot read " + path.string());
    return tailor::json::write(vector.value().at("input"));
}

const std::string& input_text() {
    static const std::string text = fixture_input();
    return text;
}

void BM_QuoteTyped(benchmark::State& state) {
    const auto input = tailor::json::parse(input_text()).value();
    tailor::json::Issues issues;
    const auto request = tailor::pricing::read_quote_request(input, issues);
    if (!request) throw std::runtime_error("fixture does not decode");
    for (auto _ : state) {
        auto q = tailor::pricing::quote(*request);
        benchmark::DoNotOptimize(q);
    }
}
BENCHMARK(BM_QuoteTyped);

void BM_QuoteTypedWithCodec(benchmark::State& state) {
    const auto input = tailor::json::parse(input_text()).value();
    for (auto _ : state) {
        tailor::json::Issues issues;
        const auto request = tailor::pricing::read_quote_request(input, issues);
        auto q = tailor::pricing::quote(*request);
        auto out = tailor::pricing::quote_to_json(q.value());
        benchmark::DoNotOptimize(out);
    }
}
BENCHMARK(BM_QuoteTypedWithCodec);

void BM_QuoteApiCall(benchmark::State& state) {
    const std::string& text = input_text();
    for (auto _ : state) {
        auto out = tailor::api::call("pricing.quote", text);
        benchmark::DoNotOptimize(out);
    }
}
BENCHMARK(BM_QuoteApiCall);

}  // namespace
