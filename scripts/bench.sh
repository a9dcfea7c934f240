#!/usr/bin/env bash
# Regenerates the per-operation benchmark table in docs/benchmarks.md: native
# (Google Benchmark, native-release: the typed function on decoded input and
# api::call on the JSON text), wasm in Node, wasm in Chromium — one run,
# same inputs, medians and ratios, plus build sizes, cold load and memory.
# Domain benches (bench/<domain>_bench.cpp, bench/js/<domain>.bench.js) are run
# by their own commands, documented in their sections of docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
export NODE_PATH=/usr/share/nodejs
scripts/bootstrap.sh
cmake --preset native-release >/dev/null && cmake --build --preset native-release
cmake --preset wasm-release >/dev/null && cmake --build --preset wasm-release
out=build/bench
mkdir -p "$out"
node bench/js/select.js > "$out/inputs.json"
TAILOR_BENCH_INPUTS="$out/inputs.json" build/native-release/bench/ops_bench \
  --benchmark_repetitions=5 --benchmark_report_aggregates_only=true \
  --benchmark_out="$out/native.json" --benchmark_out_format=json 2> "$out/native.stderr" >/dev/null
node bench/js/ops.bench.js "$out/inputs.json" > "$out/node.json"
node bench/js/chromium.bench.js > "$out/chromium.json"
cat > "$out/meta.json" <<JSON
{"date": "$(date -u +%Y-%m-%d)", "cpu": "$(lscpu | sed -n 's/^Model name: *//p' | head -1)", "cores": "$(nproc)",
 "os": "$(. /etc/os-release && echo "$PRETTY_NAME")", "gcc": "$(g++ -dumpfullversion)",
 "emcc": "$(emcc --version | head -1 | sed 's/.*) \([0-9.]*\).*/\1/')",
 "wasmOpt": "$(sed -n 's/^TAILOR_WASM_OPT:STRING=//p' build/wasm-release/CMakeCache.txt)",
 "nativePeakRss": "$(sed -n 's/^peak_rss *//p' "$out/native.stderr")"}
JSON
node bench/js/report.js "$out"
