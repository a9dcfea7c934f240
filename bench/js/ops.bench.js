// Node half of the per-operation benchmark table: core.call on the inputs from
// bench/js/select.js, plus cold-load time and wasm memory after warm-up.
// usage: node bench/js/ops.bench.js INPUTS_JSON > node-results.json
'use strict';
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const { measure } = require('./harness.js');

async function main() {
  const inputs = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
  const pkg = path.join(__dirname, '..', '..', 'js-bindings');
  // Cold load: a fresh process each time, timing require + await load().
  const cold = [];
  for (let i = 0; i < 9; i++) {
    const r = spawnSync(process.execPath, ['-e',
      `const t=process.hrtime.bigint();require(${JSON.stringify(pkg)}).load().then(()=>process.stdout.write(String(Number(process.hrtime.bigint()-t)/1e6)))`]);
    cold.push(Number(r.stdout.toString()));
  }
  cold.sort((a, b) => a - b);
  const { load } = require(pkg);
  const core = await load();
  const before = process.memoryUsage().arrayBuffers;
  const ops = {};
  for (const { op, input } of inputs) {
    const expectOk = JSON.parse(core.call(op, input)).ok;
    ops[op] = { ...measure(() => core.call(op, input)), ok: expectOk };
  }
  const after = process.memoryUsage().arrayBuffers;
  process.stdout.write(JSON.stringify({
    node: process.version,
    coldLoadMs: cold[Math.floor(cold.length / 2)],
    arrayBuffersBytes: { beforeRun: before, afterRun: after },
    ops,
  }) + '\n');
}

main().catch((e) => { console.error(e); process.exit(1); });
