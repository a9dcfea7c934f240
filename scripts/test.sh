#!/usr/bin/env bash
# Runs every test: installs what is missing, builds the native and the wasm
# targets, then runs the Catch2 suite (ctest), the same suite under ASan+UBSan,
# the Node suites (vectors on the wasm build, vectors through tailorctl, the npm
# package's contract) and a one-minute fuzz smoke.
set -euo pipefail
cd "$(dirname "$0")/.."
export NODE_PATH=/usr/share/nodejs   # Debian's emcc finds acorn there

scripts/bootstrap.sh

step() { printf '\n==> %s\n' "$*"; }

step "native build (native-debug)"
cmake --preset native-debug >/dev/null
cmake --build --preset native-debug

step "wasm build (wasm-release → js-bindings/dist)"
cmake --preset wasm-release >/dev/null
cmake --build --preset wasm-release

step "native tests (ctest), with the host's zoneinfo hidden"
# The zone table is compiled in from the pinned release (data/tzdata): the
# suite must pass on a machine with any host tzdata, or none.
scripts/without-host-zoneinfo.sh ctest --preset native-debug -j2

step "native tests under AddressSanitizer + UndefinedBehaviorSanitizer (asan-ubsan)"
cmake --preset asan-ubsan >/dev/null
cmake --build --preset asan-ubsan
ASAN_OPTIONS=detect_leaks=1 ctest --preset asan-ubsan -j2

step "wasm and CLI tests (node --test)"
# Two files at a time: the 1,000,000-call robustness file alone takes about
# half of this step, so the others run beside it.
TAILORCTL="$PWD/build/native-debug/native/tailorctl" node --test --test-concurrency=2 tests/node/

step "fuzz smoke (libFuzzer + ASan + UBSan, ${TAILOR_FUZZ_SECONDS:-60}s)"
scripts/fuzz.sh "${TAILOR_FUZZ_SECONDS:-60}"
