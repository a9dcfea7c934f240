// The npm package's own contract: one cached load, plain objects in and out,
// TailorError for error envelopes and for inputs JSON would silently change.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const { load, TailorError } = require('../../js-bindings');

test('load() returns one cached instance and rejects different options', async () => {
  const a = await load();
  const b = await load();
  assert.equal(a, b);
  await assert.rejects(load({ wasmPath: '/elsewhere.wasm' }), (e) => e instanceof TailorError && e.code === 'load_options_conflict');
  assert.equal(a.version, JSON.parse(a.call('core.version', '{}')).result.version);
  assert.ok(Object.isFrozen(a));
});

test('ESM and CommonJS entry points share the instance', async () => {
  const esm = await import('../../js-bindings/index.mjs');
  assert.equal(await esm.load(), await load());
  assert.equal(esm.TailorError, TailorError);
});

test('operations are listed and exposed as domain methods', async () => {
  const core = await load();
  const names = core.operations.map((o) => o.name);
  assert.deepEqual(names, [...names].sort());
  for (const name of names) {
    const [domain, ...rest] = name.split('.');
    if (domain === 'core') continue;
    const method = rest.join('.').replace(/[_-]([a-z0-9])/g, (_, c) => c.toUpperCase());
    const ns = domain.replace(/[_-]([a-z0-9])/g, (_, c) => c.toUpperCase());
    assert.equal(typeof core[ns][method], 'function', name);
  }
});

test('error envelopes become TailorError with code and details', async () => {
  const core = await load();
  const env = JSON.parse(core.call('core.version', '{"x":1}'));
  assert.equal(env.ok, false);
  assert.equal(env.error.details[0].path, '/x');
  // The same failure through the object API:
  const first = core.operations.find((o) => !o.name.startsWith('core.'));
  if (first) {
    const [domain, method] = first.name.split('.');
    assert.throws(() => core[domain][method.replace(/[_-]([a-z0-9])/g, (_, c) => c.toUpperCase())](42),
      (e) => e instanceof TailorError && typeof e.code === 'string' && Array.isArray(e.details));
  }
});

test('inputs that JSON.stringify would change are refused before the call', async () => {
  const { encodeInput } = require('../../js-bindings/src/core.js');
  const refused = (value, code, pathExpected) => assert.throws(() => encodeInput(value),
    (e) => e instanceof TailorError && e.code === code && e.details[0].path === pathExpected);
  refused({ a: NaN }, 'number_out_of_range', '/a');
  refused({ a: [1, Infinity] }, 'number_out_of_range', '/a/1');
  refused({ 'x/y': { b: 10n } }, 'number_out_of_range', '/x~1y/b');
  refused({ f() {} }, 'invalid_input', '/f');
  refused([1, undefined], 'invalid_input', '/1');
  const cyclic = { a: {} };
  cyclic.a.self = cyclic;
  refused(cyclic, 'invalid_input', '/a/self');
  let deep = {};
  for (let i = 0; i < 5000; i++) deep = { d: deep };
  assert.throws(() => encodeInput(deep), (e) => e.code === 'too_deep');
  // Omitted optional properties and Dates are carried as JSON.stringify does.
  assert.equal(encodeInput({ a: undefined, b: 1 }), '{"b":1}');
  assert.equal(encodeInput({ t: new Date(Date.UTC(2026, 2, 1, 9, 30)) }), '{"t":"2026-03-01T09:30:00.000Z"}');
  assert.equal(encodeInput(undefined), '{}');
});

test('a failed load is not cached', async () => {
  // A fresh copy of the package so that the shared instance above is untouched.
  const dir = fs.mkdtempSync(path.join(require('os').tmpdir(), 'tailor-load-'));
  const pkg = path.join(__dirname, '..', '..', 'js-bindings');
  fs.cpSync(pkg, dir, { recursive: true, filter: (src) => !src.includes('node_modules') });
  const wasm = path.join(dir, 'dist', 'tailor_core_node.wasm');
  const good = fs.readFileSync(wasm);
  fs.writeFileSync(wasm, Buffer.from('not wasm'));
  const fresh = require(dir);
  await assert.rejects(fresh.load(), (e) => e instanceof fresh.TailorError && e.code === 'load_failed');
  fs.writeFileSync(wasm, good);
  const core = await fresh.load();
  assert.equal(core.call('core.version', '{}'), (await load()).call('core.version', '{}'));
  fs.rmSync(dir, { recursive: true, force: true });
});
