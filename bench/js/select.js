// Chooses one benchmark input per operation, shared by the native, Node and
// Chromium runs so they measure the same work: tests/vectors/<op>/bench_*.json
// when present, else the largest vector whose expected envelope is ok.
// usage: node bench/js/select.js > build/bench/inputs.json
'use strict';
const fs = require('fs');
const path = require('path');
const { vectorFiles } = require('../../tests/node/vectors.js');

function select() {
  const byOp = new Map();
  for (const file of vectorFiles()) {
    const v = JSON.parse(fs.readFileSync(file, 'utf8'));
    if (!('input' in v) || !v.expect || v.expect.ok !== true) continue;
    const input = JSON.stringify(v.input);
    const preferred = path.basename(file).startsWith('bench_');
    const current = byOp.get(v.op);
    if (!current || (preferred && !current.preferred) ||
        (preferred === current.preferred && input.length > current.input.length)) {
      byOp.set(v.op, { op: v.op, input, preferred, vector: path.basename(file) });
    }
  }
  // time.zones has no ok vector (its answer is the build machine's tzdata, see
  // tests/node/vectors.test.js); it takes {} and nothing else.
  if (!byOp.has('time.zones')) byOp.set('time.zones', { op: 'time.zones', input: '{}', vector: '(no ok vector) {}' });
  return [...byOp.values()].sort((a, b) => (a.op < b.op ? -1 : 1)).map(({ op, input, vector }) => ({ op, vector, input }));
}

if (require.main === module) process.stdout.write(JSON.stringify(select()) + '\n');
module.exports = { select };
