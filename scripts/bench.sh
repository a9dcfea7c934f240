#!/usr/bin/env bash
# Regenerates the per-operation benchmark table in docs/benchmarks.md: native
# (Google Benchmark, native-release: the typed function on decoded input and
# api::call on the JSON text), wasm in Node, wasm in Chromium — one run,
# same inputs, medians and ratios, plus build sizes, cold load and memory.
# Then the limits run: every operation on its largest accepted input (the table
# in docs/limits.md) and the scaling of batch operations (docs/benchmarks.md).
# Domain benches (bench/<domain>_bench.cpp, bench/js/<domain>.bench.js) are run
# by their own commands, documented in their sections of docs/benchmarks.md.
#   scripts/bench.sh [all|ops|limits]   (default all)
set -euo pipefail
part=${1:-all}
case "$part" in all|ops|limits) ;; *) echo "usage: scripts/bench.sh [all|ops|limits]" >&2; exit 2;; esac
cd "$(dirname "$0")/.."
export NODE_PATH=/usr/share/nodejs
scripts/bootstrap.sh
cmake --preset native-release >/dev/null && cmake --build --preset native-release
cmake --preset wasm-release >/dev/null && cmake --build --preset wasm-release
out=build/bench
mkdir -p "$out"
cat > "$out/meta.json" <<JSON
{"date": "$(date -u +%Y-%m-%d)", "cpu": "$(lscpu | sed -n 's/^Model name: *//p' | head -1)", "cores": "$(nproc)",
 "os": "$(. /etc/os-release && echo "$PRETTY_NAME")", "gcc": "$(g++ -dumpfullversion)",
 "emcc": "$(emcc --version | head -1 | sed 's/.*) \([0-9.]*\).*/\1/')",
 "wasmOpt": "$(sed -n 's/^TAILOR_WASM_OPT:STRING=//p' build/wasm-release/CMakeCache.txt)"}
JSON
if [[ $part == all || $part == ops ]]; then
  node bench/js/select.js > "$out/inputs.json"
  TAILOR_BENCH_INPUTS="$out/inputs.json" build/native-release/bench/ops_bench \
    --benchmark_repetitions=5 --benchmark_report_aggregates_only=true \
    --benchmark_out="$out/native.json" --benchmark_out_format=json 2> "$out/native.stderr" >/dev/null
  node bench/js/ops.bench.js "$out/inputs.json" > "$out/node.json"
  node bench/js/chromium.bench.js > "$out/chromium.json"
  node -e 'const f=process.argv[1]; const m=require(f); m.nativePeakRss=process.argv[2]; require("fs").writeFileSync(f, JSON.stringify(m))' \
    "$PWD/$out/meta.json" "$(sed -n 's/^peak_rss *//p' "$out/native.stderr")"
  node bench/js/report.js "$out"
fi
if [[ $part == all || $part == limits ]]; then
  node bench/js/limits.js "$out"
  TAILOR_BENCH_INPUTS="$out/limits-inputs.json" build/native-release/bench/ops_bench \
    --benchmark_filter="^call/" --benchmark_repetitions=5 --benchmark_report_aggregates_only=true --benchmark_min_time=0.1 \
    --benchmark_out="$out/limits-native.json" --benchmark_out_format=json >/dev/null 2>&1
  node bench/js/limits.bench.js "$out/limits-inputs.json" > "$out/limits-node.json"
  node bench/js/limits-report.js "$out" > /dev/null
fi
