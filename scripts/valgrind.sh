#!/usr/bin/env bash
# Runs every native test binary (native-debug build) and tailorctl on every
# vector under valgrind memcheck: any invalid access, uninitialised read or
# definite/indirect leak fails the run.
#   scripts/valgrind.sh [TEST_BINARY_NAME…]   (default: all of build/native-debug/tests/*_test)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v valgrind >/dev/null || { SUDO=""; [[ $(id -u) -ne 0 ]] && SUDO=sudo; $SUDO apt-get install -y -qq valgrind >/dev/null; }
cmake --preset native-debug >/dev/null && cmake --build --preset native-debug >/dev/null
vg=(valgrind --tool=memcheck --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect
    --show-leak-kinds=definite,indirect --track-origins=yes --quiet)
bins=("$@")
if ((${#bins[@]} == 0)); then
  for b in build/native-debug/tests/*_test; do [[ -x "$b" ]] && bins+=("$(basename "$b")"); done
fi
failed=0
for b in "${bins[@]}"; do
  start=$(date +%s)
  if TAILOR_PROPERTY_CASES=${TAILOR_PROPERTY_CASES:-200} "${vg[@]}" "build/native-debug/tests/$b" >/tmp/valgrind-$b.log 2>&1; then
    echo "valgrind: $b clean ($(( $(date +%s) - start ))s)"
  else
    echo "valgrind: $b FAILED"; tail -40 /tmp/valgrind-$b.log; failed=1
  fi
done
# The CLI over every vector in one process (batch mode).
node -e '
const { vectorFiles, loadVector } = require("./tests/node/vectors.js");
for (const f of vectorFiles()) { const v = loadVector(f); if (typeof v.input === "string") process.stdout.write(JSON.stringify([v.op, v.input]) + "\n"); }
' > /tmp/valgrind-cases.jsonl
if "${vg[@]}" build/native-debug/native/tailorctl --batch < /tmp/valgrind-cases.jsonl > /dev/null 2>/tmp/valgrind-tailorctl.log; then
  echo "valgrind: tailorctl --batch over $(wc -l < /tmp/valgrind-cases.jsonl) vectors clean"
else
  echo "valgrind: tailorctl FAILED"; tail -40 /tmp/valgrind-tailorctl.log; failed=1
fi
exit $failed
