"""The names of one release, read from its tzdata.zi (zic's compact input form)."""


def read_names(zi_path):
    """(zones, links): the zone names ("Z" lines) and link name → target ("L target name")."""
    zones, links = [], {}
    for line in open(zi_path, encoding="ascii"):
        f = line.split()
        if f and f[0] == "Z":
            zones.append(f[1])
        elif f and f[0] == "L":
            links[f[2]] = f[1]
    return zones, links
