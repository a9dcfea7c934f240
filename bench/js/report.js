// Writes the per-operation table into docs/benchmarks.md between the markers
// <!-- ops-table:begin --> and <!-- ops-table:end --> (created if absent).
// usage: node bench/js/report.js OUT_DIR
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const dir = process.argv[2];
const repo = path.join(__dirname, '..', '..');
const read = (f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
const native = read('native.json');
const node = read('node.json');
const chromium = read('chromium.json');
const meta = read('meta.json');
const inputs = read('inputs.json');

// ops_bench runs call/<op> (api::call on the JSON text) and typed/<op> (the
// typed function on decoded input); medians in ns (time_unit ns).
const nativeNs = { call: {}, typed: {} };
for (const b of native.benchmarks) {
  const name = b.aggregate_name === 'median' && b.run_name.match(/^(call|typed)\/(.+)$/);
  if (name) nativeNs[name[1]][name[2]] = b.real_time;
}
// ops_bench puts each operation's typed footnote in the run's context:
// typed_note:<op> (what its figure covers) or typed_unavailable:<op> (why there is none).
const context = native.context || {};
const notes = []; // footnote texts, numbered in order of first use; operations sharing a text share its number
const superscript = (n) => String(n).replace(/\d/g, (d) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[d]);
const noteMark = (text) => {
  if (!notes.includes(text)) notes.push(text);
  return superscript(notes.indexOf(text) + 1);
};
const fmt = (ns) => (ns >= 1e6 ? (ns / 1e6).toFixed(2) + ' ms' : ns >= 1e3 ? (ns / 1e3).toFixed(1) + ' µs' : ns.toFixed(0) + ' ns');
const ratio = (a, b) => (a && b ? (a / b).toFixed(2) : 'n/a');
const size = (f) => {
  const p = path.join(repo, 'js-bindings', 'dist', f);
  const b = fs.readFileSync(p);
  return { raw: b.length, gzip: zlib.gzipSync(b, { level: 9 }).length };
};
const kb = (n) => (n / 1024).toFixed(1) + ' KiB';

const lines = [];
lines.push(`Run on ${meta.date} — ${meta.cpu}, ${meta.cores} cores, ${meta.os}; g++ ${meta.gcc} (-O2, native-release),`);
lines.push(`Emscripten ${meta.emcc} (${meta.wasmOpt}), Node ${node.node}, ${chromium.userAgent.match(/Chrome\/[\d.]+/)[0]}. Command: \`scripts/bench.sh\`.`);
lines.push('');
lines.push('Median time per call through the JSON operation (`api::call` natively, `core.call` in wasm); the input of each');
lines.push('operation is its largest ok vector or `bench_*.json` (bench/js/select.js). Ratio = wasm ÷ native (JSON).');
lines.push('"native typed" is the same input through the operation\'s public typed C++ function (e.g. `pricing::quote`), decoded');
lines.push('once by the domain\'s public reader (e.g. `pricing::read_quote_request`) outside the timed loop: no JSON parsing,');
lines.push('decoding or encoding is counted unless a numbered note below the table says otherwise. Before timing,');
lines.push('`bench/ops_bench` checks that the typed result matches the JSON operation\'s result on that input (`bench/typed_cases.cpp`).');
lines.push('');
const typedCell = (op) => {
  const unavailable = context[`typed_unavailable:${op}`];
  if (unavailable) return '—' + noteMark(unavailable);
  const t = nativeNs.typed[op];
  if (!t) return 'n/a';
  const note = context[`typed_note:${op}`];
  return fmt(t) + (note ? noteMark(note) : '');
};
lines.push('| operation | input | native typed | native (JSON) | wasm (Node) | ratio | wasm (Chromium) | ratio |');
lines.push('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const { op, vector, input } of inputs) {
  const n = nativeNs.call[op];
  const w = node.ops[op] && node.ops[op].medianNs;
  const c = chromium.ops[op] && chromium.ops[op].medianNs;
  lines.push(`| \`${op}\` | ${vector} (${input.length} B) | ${typedCell(op)} | ${n ? fmt(n) : 'n/a'} | ${w ? fmt(w) : 'n/a'} | ${ratio(w, n)} | ${c ? fmt(c) : 'n/a'} | ${ratio(c, n)} |`);
}
if (notes.length) {
  lines.push('');
  notes.forEach((text, i) => lines.push(`${i > 0 ? '\n' : ''}${superscript(i + 1)} ${text}`));
}
const wn = size('tailor_core_node.wasm');
const gn = size('tailor_core_node.js');
const ww = size('tailor_core_web.wasm');
const gw = size('tailor_core_web.mjs');
const cm = size('core.mjs');
lines.push('');
lines.push('| build | wasm | glue JS | wrapper | total gzipped |');
lines.push('| --- | ---: | ---: | ---: | ---: |');
lines.push(`| Node (CommonJS) | ${kb(wn.raw)} (${kb(wn.gzip)} gz) | ${kb(gn.raw)} (${kb(gn.gzip)} gz) | src/core.js | ${kb(wn.gzip + gn.gzip)} + wrapper |`);
lines.push(`| browser (ESM) | ${kb(ww.raw)} (${kb(ww.gzip)} gz) | ${kb(gw.raw)} (${kb(gw.gzip)} gz) | ${kb(cm.raw)} (${kb(cm.gzip)} gz) | ${kb(ww.gzip + gw.gzip + cm.gzip)} |`);
lines.push('');
lines.push(`Cold \`await load()\` in a fresh Node process (require + compile + instantiate + operation list), median of 9: **${node.coldLoadMs.toFixed(1)} ms**;`);
lines.push(`in Chromium (page already loaded, fetch + compile + instantiate): ${chromium.loadMs.toFixed(1)} ms.`);
lines.push(`Memory: native peak RSS of the whole native run ${meta.nativePeakRss}; Node \`arrayBuffers\` (the wasm heap and its views) ${kb(node.arrayBuffersBytes.beforeRun)} before and ${kb(node.arrayBuffersBytes.afterRun)} after running every operation.`);

const docPath = path.join(repo, 'docs', 'benchmarks.md');
let doc = fs.readFileSync(docPath, 'utf8');
const begin = '<!-- ops-table:begin -->';
const end = '<!-- ops-table:end -->';
const block = `${begin}\n## Every operation: native, Node, Chromium\n\n${lines.join('\n')}\n${end}`;
if (doc.includes(begin)) doc = doc.replace(new RegExp(`${begin}[\\s\\S]*?${end}`), block);
else doc = doc.trimEnd() + '\n\n' + block + '\n';
fs.writeFileSync(docPath, doc);
console.log(lines.join('\n'));
