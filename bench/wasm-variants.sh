#!/usr/bin/env bash
# Measures the wasm build choices: -O3 vs -Oz, with and without C++ exceptions.
# Builds each variant into build/wasm-variant-*/dist, then reports gzipped size
# and the median time of pricing.quote, assign.plan and a trivial call in Node.
# The choice made (and why) is recorded in docs/benchmarks.md, "Build choices".
set -euo pipefail
cd "$(dirname "$0")/.."
export NODE_PATH=/usr/share/nodejs
toolchain=/usr/share/emscripten/cmake/Modules/Platform/Emscripten.cmake
results=()
for opt in O3 Oz; do
  for exc in ON OFF; do
    dir="build/wasm-variant-$opt-exc$exc"
    cmake -S . -B "$dir" -G Ninja -DCMAKE_TOOLCHAIN_FILE=$toolchain -DCMAKE_BUILD_TYPE=Release \
      -DCMAKE_CXX_FLAGS_RELEASE="-$opt -DNDEBUG" -DTAILOR_WASM_OPT=-$opt -DTAILOR_WASM_EXCEPTIONS=$exc \
      -DTAILOR_JS_DIST="$PWD/$dir/dist" >/dev/null
    cmake --build "$dir" --target tailor_wasm_node >/dev/null
    results+=("$opt $exc $dir/dist")
  done
done
node bench/js/wasm-variants.js "${results[@]}"
