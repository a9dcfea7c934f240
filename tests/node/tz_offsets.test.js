// Differential test of the generated time-zone table: for every zone the wasm
// build knows (time.zones), the UTC offset at every hour from 2026-12-01T00:00Z
// for two years (17 544 instants) must agree with Node's Intl (ICU). One
// time.zone_offsets call per zone carries all its instants. Zones ICU does not
// know, and instants where the two disagree, must be exactly the ones listed in
// KNOWN_DIFFERENCES (explained in docs/lifecycle.md, "Time zones").
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { load } = require('../../js-bindings');

const START_MS = Date.UTC(2026, 11, 1);              // 2026-12-01T00:00:00Z
const HOURS = (Date.UTC(2028, 11, 1) - START_MS) / 3600000;  // 731 days = 17 544 hours

// zone → why it differs (see docs/lifecycle.md). Empty is the goal.
const TZDATA_NEWER = 'the system tzdata (2026f) has a rule change that Node\'s ICU tzdata (2025c) predates; zdump agrees with us';
const KNOWN_DIFFERENCES = {
  'Africa/Casablanca': TZDATA_NEWER,   // permanent +00 from 2026-09-20 (ICU: +01 with Ramadan −1)
  'Africa/El_Aaiun': TZDATA_NEWER,     // same rules as Casablanca
  'America/Edmonton': TZDATA_NEWER,    // Alberta: permanent UTC−6 ("CST6") from 2026-11-01
  'America/Inuvik': TZDATA_NEWER,      // follows Alberta (CST6)
  'America/Yellowknife': TZDATA_NEWER, // link to Edmonton
  'Canada/Mountain': TZDATA_NEWER,     // link to Edmonton
  'America/Vancouver': TZDATA_NEWER,   // British Columbia: permanent UTC−7 ("MST7")
  'Canada/Pacific': TZDATA_NEWER,      // link to Vancouver
  'America/Winnipeg': TZDATA_NEWER,    // Manitoba: permanent UTC−5 ("EST5")
  'America/Rainy_River': TZDATA_NEWER, // link to Winnipeg
  'Canada/Central': TZDATA_NEWER,      // link to Winnipeg
  'Europe/Chisinau': TZDATA_NEWER,     // Moldova switches at 03:00/04:00 local (01:00Z), ICU still at 02:00/03:00
  'Europe/Tiraspol': TZDATA_NEWER,     // link to Chisinau
  'Factory': 'not a real zone ("<-00>0"); ICU rejects the name',
};

/** Offset in minutes ICU gives for `zone` at `ms`, from a "GMT±HH:MM" long offset. */
function icuOffsetFn(zone) {
  const fmt = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset', year: 'numeric' });
  return (ms) => {
    const text = fmt.format(ms);
    const at = text.indexOf('GMT');
    const off = text.slice(at + 3);
    if (off === '') return 0;
    const sign = off[0] === '-' ? -1 : 1;
    const [h, m] = off.slice(1).split(':');
    return sign * (Number(h) * 60 + Number(m || 0));
  };
}

test('every zone in the table agrees with Intl (ICU) hourly for two years from 2026-12-01', async () => {
  const core = await load();
  const zones = JSON.parse(core.call('time.zones', '{}')).result.zones;
  assert.ok(zones.length > 400, `the table has ${zones.length} zones`);

  const instants = [];
  for (let h = 0; h < HOURS; h++) instants.push(new Date(START_MS + h * 3600000).toISOString().replace('.000Z', 'Z'));
  const instantsJson = JSON.stringify(instants);

  const started = Date.now();
  const found = {};
  for (const { name } of zones) {
    let icu;
    try {
      icu = icuOffsetFn(name);
    } catch (e) {
      found[name] = 'unknown to ICU';
      continue;
    }
    const reply = JSON.parse(core.call('time.zone_offsets', `{"zone":${JSON.stringify(name)},"instants":${instantsJson}}`));
    assert.ok(reply.ok, `${name}: ${JSON.stringify(reply.error)}`);
    const ours = reply.result.offsetMinutes;
    let first = -1;
    let count = 0;
    for (let h = 0; h < HOURS; h++) {
      if (ours[h] !== icu(START_MS + h * 3600000)) {
        if (first < 0) first = h;
        count++;
      }
    }
    if (count > 0) {
      const ms = START_MS + first * 3600000;
      found[name] = `${count} of ${HOURS} hours differ, first at ${instants[first]}: ours ${ours[first]} min, ICU ${icu(ms)} min`;
    }
  }
  const seconds = (Date.now() - started) / 1000;
  console.log(`# ${zones.length} zones × ${HOURS} hours compared in ${seconds.toFixed(1)} s`);
  for (const [zone, what] of Object.entries(found)) console.log(`# difference: ${zone}: ${what}`);
  assert.deepEqual(Object.keys(found).sort(), Object.keys(KNOWN_DIFFERENCES).sort(),
    'differences must be exactly the documented ones (KNOWN_DIFFERENCES above, docs/lifecycle.md)');
});
