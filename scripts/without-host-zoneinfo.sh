#!/usr/bin/env bash
# Runs a command as on a machine whose time-zone data must not matter: an empty
# tmpfs over /usr/share/zoneinfo (a private mount namespace, so nothing outside
# it sees the change), TZ naming a zone the host cannot resolve there, and TZDIR
# pointing nowhere. The core's zone table is compiled in from the pinned release,
# so every answer must be the same as with the host's data.
#
#   scripts/without-host-zoneinfo.sh COMMAND [ARGS…]
set -euo pipefail
export TZ=America/Santiago TZDIR=/nonexistent/zoneinfo
if [[ $(id -u) -eq 0 ]] && unshare --mount --propagation private true 2>/dev/null; then
  exec unshare --mount --propagation private bash -c \
    'mkdir -p /usr/share/zoneinfo && mount -t tmpfs none /usr/share/zoneinfo && exec "$@"' without-host-zoneinfo "$@"
fi
echo "without-host-zoneinfo: no private mount namespace here (needs root); only TZ and TZDIR point nowhere" >&2
exec "$@"
