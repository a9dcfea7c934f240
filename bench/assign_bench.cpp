// assign.plan and assign.rank through the JSON operation (parse → decode →
// score every pair → min-cost flow → encode), as a caller pays for it.
// Batch: N orders × 200 employees with capacity 5 each (1000 slots), about
// 30 % of the pairs infeasible (missing skill). Results: docs/benchmarks.md.
#include <benchmark/benchmark.h>

#include <random>
#include <string>

#include <boost/json/serialize.hpp>

#include "../tests/native/assign_instances.hpp"
#include "tailor/api/call.hpp"

namespace {

using tailor::assign::testing::InstanceShape;

std::string plan_text(int orders) {
    std::mt19937_64 rng(42);
    return boost::json::serialize(tailor::assign::testing::plan_input(rng, InstanceShape{orders, 200, 5, 0, 30}));
}

void BM_assign_plan(benchmark::State& state) {
    const std::string input = plan_text(static_cast<int>(state.range(0)));
    std::size_t bytes = 0;
    for (auto _ : state) {
        std::string out = tailor::api::call("assign.plan", input);
        bytes = out.size();
        benchmark::DoNotOptimize(out);
    }
    state.counters["input_KiB"] = static_cast<double>(input.size()) / 1024.0;
    state.counters["output_KiB"] = static_cast<double>(bytes) / 1024.0;
}
BENCHMARK(BM_assign_plan)->Arg(100)->Arg(500)->Arg(1000)->Arg(2000)->Arg(5000)->Unit(benchmark::kMillisecond);

void BM_assign_rank_500_employees(benchmark::State& state) {
    std::mt19937_64 rng(7);
    const boost::json::value batch = tailor::assign::testing::plan_input(rng, InstanceShape{1, 500, 5, 4, 30});
    const boost::json::object input{{"now", batch.at("now")}, {"order", batch.at("orders").as_array()[0]},
                                    {"services", batch.at("services")}, {"employees", batch.at("employees")}};
    const std::string text = boost::json::serialize(input);
    for (auto _ : state) {
        std::string out = tailor::api::call("assign.rank", text);
        benchmark::DoNotOptimize(out);
    }
}
BENCHMARK(BM_assign_rank_500_employees)->Unit(benchmark::kMillisecond);

}  // namespace
