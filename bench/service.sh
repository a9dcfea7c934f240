#!/usr/bin/env bash
# Load test of the HTTP decision service (examples/native-service) with wrk,
# on loopback only, bounded in time. Not part of scripts/test.sh.
#
#   bench/service.sh                      core.version and core.operations with {}
#   bench/service.sh OP BODY.json ...     other operations and bodies (pairs)
#
# Environment: DURATION (10s), CONNECTIONS (32), WRK_THREADS (2),
# SERVICE_THREADS (2), BUILD (build/native-release; configured and built here).
# Prints a Markdown table (req/s, latency p50/p90/p99) with the machine and
# date, ready for docs/benchmarks.md. wrk's "errors"/"non-200" must be 0.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-32}
WRK_THREADS=${WRK_THREADS:-2}
SERVICE_THREADS=${SERVICE_THREADS:-2}
BUILD=${BUILD:-build/native-release}

command -v wrk >/dev/null || { echo "service.sh: wrk is not installed (scripts/bootstrap.sh installs it)" >&2; exit 1; }
if [[ "$BUILD" == build/native-release ]]; then
  cmake --preset native-release >/dev/null
  cmake --build --preset native-release --target tailor_service >/dev/null
fi
service="$BUILD/examples/native-service/tailor-service"

work=$(mktemp -d)
service_pid=""
cleanup() {
  [[ -n "$service_pid" ]] && kill -TERM "$service_pid" 2>/dev/null && wait "$service_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

if (($# == 0)); then
  printf '{}' >"$work/empty.json"
  set -- core.version "$work/empty.json" core.operations "$work/empty.json"
fi
(($# % 2 == 0)) || { echo "usage: bench/service.sh [OP BODY.json]..." >&2; exit 1; }

# The access log goes through a FIFO: the first line gives the port, the rest is dropped.
mkfifo "$work/log"
"$service" --port 0 --threads "$SERVICE_THREADS" >"$work/log" &
service_pid=$!
exec 3<"$work/log"
read -r listening <&3
cat <&3 >/dev/null &
port=$(sed -E 's/.*"port":([0-9]+).*/\1/' <<<"$listening")

echo "machine: $(lscpu | sed -n 's/^Model name: *//p'), $(nproc) CPUs, load average before the run $(cut -d' ' -f1 /proc/loadavg); date: $(date -u +%Y-%m-%dT%H:%MZ)"
echo "wrk -t$WRK_THREADS -c$CONNECTIONS -d$DURATION (keep-alive), tailor-service --threads $SERVICE_THREADS ($BUILD), loopback"
echo
echo "| operation | body bytes | requests/s | p50 | p90 | p99 | max | errors |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
while (($#)); do
  op=$1 body=$2
  shift 2
  out=$(TAILOR_BENCH_BODY="$body" wrk -t"$WRK_THREADS" -c"$CONNECTIONS" -d"$DURATION" \
    -s bench/service/post.lua "http://127.0.0.1:$port/v1/$op")
  r=$(sed -n 's/^RESULT //p' <<<"$out")
  node -e '
    const r = JSON.parse(process.argv[1]);
    const ms = (us) => (us / 1000).toFixed(2) + " ms";
    console.log(`| ${process.argv[2]} | ${process.argv[3]} | ${r.rps} | ${ms(r.p50Us)} | ${ms(r.p90Us)} | ${ms(r.p99Us)} | ${ms(r.maxUs)} | ${r.errors + r.statusErrors} |`);
  ' "$r" "$op" "$(wc -c <"$body")"
done
