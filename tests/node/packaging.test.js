// The npm package as users get it: `npm pack`, install the tarball into a
// scratch project, then use it through require, import, TypeScript (--strict)
// and a Vite production build.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');

const repo = path.join(__dirname, '..', '..');
const bin = (name) => path.join(repo, 'node_modules', '.bin', name);
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'tailor-pack-'));
const run = (cmd, args, opts = {}) => execFileSync(cmd, args, { cwd: scratch, encoding: 'utf8', ...opts });

test.after(() => fs.rmSync(scratch, { recursive: true, force: true }));

test('npm pack ships only what users need', () => {
  const out = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', scratch, path.join(repo, 'js-bindings')]));
  const files = out[0].files.map((f) => f.path).sort();
  for (const required of ['package.json', 'index.cjs', 'index.mjs', 'browser.mjs', 'index.d.ts',
    'src/core.js', 'dist/core.mjs', 'dist/tailor_core_node.js', 'dist/tailor_core_node.wasm',
    'dist/tailor_core_web.mjs', 'dist/tailor_core_web.wasm']) {
    assert.ok(files.includes(required), `tarball contains ${required}`);
  }
  assert.deepEqual(files.filter((f) => /test|\.cpp$|CMake/.test(f)), [], 'no tests or build files');
  fs.writeFileSync(path.join(scratch, 'package.json'), JSON.stringify({ name: 'scratch', private: true }));
  run('npm', ['install', '--no-audit', '--no-fund', '--offline', path.join(scratch, out[0].filename)]);
});

test('works through require and import from an installed copy', () => {
  const cjs = run('node', ['-e', `require('tailor-core').load().then(c => console.log(c.call('core.version','{}')))`]);
  const esm = run('node', ['--input-type=module', '-e',
    `import { load } from 'tailor-core'; const c = await load(); console.log(c.call('core.version','{}'))`]);
  assert.equal(cjs, esm);
  assert.match(cjs, /^\{"ok":true,"result":\{"version":"/);
});

test('TypeScript --strict compiles a program that calls every operation', async () => {
  const usage = fs.readFileSync(path.join(repo, 'tests', 'packaging', 'usage.ts'), 'utf8');
  fs.copyFileSync(path.join(repo, 'tests', 'packaging', 'usage.ts'), path.join(scratch, 'usage.ts'));
  fs.copyFileSync(path.join(repo, 'tests', 'packaging', 'tsconfig.json'), path.join(scratch, 'tsconfig.json'));
  run(bin('tsc'), ['-p', 'tsconfig.json']);
  const { load } = require(path.join(repo, 'js-bindings'));
  const core = await load();
  for (const { name } of core.operations) {
    if (name.startsWith('core.')) continue;
    const [domain, op] = name.split('.');
    const method = `core.${domain}.${op.replace(/[_-]([a-z0-9])/g, (_, c) => c.toUpperCase())}(`;
    assert.ok(usage.includes(method), `usage.ts calls ${method}…)`);
  }
});

test('a Vite production build bundles the browser build and its wasm', () => {
  fs.writeFileSync(path.join(scratch, 'index.html'),
    '<!doctype html><html><body><pre id="out"></pre><script type="module" src="/main.js"></script></body></html>');
  fs.writeFileSync(path.join(scratch, 'main.js'),
    "import { load } from 'tailor-core';\nload().then((c) => { document.getElementById('out').textContent = c.call('core.version', '{}'); });\n");
  run(bin('vite'), ['build', '--logLevel', 'error'], { env: { ...process.env, NODE_PATH: '' } });
  const assets = fs.readdirSync(path.join(scratch, 'dist', 'assets'));
  const wasm = assets.filter((f) => f.endsWith('.wasm'));
  assert.equal(wasm.length, 1, `one wasm asset: ${assets.join(', ')}`);
  const js = assets.filter((f) => f.endsWith('.js')).map((f) => fs.readFileSync(path.join(scratch, 'dist', 'assets', f), 'utf8')).join('\n');
  assert.ok(js.includes(wasm[0]), 'the bundle refers to the emitted wasm file');
  assert.ok(!js.includes('require('), 'no CommonJS require in the browser bundle');
});
