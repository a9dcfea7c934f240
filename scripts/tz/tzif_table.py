#!/usr/bin/env python3
"""Writes core/src/schedule/tz_data.inc from zic's slim TZif output.

    tzif_table.py RELEASE TZDATA_ZI ZONEINFO_DIR OUTPUT

TZDATA_ZI names every zone ("Z" lines) and link ("L target name" lines) of the
release; ZONEINFO_DIR is `zic -b fat` output for that same file. The core stores, per
zone, the local time type in force at 1970-01-01T00:00Z, the transitions from
then on (all before 2100, so they fit in uint32 seconds since 1970) until the
POSIX footer reproduces them (checked with glibc's reading of the footer alone),
and the footer rule for everything after the last one. (zic's own slim output
would do this, but the zic of glibc 2.36 drops Gaza's and Hebron's post-2037
transitions and ends Ojinaga with a footer that contradicts its last one.) Links share their target's zone record.
Run by scripts/update-tz.sh; the build never reads any zoneinfo.
"""
import os
import struct
import sys
import time

from release import read_names

RANGE_END = 4102444800  # 2100-01-01T00:00:00Z


def read_tzif(path):
    data = open(path, "rb").read()
    assert data[:4] == b"TZif" and data[4] in b"234", path

    def header(at):
        return struct.unpack(">6l", data[at + 20:at + 44])

    isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt = header(0)
    at = 44 + timecnt * 5 + typecnt * 6 + charcnt + leapcnt * 8 + isstdcnt + isutcnt
    isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt = header(at)
    assert leapcnt == 0, path
    at += 44
    times = struct.unpack(">%dq" % timecnt, data[at:at + 8 * timecnt]); at += 8 * timecnt
    idx = data[at:at + timecnt]; at += timecnt
    types = []
    for i in range(typecnt):
        off, dst, ai = struct.unpack(">lBB", data[at + 6 * i:at + 6 * i + 6])
        types.append((off, dst, ai))
    at += 6 * typecnt
    chars = data[at:at + charcnt]; at += charcnt + isstdcnt + isutcnt
    footer = data[at:].decode("ascii")
    assert footer.startswith("\n") and footer.endswith("\n"), path
    footer = footer[1:-1]
    abbr = lambda ai: chars[ai:chars.index(b"\0", ai)].decode("ascii")
    types = [(off, dst, abbr(ai)) for off, dst, ai in types]
    return list(zip(times, idx)), types, footer


def footer_clock(footer, t):
    """(offset, isdst, abbreviation) that glibc gives at `t` for the POSIX rule alone."""
    os.environ["TZ"] = footer
    time.tzset()
    tm = time.localtime(t)
    return (tm.tm_gmtoff, tm.tm_isdst, tm.tm_zone)


def zone_record(path):
    """Initial type, the explicit transitions the core must store, and the footer.

    The input is zic's fat output: every transition through 2037 and beyond where
    the rules need them. The core keeps them only until the footer reproduces the
    rest: the first index k from which the footer alone gives the right clock one
    second before, at, and between every later transition. Transition k itself is
    kept, so that the footer governs from an instant where it is known right.
    """
    transitions, types, footer = read_tzif(path)
    assert footer, path + ": no POSIX footer"
    initial = types[0]  # the type before any transition (RFC 8536 §3.2)
    kept = []
    for t, i in transitions:
        if t <= 0:
            initial = types[i]
        elif t < RANGE_END:
            kept.append((t, types[i]))
    clocks = [initial] + [ty for _, ty in kept]
    same = lambda a, b: a[0] == b[0] and a[2] == b[2]  # offset and abbreviation
    k = len(kept)
    while k > 0:
        t, ty = kept[k - 1]
        following = kept[k][0] if k < len(kept) else RANGE_END
        if not (same(footer_clock(footer, t), ty) and same(footer_clock(footer, t - 1), clocks[k - 1])
                and same(footer_clock(footer, (t + following) // 2), ty)):
            break
        k -= 1
    # kept[k:] is reproduced by the footer; store through kept[k] so that it takes over there,
    # or nothing when it is right from 1970 on.
    if k == 0 and same(footer_clock(footer, 0), initial):
        return initial, [], footer
    stored = kept[:k + 1]
    return initial, stored, footer


def main(release, zi_path, zoneinfo, output):
    zones, links = read_names(zi_path)
    zones.sort()
    records = {z: zone_record(f"{zoneinfo}/{z}") for z in zones}

    type_list, type_index = [], {}
    def type_id(t):
        if t not in type_index:
            type_index[t] = len(type_list)
            type_list.append(t)
        return type_index[t]

    abbrs = sorted({t[2] for r in records.values() for t in [r[0]] + [k[1] for k in r[1]]})
    zone_rows, times, tindex = [], [], []
    for z in zones:
        initial, kept, footer = records[z]
        zone_rows.append((len(times), len(kept), type_id(initial), footer, z))
        for t, ty in kept:
            times.append(t)
            tindex.append(type_id(ty))
    assert len(type_list) < 65536
    zone_no = {z: i for i, z in enumerate(zones)}
    names = sorted([(z, zone_no[z]) for z in zones] + [(n, zone_no[t]) for n, t in links.items()],
                   key=lambda p: p[0].encode())

    out = []
    w = out.append
    w(f"// Generated by scripts/update-tz.sh (scripts/tz/tzif_table.py) from the IANA")
    w(f"// time-zone database release {release} (data/tzdata/tzdata.zi): do not edit.")
    w(f"// {len(zones)} zones, {len(links)} links, {len(times)} transitions in [1970, 2100), {len(type_list)} local time types.")
    w(f'constexpr std::string_view tz_release_name = "{release}";')
    w("constexpr std::string_view tz_abbreviations[] = {" + ", ".join(f'"{a}"' for a in abbrs) + "};")
    abbr_no = {a: i for i, a in enumerate(abbrs)}
    w("// {offset seconds (local - UTC), is DST, abbreviation index}")
    w("constexpr TzType tz_types[] = {")
    for off, dst, a in type_list:
        w(f"    {{{off}, {dst}, {abbr_no[a]}}},")
    w("};")
    w("// Transition instants, seconds since 1970-01-01T00:00Z, zone by zone, ascending within a zone.")
    w("constexpr std::uint32_t tz_transition_times[] = {")
    for i in range(0, len(times), 8):
        w("    " + ", ".join(str(t) for t in times[i:i + 8]) + ",")
    w("};")
    w("// The local time type each transition switches to (index into tz_types).")
    w("constexpr std::uint16_t tz_transition_types[] = {")
    for i in range(0, len(tindex), 20):
        w("    " + ", ".join(str(t) for t in tindex[i:i + 20]) + ",")
    w("};")
    w("// {first transition, transition count, type in force at 1970-01-01T00:00Z, POSIX footer rule}")
    w("constexpr TzZone tz_zones[] = {")
    for first, count, initial, footer, z in zone_rows:
        w(f'    {{{first}, {count}, {initial}, "{footer}"}},  // {z}')
    w("};")
    w("// Every zone and link name, sorted byte-wise, with its zone record (links share their target's).")
    w("constexpr ZoneEntry tz_names[] = {")
    for n, i in names:
        w(f'    {{"{n}", {i}}},')
    w("};")
    text = "\n".join(out) + "\n"
    open(output, "w", encoding="ascii").write(text)
    print(f"{output}: {len(zones)} zones, {len(links)} links, {len(times)} transitions, {len(type_list)} types")


if __name__ == "__main__":
    main(*sys.argv[1:])
