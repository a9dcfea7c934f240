// The pinned time-zone table on both builds, against an independent reference
// of the same release (tests/data/tz/reference.txt: glibc's zdump, written by
// scripts/update-tz.sh):
//   - wasm: every zone and link at every transition from 1970 to 2100;
//   - native (tailorctl) and wasm give identical bytes for those questions and
//     for 10,000 random instants over all zones;
//   - with the host's zoneinfo hidden (an empty /usr/share/zoneinfo in a mount
//     namespace, TZDIR and TZ pointing nowhere), both builds answer the same bytes.
// Node's ICU carries its own tzdata release, so the ICU comparison is a report
// printed here, not a gate.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('path');
const { spawnSync } = require('child_process');
const { load } = require('../../js-bindings');
const { readReference, questionsFor, iso, RANGE_END } = require('./tz_reference');
const { rng } = require('./mutate'); // seeded (mulberry32): a failure replays with TAILOR_SEED

const ROOT = path.join(__dirname, '..', '..');
const tailorctl = process.env.TAILORCTL || path.join(ROOT, 'build', 'native-debug', 'native', 'tailorctl');
const reference = readReference();

/** Every call of this file: the reference questions, then 10,000 random instants in 100 calls. */
function allCases(names, seed) {
  const cases = [];
  for (const name of names)
    for (const q of questionsFor(reference.zones.get(name)))
      cases.push(['time.zone_offsets', JSON.stringify({ zone: name, instants: q.instants })]);
  const r = rng(seed);
  for (let c = 0; c < 100; c++) {
    const zone = names[Math.floor(r() * names.length)];
    const instants = [];
    for (let i = 0; i < 100; i++) instants.push(iso(Math.floor(r() * RANGE_END)));
    cases.push(['time.zone_offsets', JSON.stringify({ zone, instants })]);
  }
  return cases;
}

function runNative(cases, wrap = []) {
  const argv = [...wrap, tailorctl, '--batch'];
  const out = spawnSync(argv[0], argv.slice(1), {
    input: cases.map((c) => JSON.stringify(c)).join('\n') + '\n', maxBuffer: 1 << 30,
    env: wrap.length ? hostileEnv() : process.env,
  });
  assert.equal(out.status, 0, `${argv.join(' ')}: ${out.stderr}`);
  return out.stdout.toString('utf8').split('\n').slice(0, cases.length);
}

/** The environment of a machine whose host time-zone data must not matter. */
function hostileEnv() {
  return { ...process.env, TZ: 'America/Santiago', TZDIR: '/nonexistent/zoneinfo', LC_ALL: 'C' };
}

/** Runs argv with an empty tmpfs over /usr/share/zoneinfo (a private mount namespace). */
const WITHOUT_ZONEINFO = ['unshare', '--mount', '--propagation', 'private', 'sh', '-c',
  'mount -t tmpfs none /usr/share/zoneinfo && test -z "$(ls /usr/share/zoneinfo)" && exec "$@"', 'without-zoneinfo'];

test('the table names exactly the release\'s zones and links, and core.version names the release', async () => {
  const core = await load();
  assert.equal(reference.release, '2026f');
  assert.equal(core.tzdata, reference.release);
  const names = JSON.parse(core.call('time.zones', '{}')).result.zones.map((z) => z.name);
  assert.deepEqual([...names].sort(), [...reference.zones.keys()].sort());
});

test('wasm: every zone and link matches zdump one second before, at and after every transition, 1970-2100', async () => {
  const core = await load();
  let instants = 0;
  for (const [name, ref] of reference.zones) {
    for (const q of questionsFor(ref)) {
      const reply = JSON.parse(core.call('time.zone_offsets', JSON.stringify({ zone: name, instants: q.instants })));
      assert.ok(reply.ok, `${name}: ${JSON.stringify(reply.error)}`);
      for (let i = 0; i < q.instants.length; i++) {
        if (reply.result.offsetMinutes[i] !== q.offsetMinutes[i] || reply.result.abbreviations[i] !== q.abbreviations[i]) {
          assert.fail(`${name} at ${q.instants[i]}: ${reply.result.offsetMinutes[i]} ${reply.result.abbreviations[i]}, ` +
            `zdump ${q.offsetMinutes[i]} ${q.abbreviations[i]}`);
        }
      }
      instants += q.instants.length;
    }
  }
  console.log(`# ${reference.zones.size} names, ${instants} instants checked against zdump (tzdata ${reference.release})`);
  reportIcu(core);
});

test('native and wasm: identical bytes for every reference question and 10,000 random instants', async () => {
  const core = await load();
  const seed = Number(process.env.TAILOR_SEED || 20261202);
  const cases = allCases([...reference.zones.keys()].sort(), seed);
  const native = runNative(cases);
  for (let i = 0; i < cases.length; i++) {
    const wasm = core.call(cases[i][0], cases[i][1]);
    if (wasm !== native[i]) assert.fail(`case ${i} (TAILOR_SEED=${seed}) differs\ninput: ${cases[i][1].slice(0, 200)}`);
  }
});

test('with the host zoneinfo hidden, both builds answer the same bytes as with it', async (t) => {
  const probe = spawnSync(WITHOUT_ZONEINFO[0], [...WITHOUT_ZONEINFO.slice(1), 'true']);
  if (probe.status !== 0 && process.getuid && process.getuid() !== 0) {
    t.skip('needs root for a private mount namespace (CI runs as root)');
    return;
  }
  assert.equal(probe.status, 0, `unshare failed: ${probe.stderr}`);
  const core = await load();
  const cases = allCases([...reference.zones.keys()].sort(), 7);
  const expected = cases.map(([op, input]) => core.call(op, input));
  assert.deepEqual(runNative(cases, WITHOUT_ZONEINFO), expected, 'tailorctl without the host zoneinfo');
  // The wasm build in a Node process of its own, in the same hidden-zoneinfo namespace.
  const script = `const {load}=require(${JSON.stringify(path.join(ROOT, 'js-bindings'))});` +
    `const cases=JSON.parse(require('fs').readFileSync(0,'utf8'));` +
    `load().then((c)=>process.stdout.write(JSON.stringify(cases.map(([o,i])=>c.call(o,i)))));`;
  const child = spawnSync(WITHOUT_ZONEINFO[0], [...WITHOUT_ZONEINFO.slice(1), process.execPath, '-e', script], {
    input: JSON.stringify(cases), maxBuffer: 1 << 30, env: hostileEnv(),
  });
  assert.equal(child.status, 0, String(child.stderr));
  assert.deepEqual(JSON.parse(child.stdout.toString('utf8')), expected, 'wasm without the host zoneinfo');
});

/** Prints (never fails on) where Node's ICU, with its own tzdata, differs from the pinned release. */
function reportIcu(core) {
  const start = Date.UTC(2026, 11, 1) / 1000;
  const hours = 24 * 365;
  const instants = Array.from({ length: hours }, (_, h) => iso(start + h * 3600));
  const differ = [];
  for (const name of reference.zones.keys()) {
    let fmt;
    try {
      fmt = new Intl.DateTimeFormat('en-US', { timeZone: name, timeZoneName: 'longOffset' });
    } catch {
      differ.push(`${name} (unknown to ICU)`);
      continue;
    }
    const ours = JSON.parse(core.call('time.zone_offsets', JSON.stringify({ zone: name, instants }))).result.offsetMinutes;
    const icu = (s) => {
      const off = fmt.format(s * 1000).split('GMT')[1];
      if (!off) return 0;
      const [h, m] = off.slice(1).split(':');
      return (off[0] === '-' ? -1 : 1) * (Number(h) * 60 + Number(m || 0));
    };
    const n = ours.filter((o, h) => o !== icu(start + h * 3600)).length;
    if (n) differ.push(`${name} (${n} h)`);
  }
  console.log(`# report: Node's ICU (tzdata ${process.versions.tz}) vs the pinned ${reference.release}, hourly for a year ` +
    `from 2026-12-01: ${differ.length} names differ${differ.length ? ': ' + differ.join(', ') : ''}`);
}
