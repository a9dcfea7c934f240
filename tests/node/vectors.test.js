// Every shared vector on the wasm build in Node: the envelope must equal
// `expect` byte for byte — the same bytes the native Catch2 run compares.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { load } = require('../../js-bindings');
const { vectorFiles, loadVector } = require('./vectors.js');

const files = vectorFiles();

test('there are vectors to run', () => {
  assert.ok(files.length > 0);
});

test('every vector gives the expected envelope on the wasm build', async (t) => {
  const core = await load();
  for (const file of files) {
    const v = loadVector(file);
    await t.test(v.name, () => {
      if (!v.folder.startsWith('_')) assert.equal(v.op, v.folder, 'a vector lives in its operation\'s folder');
      assert.equal(core.call(v.op, v.input), v.expect);
    });
  }
});

// The parity promise covers every operation: each one needs at least one vector
// that succeeds and one that is refused, so that both paths are compared across
// runtimes (and so the benchmark tables, which pick ok vectors, cover it).
test('every operation in the table has an ok vector and an error vector', async () => {
  const core = await load();
  const seen = new Map();
  for (const file of files) {
    const v = loadVector(file);
    if (v.folder.startsWith('_')) continue;
    const s = seen.get(v.op) || { ok: 0, error: 0 };
    if (JSON.parse(v.expect).ok) s.ok++; else s.error++;
    seen.set(v.op, s);
  }
  // time.zones lists the zone table generated from the build machine's tzdata,
  // so its whole answer cannot be pinned in a shared vector; tests/node/tz_offsets.test.js
  // checks it against ICU, and the builds compared here share one table.
  const okFromTheBuildMachine = new Set(['time.zones']);
  const missing = [];
  for (const { name } of core.operations) {
    const s = seen.get(name) || { ok: 0, error: 0 };
    if (!s.ok && !okFromTheBuildMachine.has(name)) missing.push(`${name}: no ok vector`);
    if (!s.error) missing.push(`${name}: no error vector`);
  }
  assert.deepEqual(missing, []);
});
