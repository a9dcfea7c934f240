// Node half of the limits and scaling tables: times core.call on every case of
// bench/js/limits.js. Inputs run from 2 bytes to 8 MiB, so each call is timed
// on its own (after one warm-up call) until there are at least 5 samples and
// 300 ms, or 2000 samples; the median is reported.
// usage: node bench/js/limits.bench.js LIMITS_INPUTS_JSON > limits-node.json
'use strict';
const fs = require('fs');
const path = require('path');

function medianCallNs(fn) {
  fn();
  const samples = [];
  const start = process.hrtime.bigint();
  for (;;) {
    const t = process.hrtime.bigint();
    fn();
    samples.push(Number(process.hrtime.bigint() - t));
    const elapsedMs = Number(process.hrtime.bigint() - start) / 1e6;
    if ((samples.length >= 5 && elapsedMs >= 300) || samples.length >= 2000) break;
  }
  samples.sort((a, b) => a - b);
  return { medianNs: samples[Math.floor(samples.length / 2)], samples: samples.length, maxNs: samples[samples.length - 1] };
}

async function main() {
  const cases = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
  const { load } = require(path.join(__dirname, '..', '..', 'js-bindings'));
  const core = await load();
  const out = {};
  for (const c of cases) {
    const envelope = JSON.parse(core.call(c.op, c.input));
    out[c.label] = { ...medianCallNs(() => core.call(c.op, c.input)), ok: envelope.ok,
                     outputBytes: Buffer.byteLength(core.call(c.op, c.input)) };
  }
  process.stdout.write(JSON.stringify({ node: process.version, cases: out }) + '\n');
}

main().catch((e) => { console.error(e); process.exit(1); });
