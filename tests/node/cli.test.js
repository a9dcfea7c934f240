// Every shared vector through the native CLI (tailorctl reads stdin): same
// bytes as the wasm build and the Catch2 run; exit 0 for ok, 2 for errors.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { spawnSync } = require('child_process');
const path = require('path');
const { vectorFiles, loadVector } = require('./vectors.js');

const tailorctl = process.env.TAILORCTL ||
  path.join(__dirname, '..', '..', 'build', 'native-debug', 'native', 'tailorctl');

function run(args, input) {
  return spawnSync(tailorctl, args, { input, maxBuffer: 64 << 20 });
}

test('every vector gives the expected envelope through tailorctl', async (t) => {
  for (const file of vectorFiles()) {
    const v = loadVector(file);
    await t.test(v.name, () => {
      const r = run([v.op], v.input);
      assert.equal(r.stdout.toString('utf8'), v.expect + '\n');
      assert.equal(r.status, JSON.parse(v.expect).ok ? 0 : 2);
    });
  }
});

test('tailorctl reads a file, pretty-prints, lists and explains usage', () => {
  const file = path.join(__dirname, '..', 'vectors', 'core.version', 'basic.json');
  // The vector file itself is not the operation input: core.version reports its fields.
  const r = run(['core.version', file]);
  assert.equal(r.status, 2);
  assert.match(r.stdout.toString(), /"code":"unknown_field"/);

  const pretty = run(['core.version', '-', '--pretty'], '{}');
  assert.equal(pretty.status, 0);
  assert.deepEqual(JSON.parse(pretty.stdout), JSON.parse(run(['core.version'], '{}').stdout));
  assert.match(pretty.stdout.toString(), /^\{\n  "ok": true,\n  "result": \{\n    "version": /);

  const list = run(['--list']);
  assert.equal(list.status, 0);
  assert.match(list.stdout.toString(), /^core\.operations\t/m);
  assert.match(list.stdout.toString(), /^core\.version\t/m);

  assert.equal(run([]).status, 1);
  assert.equal(run(['--bogus']).status, 1);
  assert.equal(run(['core.version', '/nonexistent/input.json']).status, 1);
  assert.match(run(['--help']).stdout.toString(), /usage: tailorctl/);
});
