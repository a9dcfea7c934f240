#!/usr/bin/env bash
# Pins one IANA time-zone release in the repository. Run it by hand to move to a
# new release; the build and the tests never read the host's zoneinfo.
#
#   scripts/update-tz.sh [DEBIAN_TZDATA_VERSION]     (default: 2026f-0+deb12u1)
#
# Input: Debian's tzdata package of that version, fetched with `apt-get download`
# (not installed), which carries /usr/share/zoneinfo/tzdata.zi: the whole release
# in zic's input form, public domain. Output, all committed:
#   data/tzdata/tzdata.zi           the release itself (the source of everything below)
#   core/src/schedule/tz_data.inc   the core's table: `zic -b fat` of tzdata.zi, read by
#                                   scripts/tz/tzif_table.py (explicit transitions until
#                                   the POSIX footer takes over, links sharing records)
#   tests/data/tz/reference.txt     the independent check: glibc's zdump over the package's
#                                   own compiled zoneinfo, every name, 1970–2100
set -euo pipefail
cd "$(dirname "$0")/.."
version="${1:-2026f-0+deb12u1}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

command -v zic >/dev/null && command -v zdump >/dev/null || { echo "update-tz: zic and zdump (libc-bin) are needed" >&2; exit 1; }
command -v python3 >/dev/null || apt-get install -y -qq python3

(cd "$work" && apt-get download "tzdata=$version" >/dev/null 2>&1) || {
  apt-get update -qq && (cd "$work" && apt-get download "tzdata=$version" >/dev/null)
}
dpkg-deb -x "$work"/tzdata_*.deb "$work/pkg"
zi="$work/pkg/usr/share/zoneinfo/tzdata.zi"
release=$(sed -n 's/^# version //p' "$zi" | head -1)
[[ -n "$release" ]] || { echo "update-tz: $zi has no '# version' line" >&2; exit 1; }

cp "$zi" data/tzdata/tzdata.zi
printf '%s\n' "$release" > data/tzdata/RELEASE
printf 'tzdata %s from Debian package tzdata=%s (usr/share/zoneinfo/tzdata.zi)\n' "$release" "$version" > data/tzdata/SOURCE

zic -b fat -d "$work/fat" data/tzdata/tzdata.zi
python3 scripts/tz/tzif_table.py "$release" data/tzdata/tzdata.zi "$work/fat" core/src/schedule/tz_data.inc
python3 scripts/tz/zdump_reference.py "$release" data/tzdata/tzdata.zi "$work/pkg/usr/share/zoneinfo" tests/data/tz/reference.txt
echo "update-tz: pinned tzdata $release"
