#!/usr/bin/env bash
# The demo: builds what is missing, then runs the sample documents in
# examples/samples through the native CLI (tailorctl) and through the wasm
# build in Node, prints what each decided, and shows that both agree byte for byte.
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
