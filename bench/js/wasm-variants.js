// Reports size and speed of wasm build variants (see bench/wasm-variants.sh).
// usage: node bench/js/wasm-variants.js "O3 ON dir" "Oz OFF dir" …
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { measure } = require('./harness.js');

const input = (op, file) => JSON.stringify(JSON.parse(fs.readFileSync(
  path.join(__dirname, '..', '..', 'tests', 'vectors', op, file), 'utf8')).input);
const cases = [
  ['core.version', '{}'],
  ['pricing.quote', input('pricing.quote', 'five_line_order.json')],
];
// assign.plan: the largest ok vector.
{
  const dir = path.join(__dirname, '..', '..', 'tests', 'vectors', 'assign.plan');
  let best = null;
  for (const f of fs.readdirSync(dir)) {
    const v = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
    if (v.expect.ok && (!best || JSON.stringify(v.input).length > best.length)) best = JSON.stringify(v.input);
  }
  cases.push(['assign.plan', best]);
}

(async () => {
  console.log('| -O | exceptions | wasm gz | glue gz | ' + cases.map((c) => c[0]).join(' | ') + ' |');
  console.log('| --- | --- | ---: | ---: | ' + cases.map(() => '---:').join(' | ') + ' |');
  for (const spec of process.argv.slice(2)) {
    const [opt, exc, dist] = spec.split(' ');
    const wasm = fs.readFileSync(path.join(dist, 'tailor_core_node.wasm'));
    const glue = fs.readFileSync(path.join(dist, 'tailor_core_node.js'));
    const factory = require(path.resolve(dist, 'tailor_core_node.js'));
    const raw = await factory({ wasmBinary: wasm });
    const times = cases.map(([op, text]) => {
      const out = raw.call(op, text);
      if (!out.startsWith('{"ok":true')) throw new Error(`${op} failed on ${spec}: ${out.slice(0, 200)}`);
      return measure(() => raw.call(op, text), { rounds: 7, minMs: 150 }).medianNs;
    });
    const gz = (b) => (zlib.gzipSync(b, { level: 9 }).length / 1024).toFixed(1) + ' KiB';
    const fmt = (ns) => (ns >= 1e6 ? (ns / 1e6).toFixed(2) + ' ms' : (ns / 1e3).toFixed(1) + ' µs');
    console.log(`| -${opt} | ${exc === 'ON' ? 'yes' : 'no'} | ${gz(wasm)} | ${gz(glue)} | ${times.map(fmt).join(' | ')} |`);
  }
})().catch((e) => { console.error(e); process.exit(1); });
