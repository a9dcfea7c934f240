#!/usr/bin/env python3
"""Writes tests/data/tz/reference.txt: what glibc's zdump says about every zone.

    zdump_reference.py RELEASE TZDATA_ZI ZONEINFO_DIR OUTPUT

ZONEINFO_DIR is the release as Debian's tzdata package compiled it (not the
slim files the table is generated from), read through glibc (zdump for the
transitions, localtime() for the offset in force at 1970-01-01T00:00Z), so the
tests compare the core against an independent reader of the same release.

Format, one name a block, names sorted byte-wise:
    Z <name> <offset> <isdst> <abbreviation>        in force at 1970-01-01T00:00Z
    <utc seconds> <offset> <isdst> <abbreviation>   each transition in [1970, 2100)
    L <name> <target>   a name whose zdump output is identical to <target>'s
"""
import calendar
import os
import subprocess
import sys
import time

from release import read_names

MONTHS = {m: i for i, m in enumerate("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(), 1)}


def utc_seconds(fields):  # "Sun Oct 31 01:59:59 1971" → seconds
    _, mon, day, hms, year = fields
    h, m, s = (int(x) for x in hms.split(":"))
    return calendar.timegm((int(year), MONTHS[mon], int(day), h, m, s))


def zdump_transitions(name):
    out = subprocess.run(["zdump", "-v", "-c", "1970,2100", name], check=True,
                         capture_output=True, text=True).stdout
    rows = []
    for line in out.splitlines():
        if line.endswith("= NULL"):
            continue
        left, right = line.split(" UT = ")
        f = left.split()[1:]
        t = utc_seconds(f)
        r = right.split()
        abbr, isdst, gmtoff = r[5], int(r[6].split("=")[1]), int(r[7].split("=")[1])
        rows.append((t, gmtoff, isdst, abbr))
    # zdump prints each transition as a pair: the second before it and the instant itself.
    assert len(rows) % 2 == 0, name
    return [rows[i + 1] for i in range(0, len(rows), 2)]


def initial(name):
    os.environ["TZ"] = name
    time.tzset()
    tm = time.localtime(0)
    return (tm.tm_gmtoff, tm.tm_isdst, tm.tm_zone)


def main(release, zi_path, zoneinfo, output):
    os.environ["TZDIR"] = zoneinfo
    zone_list, links = read_names(zi_path)
    zones = set(zone_list)
    blocks = {n: (initial(n), zdump_transitions(n)) for n in sorted(zones | set(links))}
    lines = [f"# tzdata {release}: glibc zdump -v -c 1970,2100 and localtime(0) over Debian's compiled zoneinfo",
             "# Written by scripts/update-tz.sh (scripts/tz/zdump_reference.py): do not edit."]
    count = 0
    for name in sorted(blocks, key=str.encode):
        if name in links and blocks[name] == blocks[links[name]]:
            lines.append(f"L {name} {links[name]}")
            continue
        (off, dst, abbr), rows = blocks[name]
        lines.append(f"Z {name} {off} {dst} {abbr}")
        lines += [f"{t} {o} {d} {a}" for t, o, d, a in rows]
        count += len(rows)
    open(output, "w", encoding="ascii").write("\n".join(lines) + "\n")
    print(f"{output}: {len(blocks)} names, {count} transitions")


if __name__ == "__main__":
    main(*sys.argv[1:])
