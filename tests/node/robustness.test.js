// One Node process, many mixed calls — valid, near-valid (seeded mutations of
// every vector) and malicious (huge, deep, malformed, wrong types, unknown
// operations): every call returns an envelope string (never a trap, never a
// thrown number), and the wasm memory stops growing after warm-up.
//   TAILOR_ROBUSTNESS_CALLS (default 1,000,000), TAILOR_SEED
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const { load } = require('../../js-bindings');
const { vectorFiles } = require('./vectors.js');
const { rng, mutate } = require('./mutate.js');

const calls = Number(process.env.TAILOR_ROBUSTNESS_CALLS || 1000000);
const seed = Number(process.env.TAILOR_SEED || Date.now() % 2147483647);
const POOL = 20000;

function malicious(r) {
  const k = Math.floor(r() * 8);
  switch (k) {
    case 0: return '['.repeat(100000);
    case 1: return '{"a":' + '"x'.repeat(1) + 'y'.repeat(2 << 20) + '"}';
    case 2: return ' '.repeat(9 << 20);
    case 3: return '{"a":1e999999}';
    case 4: return '{"a":"\\ud800"}';
    case 5: return '{' + Array.from({ length: 5000 }, (_, i) => `"k${i}":${i}`).join(',') + ',"k0":0}';
    case 6: return '[' + '1,'.repeat(200000) + '1]';
    default: return '\u0000\u0001\u0002';
  }
}

test(`${calls} mixed calls: envelopes only, memory flat after warm-up (TAILOR_SEED=${seed})`, async () => {
  const core = await load();
  const seeds = [];
  for (const file of vectorFiles()) {
    const v = JSON.parse(fs.readFileSync(file, 'utf8'));
    // Seeds up to 8 KiB: a million calls are about memory and traps, not about
    // the batch operations at scale (benchmarks and the differential test cover those).
    if ('input' in v && JSON.stringify(v.input).length <= 8192) seeds.push({ op: v.op, input: v.input });
  }
  const names = core.operations.map((o) => o.name);
  const r = rng(seed);
  // A seeded pool of mixed cases, cycled through: the million calls measure the
  // core (and its memory), not the JavaScript that generates inputs.
  const pool = [];
  for (let i = 0; i < POOL; i++) {
    const roll = r();
    if (roll < 0.002) pool.push([names[Math.floor(r() * names.length)], malicious(r)]);
    else if (roll < 0.01) pool.push(['no.such.op' + i, '{}']);
    else {
      const s = seeds[Math.floor(r() * seeds.length)];
      pool.push([s.op, roll < 0.3 ? JSON.stringify(s.input) : mutate(r, s.input)]);
    }
  }
  const warmup = Math.min(calls / 10, 2 * POOL);
  let afterWarmup = 0;
  let okCount = 0;
  for (let i = 0; i < calls; i++) {
    const [op, input] = pool[i % POOL];
    let out;
    try {
      out = core.call(op, input);
    } catch (e) {
      assert.fail(`call threw ${typeof e} ${e} on case ${i} (TAILOR_SEED=${seed}) op=${op} input=${String(input).slice(0, 200)}`);
    }
    assert.equal(typeof out, 'string');
    if (out.startsWith('{"ok":true')) okCount++;
    else assert.ok(out.startsWith('{"ok":false,"error":{"code":"'), out.slice(0, 200));
    if (i + 1 === warmup) afterWarmup = core.memoryBytes();
  }
  const final = core.memoryBytes();
  console.log(`# wasm memory: ${afterWarmup} bytes after ${warmup} warm-up calls, ${final} bytes after ${calls}; ${okCount} ok envelopes`);
  assert.equal(final, afterWarmup, 'wasm memory grew after warm-up');
});
