#!/usr/bin/env bash
# Installs everything tailor-core needs on Debian 12, idempotently: apt
# packages (only the missing ones; one `apt-get update` when any is missing)
# and `npm ci` for every package-lock.json whose node_modules is stale.
# Quick (about a second) when everything is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  cmake ninja-build g++ pkg-config
  clang libclang-rt-14-dev   # libFuzzer + sanitizers for the fuzz preset
  emscripten binaryen
  libboost-json1.81-dev      # Boost 1.81 (JSON, Beast); never a package that wants 1.74
  libhowardhinnant-date-dev  # date/date.h, date/ptz.h
  catch2                     # v2.13 with Catch.cmake
  libbenchmark-dev           # Google Benchmark (bench/)
  wrk                        # HTTP load test of the native service (bench/service.sh)
  chromium                   # browser tests (driven by playwright-core; never downloaded)
)
command -v node >/dev/null 2>&1 || packages+=(nodejs npm)

missing=()
for p in "${packages[@]}"; do
  [[ "$p" == \#* ]] && continue
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done
if ((${#missing[@]})); then
  echo "bootstrap: installing ${missing[*]}"
  SUDO=""; [[ $(id -u) -ne 0 ]] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# npm ci where the lock file is newer than the installed tree.
while IFS= read -r lock; do
  dir=$(dirname "$lock")
  stamp="$dir/node_modules/.package-lock.json"
  if [[ ! -f "$stamp" || "$lock" -nt "$stamp" ]]; then
    echo "bootstrap: npm ci in $dir"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
  fi
done < <(find . -name package-lock.json -not -path '*/node_modules/*' -not -path './build/*' | sort)
