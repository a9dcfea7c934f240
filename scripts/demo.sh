#!/usr/bin/env bash
# The demo: builds what is missing, then (1) runs the sample documents in
# examples/samples through the native CLI (tailorctl) and through the wasm
# build in Node, and (2) walks one order (examples/demo) from submission to
# delivery — validate, quote, advance, business rules, confirm, assign, every
# production stage, quality check, balance, delivery, notifications, counters,
# loyalty — on both runtimes (scripts/demo/flow.js), printing each step's key
# figures and whether both runtimes returned the same bytes. Exits non-zero
# if any step differs or fails.
set -euo pipefail
cd "$(dirname "$0")/.."
export NODE_PATH=/usr/share/nodejs
scripts/bootstrap.sh
{
  cmake --preset native-release && cmake --build --preset native-release --target tailorctl
  cmake --preset wasm-release && cmake --build --preset wasm-release
} > build-demo.log 2>&1 || { cat build-demo.log; exit 1; }
rm -f build-demo.log
TAILORCTL="$PWD/build/native-release/native/tailorctl" node scripts/demo.js "$@"
