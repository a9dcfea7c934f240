// Differential test: the same seeded stream of valid and near-valid inputs for
// every operation goes to the wasm build (in this process) and to the native
// build (tailorctl --batch, one process); every envelope must be byte-identical.
//   TAILOR_DIFF_CASES=1000000 TAILOR_SEED=123 node --test tests/node/differential.test.js
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const { load } = require('../../js-bindings');
const { vectorFiles } = require('./vectors.js');
const { rng, mutate } = require('./mutate.js');

const tailorctl = process.env.TAILORCTL ||
  path.join(__dirname, '..', '..', 'build', 'native-debug', 'native', 'tailorctl');
const total = Number(process.env.TAILOR_DIFF_CASES || 100000);
const seed = Number(process.env.TAILOR_SEED || Date.now() % 2147483647);
const CHUNK = 20000;

test(`native and wasm agree on ${total} generated cases (TAILOR_SEED=${seed})`, async () => {
  const core = await load();
  const seeds = [];
  for (const file of vectorFiles()) {
    const v = JSON.parse(fs.readFileSync(file, 'utf8'));
    if ('input' in v) seeds.push({ op: v.op, input: v.input });
  }
  assert.ok(seeds.length > 0);
  const r = rng(seed);
  let done = 0;
  const perOp = new Map();
  while (done < total) {
    const n = Math.min(CHUNK, total - done);
    const cases = [];
    for (let i = 0; i < n; i++) {
      const s = seeds[Math.floor(r() * seeds.length)];
      const op = r() < 0.02 ? pick(r, core.operations).name : s.op;
      cases.push([op, mutate(r, s.input)]);
    }
    const native = spawnSync(tailorctl, ['--batch'], {
      input: cases.map((c) => JSON.stringify(c)).join('\n') + '\n', maxBuffer: 1 << 30,
    });
    assert.equal(native.status, 0, native.stderr && native.stderr.toString());
    const lines = native.stdout.toString('utf8').split('\n');
    for (let i = 0; i < n; i++) {
      const [op, input] = cases[i];
      const wasm = core.call(op, input);
      if (wasm !== lines[i]) {
        assert.fail(`difference on case ${done + i} (TAILOR_SEED=${seed})\nop: ${op}\ninput: ${input}\n` +
          `native: ${lines[i]}\nwasm:   ${wasm}`);
      }
      perOp.set(op, (perOp.get(op) || 0) + 1);
    }
    done += n;
  }
  // Every operation that has vectors was exercised.
  for (const s of seeds) assert.ok(perOp.get(s.op) > 0, s.op);
});

function pick(r, list) { return list[Math.floor(r() * list.length)]; }
