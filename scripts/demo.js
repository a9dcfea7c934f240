// The demo's report: every sample through tailorctl and through the wasm
// build, side by side. Exits non-zero if any output differs.
'use strict';
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const { load } = require('../js-bindings');

const root = path.join(__dirname, '..');
const samples = path.join(root, 'examples', 'samples');
const tailorctl = process.env.TAILORCTL || path.join(root, 'build', 'native-release', 'native', 'tailorctl');

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

(async () => {
  const core = await load();
  const native = spawnSync(tailorctl, ['--version']).stdout.toString().trim();
  console.log(`tailor-core ${core.version}: native (${native}) vs wasm (Node ${process.version})\n`);
  let differences = 0;
  const list = samplesList();
  if (list.length === 0) console.log('(no samples in examples/samples)');
  for (const s of list) {
    const input = fs.readFileSync(s.file);
    const nativeOut = spawnSync(tailorctl, [s.op], { input }).stdout.toString().trimEnd();
    const wasmOut = core.call(s.op, input.toString('utf8'));
    const same = nativeOut === wasmOut;
    if (!same) differences++;
    const env = JSON.parse(wasmOut);
    let verdict;
    if (!env.ok) verdict = `error ${env.error.code}`;
    else if (env.result.valid) verdict = 'valid';
    else verdict = `invalid: ` + env.result.issues.map((i) => `${i.path} ${i.code}`).join('; ');
    console.log(`${same ? 'same' : 'DIFF'}  ${s.op.padEnd(22)} ${s.label.padEnd(34)} ${verdict}`);
  }
  console.log(`\n${list.length} samples, ${differences} differences between native and wasm` +
    ` (${list.length ? 'byte-identical envelopes' : 'nothing compared'}).`);
  process.exit(differences ? 1 : 0);
})().catch((e) => { console.error(e); process.exit(1); });
