// The rules domain on the wasm build: the committed Firestore files are exactly
// what rules.firestore / rules.indexes generate, and the matrix is complete.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const { load } = require('../../js-bindings');

const examples = path.join(__dirname, '..', '..', 'examples', 'firestore');
const vectors = path.join(__dirname, '..', 'vectors');

function result(core, op) {
  const env = JSON.parse(core.call(op, '{}'));
  assert.equal(env.ok, true);
  return env.result;
}

test('examples/firestore/firestore.rules equals the generated rules', async () => {
  const core = await load();
  const text = result(core, 'rules.firestore').text;
  assert.equal(fs.readFileSync(path.join(examples, 'firestore.rules'), 'utf8'), text);
  assert.ok(text.startsWith("rules_version = '2';"));
  assert.ok(!text.includes('if true'));
});

test('examples/firestore/firestore.indexes.json equals the generated indexes', async () => {
  const core = await load();
  const text = result(core, 'rules.indexes').text;
  assert.equal(fs.readFileSync(path.join(examples, 'firestore.indexes.json'), 'utf8'), text);
  const fields = JSON.parse(text).indexes.flatMap((i) => i.fields.map((f) => f.fieldPath));
  assert.ok(fields.includes('loyalty.totalSpent'));
  assert.ok(!fields.includes('totalSpent'));
});

test('the authorize matrix covers every table entry, allowed and denied', async () => {
  const core = await load();
  const files = fs.readdirSync(path.join(vectors, 'rules.authorize'));
  assert.ok(files.length >= 500, `${files.length} vectors`);
  assert.ok(files.filter((f) => f.startsWith('hole_')).length > 0);
  const decided = new Set();
  let denied = 0;
  for (const f of files) {
    const v = JSON.parse(fs.readFileSync(path.join(vectors, 'rules.authorize', f), 'utf8'));
    if (!v.expect.ok) continue;
    if (v.expect.result.allow) decided.add(v.expect.result.rule);
    else denied += 1;
    if (f.startsWith('hole_')) assert.equal(v.expect.result.allow, false, f);
  }
  assert.ok(denied > 0);
  // Every entry of the table allows at least one vector of the matrix.
  const text = result(core, 'rules.firestore').text;
  const ids = [...text.matchAll(/^ {6}\/\/ ([a-z_.]+): /gm)].map((m) => m[1]);
  assert.equal(ids.length, result(core, 'rules.firestore').entries);
  for (const id of ids) assert.ok(decided.has(id), `no vector is allowed by ${id}`);
});
