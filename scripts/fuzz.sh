#!/usr/bin/env bash
# Fuzzes tailor::api::call over every operation with libFuzzer + ASan + UBSan.
#   scripts/fuzz.sh [SECONDS=60] [extra libFuzzer flags…]
# The seed corpus is rebuilt from tests/vectors; what the fuzzer learns is kept
# in build/fuzz/corpus-grown between runs. A crash leaves build/fuzz/crash-*:
# turn it into a vector (tests/vectors/…) once fixed.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}; shift || true
scripts/bootstrap.sh
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz --target call_fuzz
out=build/fuzz
rm -rf "$out/corpus-seed"
mkdir -p "$out/corpus-seed" "$out/corpus-grown"
# The operation list as call_fuzz indexes it (same table, any native build).
if [[ ! -x build/native-debug/native/tailorctl ]]; then
  cmake --preset native-debug >/dev/null && cmake --build --preset native-debug --target tailorctl
fi
build/native-debug/native/tailorctl core.operations <<<'{}' > "$out/operations.json"
node tests/fuzz/make_corpus.js "$out/corpus-seed" "$out/json.dict" "$out/operations.json"
cd "$out"
./tests/fuzz/call_fuzz -dict=json.dict -max_total_time="$seconds" -max_len=65536 -timeout=10 \
  -rss_limit_mb=4096 -print_final_stats=1 "$@" corpus-grown corpus-seed 2>&1 |
  grep -E '^(Done|stat::|==|SUMMARY|INFO: Seed|artifact_prefix)|ERROR|crash' || true
ls crash-* leak-* timeout-* oom-* >/dev/null 2>&1 && { echo "fuzz: findings in build/fuzz" >&2; exit 1; }
echo "fuzz: no findings in ${seconds}s"
