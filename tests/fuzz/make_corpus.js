// Builds the fuzz seed corpus from the shared vectors: one file per vector,
// byte 0 = the operation's index in core.operations (as call_fuzz reads it),
// then the input text. Also writes a dictionary of every key and short string
// value in the vectors, plus JSON tokens.
// usage: node tests/fuzz/make_corpus.js OUT_DIR DICT_FILE OPERATIONS_JSON
'use strict';
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');
const { vectorFiles, loadVector } = require('../node/vectors.js');

const [outDir, dictFile, operationsFile] = process.argv.slice(2);
const ops = JSON.parse(fs.readFileSync(operationsFile, 'utf8')).result.operations.map((o) => o.name);
fs.mkdirSync(outDir, { recursive: true });
const words = new Set(['{', '}', '[', ']', ':', ',', '"', 'true', 'false', 'null', '-0', '1e400',
  '9007199254740992', '\\u0000', '\\ud800', '"\\u00e9"']);
function collect(v) {
  if (Array.isArray(v)) v.forEach(collect);
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) { words.add(JSON.stringify(k)); collect(x); }
  else if (typeof v === 'string' && v.length <= 24) words.add(JSON.stringify(v));
}
let n = 0;
for (const file of vectorFiles()) {
  const v = loadVector(file);
  const index = ops.indexOf(v.op);
  if (index < 0) continue;
  const body = Buffer.concat([Buffer.from([index]), Buffer.from(v.input)]);
  fs.writeFileSync(path.join(outDir, crypto.createHash('sha1').update(body).digest('hex')), body);
  const raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  if ('input' in raw) collect(raw.input);
  n++;
}
fs.writeFileSync(dictFile, [...words].map((w) => JSON.stringify(w)).join('\n') + '\n');
console.log(`corpus: ${n} inputs, dictionary: ${words.size} entries`);
