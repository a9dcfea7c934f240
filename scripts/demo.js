// The demo's report. Part 1: every sample document in examples/samples through
// tailorctl and through the wasm build, side by side. Part 2: one order
// (examples/demo) walked from submission to delivery by scripts/demo/flow.js,
// once on each runtime, every step's envelope compared byte for byte.
// Exits non-zero if any output differs or any flow step fails.
'use strict';
const fs = require('fs');
const path = require('path');
const { load } = require('../js-bindings');
const { runFlow, compareRuns, loadDemoData, inr } = require('./demo/flow');
const { tailorctlCall, wasmCall } = require('./demo/runtimes');

const root = path.join(__dirname, '..');
const samples = path.join(root, 'examples', 'samples');
const tailorctl = process.env.TAILORCTL || path.join(root, 'build', 'native-release', 'native', 'tailorctl');

const nativeCall = tailorctlCall(tailorctl);

// examples/samples/<collection>/<name>.json is validated by validate.<singular>;
// examples/samples/invalid/<collection>_<name>.json likewise, expected to fail.
const opFor = (collection) => 'validate.' + collection.replace(/s$/, '');

function samplesList() {
  const out = [];
  if (!fs.existsSync(samples)) return out;
  for (const dir of fs.readdirSync(samples).sort()) {
    const full = path.join(samples, dir);
    if (!fs.statSync(full).isDirectory()) continue;
    for (const f of fs.readdirSync(full).sort()) {
      if (!f.endsWith('.json')) continue;
      const collection = dir === 'invalid' ? f.split(/[-_]/)[0] : dir;
      out.push({ label: path.join(dir, f), op: opFor(collection), file: path.join(full, f) });
    }
  }
  return out;
}

function samplesSection(core) {
  console.log('1. Sample documents (examples/samples): native and wasm verdicts\n');
  let differences = 0;
  const list = samplesList();
  if (list.length === 0) console.log('   (no samples in examples/samples)');
  for (const s of list) {
    const input = fs.readFileSync(s.file, 'utf8');
    const nativeOut = nativeCall(s.op, input);
    const wasmOut = core.call(s.op, input);
    const same = nativeOut === wasmOut;
    if (!same) differences++;
    const env = JSON.parse(wasmOut);
    let verdict;
    if (!env.ok) verdict = `error ${env.error.code}`;
    else if (env.result.valid) verdict = 'valid';
    else verdict = 'invalid: ' + env.result.issues.map((i) => `${i.path} ${i.code}`).join('; ');
    console.log(`   ${same ? 'same' : 'DIFF'}  ${s.op.padEnd(20)} ${s.label.padEnd(52)} ${verdict}`);
  }
  console.log(`\n   ${list.length} samples, ${differences} differences.\n`);
  return differences;
}

async function flowSection(core) {
  const data = loadDemoData();
  const o = data.order;
  console.log(`2. One order, start to finish: ${o.orderId} for ${data.customer.personalInfo.name} (${o.customerId})`);
  console.log(`   ${o.serviceItems.map((i) => `${i.itemId} ${i.garment} ×${i.quantity}${i.tier ? ' ' + i.tier : ''}`).join(', ')}, ` +
    `${o.customItems.map((i) => `${i.itemId} ${i.description}`).join(', ')}; delivery ${o.timeline.deliveryDate.replace('T', ' ')}`);
  console.log('   Each step runs on tailorctl and on wasm; "same" = identical input and envelope text.\n');

  const wasmRun = await runFlow(wasmCall(core), loadDemoData());
  const nativeRun = await runFlow(nativeCall, loadDemoData());
  const rows = compareRuns(nativeRun, wasmRun);
  const shown = wasmRun.steps.length >= nativeRun.steps.length ? wasmRun : nativeRun;
  let differences = 0;
  for (const row of rows) {
    const s = shown.steps[row.index];
    if (!row.same) differences++;
    console.log(`   ${row.same ? 'same' : 'DIFF'}  ${String(s.n).padStart(2)}. ${s.op.padEnd(17)} ${s.title}`);
    for (const line of s.lines) console.log(`${' '.repeat(14)}${line.replace(/\n/g, '\n' + ' '.repeat(16))}`);
    if (!row.same) {
      // Where the two texts part (the input first: a difference there comes from an earlier step).
      const n = nativeRun.steps[row.index];
      const w = wasmRun.steps[row.index];
      const [what, a, b] = n && w && n.input !== w.input ? ['input', n.input, w.input] : ['envelope', n ? n.output : '', w ? w.output : ''];
      let at = 0;
      while (at < a.length && a[at] === b[at]) at++;
      const from = Math.max(0, at - 60);
      console.log(`${' '.repeat(14)}${what} differs at character ${at}:`);
      console.log(`${' '.repeat(14)}native: …${a.slice(from, at + 60)}`);
      console.log(`${' '.repeat(14)}wasm:   …${b.slice(from, at + 60)}`);
    }
  }
  const failed = nativeRun.failed || wasmRun.failed;
  const f = wasmRun.facts;
  console.log('');
  if (failed) {
    console.log(`   The flow stopped: native: ${nativeRun.failed || 'completed'}; wasm: ${wasmRun.failed || 'completed'}.`);
  } else {
    console.log(`   ${o.orderId}: ${f.finalStatus}; total ${inr(f.quoteTotal)}, advance ${inr(f.advanceRequired)}, ` +
      `made by ${f.assignedEmployeeId}, ${f.pointsEarned} loyalty points.`);
  }
  console.log(`   ${rows.length} steps, ${differences} differences between native and wasm.`);
  return differences + (failed ? 1 : 0);
}

(async () => {
  const core = await load();
  const native = nativeCall('core.version', '{}');
  console.log(`tailor-core ${core.version}: native tailorctl (${JSON.parse(native).result.version}) vs wasm (Node ${process.version})\n`);
  const problems = samplesSection(core) + await flowSection(core);
  console.log(problems ? '\nFAILED: the runtimes disagree or a step failed.' : '\nBoth runtimes agree byte for byte at every step.');
  process.exit(problems ? 1 : 0);
})().catch((e) => { console.error(e); process.exit(1); });
