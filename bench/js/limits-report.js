// Writes the two tables of the limits run (scripts/bench.sh):
//   docs/limits.md      "Time at the limits": every operation on its largest accepted input
//   docs/benchmarks.md  "Scaling of batch operations": each batch array at n/8, n/4, n/2, n
// between <!-- limits-table:begin/end --> and <!-- scaling-table:begin/end -->.
// usage: node bench/js/limits-report.js OUT_DIR
//   OUT_DIR holds limits-inputs.json (bench/js/limits.js), limits-native.json
//   (ops_bench, Google Benchmark JSON), limits-node.json (limits.bench.js), meta.json.
'use strict';
const fs = require('fs');
const path = require('path');

const dir = process.argv[2];
const repo = path.join(__dirname, '..', '..');
const read = (f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
const cases = read('limits-inputs.json');
const native = read('limits-native.json');
const node = read('limits-node.json');
const meta = read('meta.json');

const unitNs = { ns: 1, us: 1e3, ms: 1e6, s: 1e9 };
const nativeNs = {};
for (const b of native.benchmarks) {
  if (b.aggregate_name === 'median') nativeNs[b.run_name.replace(/^call\//, '')] = b.real_time * unitNs[b.time_unit || 'ns'];
}
const fmt = (ns) => (ns === undefined ? 'n/a' : ns >= 1e6 ? (ns / 1e6).toFixed(2) + ' ms' : ns >= 1e3 ? (ns / 1e3).toFixed(1) + ' µs' : ns.toFixed(0) + ' ns');
const bytes = (n) => (n >= 1 << 20 ? (n / (1 << 20)).toFixed(2) + ' MiB' : n >= 1024 ? (n / 1024).toFixed(1) + ' KiB' : n + ' B');
const ratio = (a, b) => (a && b ? (a / b).toFixed(2) : 'n/a');
const machine = `${meta.date}, ${meta.cpu}, ${meta.cores} cores; g++ ${meta.gcc} -O2 (native-release), ` +
  `Emscripten ${meta.emcc} ${meta.wasmOpt} in Node ${node.node}. Command: \`scripts/bench.sh\``;

function replaceBlock(file, name, title, lines) {
  const docPath = path.join(repo, 'docs', file);
  let doc = fs.readFileSync(docPath, 'utf8');
  const begin = `<!-- ${name}:begin -->`;
  const end = `<!-- ${name}:end -->`;
  const block = `${begin}\n## ${title}\n\n${lines.join('\n')}\n${end}`;
  if (doc.includes(begin)) doc = doc.replace(new RegExp(`${begin}[\\s\\S]*?${end}`), () => block);
  else doc = doc.trimEnd() + '\n\n' + block + '\n';
  fs.writeFileSync(docPath, doc);
}

// ---- Time at the limits ----------------------------------------------------------
const limitLines = [
  `Run ${machine}.`,
  '',
  'Each operation on the largest input it still accepts, grown from its richest valid vector by',
  '`bench/js/limits.js`: every array is cloned (with unique ids) up to the point where the operation',
  'would refuse it or the input would pass 8 MiB, deepest arrays first. "grown" lists each array',
  'as *vector length → accepted length*. Median time per call of the JSON operation (natively',
  '`api::call`, Google Benchmark; in Node one `core.call` at a time). Operations with nothing to grow',
  'have fixed-size inputs. The slowest call of the Node run is in the last column.',
  '',
  '| operation | input | grown | output | native | wasm (Node) | ratio | slowest (Node) |',
  '| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: |',
];
let worst = null;
for (const c of cases.filter((k) => k.kind === 'limit')) {
  const n = nativeNs[c.label];
  const w = node.cases[c.label];
  if (n !== undefined && (!worst || n > worst.ns)) worst = { op: c.op, ns: n, bytes: c.input.length };
  const grown = c.grown.length ? c.grown.map((g) => `\`${g.path}\` ${g.from} → ${g.to}`).join('<br>') : '—';
  limitLines.push(`| \`${c.op}\` | ${bytes(c.input.length)} | ${grown} | ${w ? bytes(w.outputBytes) : 'n/a'} | ${fmt(n)} | ${fmt(w && w.medianNs)} | ${ratio(w && w.medianNs, n)} | ${fmt(w && w.maxNs)} |`);
}
if (worst) {
  limitLines.push('');
  limitLines.push(`The slowest operation at its limits is \`${worst.op}\`: ${fmt(worst.ns)} natively on ${bytes(worst.bytes)} of input.`);
}
replaceBlock('limits.md', 'limits-table', 'Time at the limits', limitLines);

// ---- Scaling of batch operations ----------------------------------------------
const scaleLines = [
  `Run ${machine}.`,
  '',
  'Each batch operation with only its batch array grown (`bench/js/limits.js`, `SCALING_AXES`): n is the',
  'largest length the operation accepts from that vector (the documented limit unless another limit or',
  'the 8 MiB input cap binds first), then n/2, n/4, n/8. "× per doubling" is t(n)/t(n/2) natively (2.0',
  'is linear); k fits t ∝ n^k between n/8 and n natively (fixed per-call costs pull k below 1 on small',
  'inputs).',
  '',
  '| operation | array (documented limit) | n | input | native | × per doubling | wasm (Node) | ratio | k (native) |',
  '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
];
const byOp = new Map();
for (const c of cases.filter((k) => k.kind === 'scale')) {
  if (!byOp.has(c.op)) byOp.set(c.op, []);
  byOp.get(c.op).push(c);
}
for (const [op, rows] of byOp) {
  rows.sort((a, b) => a.n - b.n);
  const first = nativeNs[rows[0].label];
  const last = nativeNs[rows[rows.length - 1].label];
  const k = first && last && rows[rows.length - 1].n > rows[0].n
    ? (Math.log(last / first) / Math.log(rows[rows.length - 1].n / rows[0].n)).toFixed(2) : 'n/a';
  rows.forEach((c, i) => {
    const n = nativeNs[c.label];
    const prev = i > 0 ? nativeNs[rows[i - 1].label] : undefined;
    const w = node.cases[c.label];
    const doubling = prev && n && c.n >= 2 * rows[i - 1].n - 1 ? (n / prev).toFixed(2) : '';
    scaleLines.push(`| ${i === 0 ? `\`${op}\`` : ''} | ${i === 0 ? `\`${c.axis}\` (${c.limit})` : ''} | ${c.n} | ${bytes(c.input.length)} | ${fmt(n)} | ${doubling} | ${fmt(w && w.medianNs)} | ${ratio(w && w.medianNs, n)} | ${i === rows.length - 1 ? k : ''} |`);
  });
}
replaceBlock('benchmarks.md', 'scaling-table', 'Scaling of batch operations', scaleLines);
console.log(limitLines.concat([''], scaleLines).join('\n'));
