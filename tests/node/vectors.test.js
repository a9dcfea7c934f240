// Every shared vector on the wasm build in Node: the envelope must equal
// `expect` byte for byte — the same bytes the native Catch2 run compares.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { load } = require('../../js-bindings');
const { vectorFiles, loadVector } = require('./vectors.js');

const files = vectorFiles();

test('there are vectors to run', () => {
  assert.ok(files.length > 0);
});

test('every vector gives the expected envelope on the wasm build', async (t) => {
  const core = await load();
  for (const file of files) {
    const v = loadVector(file);
    await t.test(v.name, () => {
      if (!v.folder.startsWith('_')) assert.equal(v.op, v.folder, 'a vector lives in its operation\'s folder');
      assert.equal(core.call(v.op, v.input), v.expect);
    });
  }
});
