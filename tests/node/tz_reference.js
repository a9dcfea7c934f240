// Reads tests/data/tz/reference.txt (glibc's zdump over Debian's compiled
// zoneinfo of the pinned release, written by scripts/update-tz.sh) and turns it
// into time.zone_offsets questions with their expected answers.
'use strict';
const fs = require('fs');
const path = require('path');

const REFERENCE = path.join(__dirname, '..', 'data', 'tz', 'reference.txt');
const RANGE_END = 4102444800; // 2100-01-01T00:00:00Z
const MAX_INSTANTS = 20000;   // time.zone_offsets' limit

/** {release, zones: Map(name → {initial:{offset,abbr}, transitions:[{at,offset,abbr}]})}, links resolved. */
function readReference() {
  const zones = new Map();
  const links = [];
  let release = null;
  let current = null;
  for (const line of fs.readFileSync(REFERENCE, 'utf8').split('\n')) {
    if (line === '') continue;
    const f = line.split(' ');
    if (f[0] === '#') {
      if (release === null && f[1] === 'tzdata') release = f[2].replace(/:$/, '');
    } else if (f[0] === 'Z') {
      current = { initial: { offset: Number(f[2]), abbr: f[4] }, transitions: [] };
      zones.set(f[1], current);
    } else if (f[0] === 'L') {
      links.push([f[1], f[2]]);
    } else {
      current.transitions.push({ at: Number(f[0]), offset: Number(f[1]), abbr: f[3] });
    }
  }
  for (const [name, target] of links) zones.set(name, zones.get(target));
  return { release, zones };
}

const iso = (s) => new Date(s * 1000).toISOString().replace('.000Z', 'Z');
const minutes = (seconds) => Math.floor(seconds / 60); // the core floors, as docs/lifecycle.md says

/**
 * For one zone: instants (one second before, at and after every transition,
 * 1970-01-01 and the last second before 2100) with the expected offset in
 * minutes and abbreviation, split into calls of at most MAX_INSTANTS.
 */
function questionsFor(ref) {
  const rows = [{ at: 0, ...ref.initial }];
  let before = ref.initial;
  for (const t of ref.transitions) {
    rows.push({ at: t.at - 1, ...before }, { at: t.at, ...t }, { at: t.at + 1, ...t });
    before = t;
  }
  rows.push({ at: RANGE_END - 1, ...before });
  const calls = [];
  for (let i = 0; i < rows.length; i += MAX_INSTANTS) calls.push(rows.slice(i, i + MAX_INSTANTS));
  return calls.map((chunk) => ({
    instants: chunk.map((r) => iso(r.at)),
    offsetMinutes: chunk.map((r) => minutes(r.offset)),
    abbreviations: chunk.map((r) => r.abbr),
  }));
}

module.exports = { readReference, questionsFor, iso, RANGE_END };
