// Chooses one benchmark input per operation, shared by the native, Node and
// Chromium runs so they measure the same work: tests/vectors/<op>/bench_*.json
// when present, else the largest vector whose expected envelope is ok.
// usage: node bench/js/select.js > build/bench/inputs.json
'use strict';
const fs = require('fs');
const path = require('path');
const { vectorFiles } = require('../../tests/node/vectors.js');

/**
 * Operations that have no ok vector, with the input to measure them on: time.zones
 * answers with the build machine's tzdata (see tests/node/vectors.test.js) and takes {}.
 */
const WITHOUT_OK_VECTOR = { 'time.zones': {} };

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
  for (const [op, input] of Object.entries(WITHOUT_OK_VECTOR)) {
    if (!byOp.has(op)) byOp.set(op, { op, input: JSON.stringify(input), vector: `(no ok vector) ${JSON.stringify(input)}` });
  }
  return [...byOp.values()].sort((a, b) => (a.op < b.op ? -1 : 1)).map(({ op, input, vector }) => ({ op, vector, input }));
}

if (require.main === module) process.stdout.write(JSON.stringify(select()) + '\n');
module.exports = { select, WITHOUT_OK_VECTOR };
