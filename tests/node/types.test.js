// The TypeScript declarations (js-bindings/index.d.ts, types/*.d.ts) against
// the real contract: every vector whose expected envelope is ok must type-check
// as `const result: ReturnType<Core[domain][method]> = <expected result>` and
// `const input: Parameters<…>[0] = <input>`. Object literals get TypeScript's
// excess-property check at every level, so a result key missing from the
// declarations, a declared required key the result lacks, or a value outside a
// declared literal union fails this test. Uses the TypeScript compiler already
// in node_modules (the packaging test needs it too); skipped without it.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const { vectorFiles, root } = require('./vectors');

const repo = path.join(__dirname, '..', '..');
const tsc = path.join(repo, 'node_modules', '.bin', 'tsc');
// Inputs the declarations reject although the operation accepts them: an
// invalid document is a *successful* validate.* call (valid: false), and an
// operation ignores junk in config sections other domains own, while
// ShopConfig types every section strictly (as validate.config checks it).
const STRICTER_THAN_RUNTIME = new Set([
  'archive.plan/archive_sorted_by_partition_then_id_other_sections_ignored.json',
  'assign.rank/utc_timezone.json',
  'order.transition/start_production_advance_not_required_by_config.json',
  'rules.check/other_config_sections_ignored.json',
]);
const camel = (op) => op.replace(/[_-]([a-z0-9])/g, (_, c) => c.toUpperCase());

test('every ok vector type-checks against the declared input and result types', { skip: !fs.existsSync(tsc) && 'tsc not installed' }, () => {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'tailor-types-'));
  try {
    fs.mkdirSync(path.join(scratch, 'node_modules'));
    fs.symlinkSync(path.join(repo, 'js-bindings'), path.join(scratch, 'node_modules', 'tailor-core'), 'dir');
    const lines = ["import type { Core } from 'tailor-core';", 'type Op<D extends keyof Core, M extends keyof Core[D]> = Core[D][M] extends (...a: any[]) => any ? Core[D][M] : never;'];
    const where = new Map(); // line number → vector file
    let checked = 0;
    for (const file of vectorFiles()) {
      const v = JSON.parse(fs.readFileSync(file, 'utf8'));
      if (!('input' in v) || !v.expect.ok || v.op.startsWith('core.') || !v.op.includes('.')) continue;
      v.file = path.relative(root, file);
      const [domain, op] = v.op.split('.');
      const fn = `Op<'${domain}', '${camel(op)}'>`;
      const rejectedOnPurpose = STRICTER_THAN_RUNTIME.has(v.file) || (v.op.startsWith('validate.') && v.expect.result.valid === false);
      if (!rejectedOnPurpose) {
        where.set(lines.length + 1, `${v.file} (input)`);
        lines.push(`{ const input: Parameters<${fn}>[0] = ${JSON.stringify(v.input)}; void input; }`);
      }
      where.set(lines.length + 1, `${v.file} (result)`);
      lines.push(`{ const result: ReturnType<${fn}> = ${JSON.stringify(v.expect.result)}; void result; }`);
      checked += 1;
    }
    fs.writeFileSync(path.join(scratch, 'vectors.ts'), lines.join('\n') + '\n');
    fs.writeFileSync(path.join(scratch, 'tsconfig.json'), JSON.stringify({
      compilerOptions: { strict: true, noEmit: true, target: 'ES2020', module: 'Node16', moduleResolution: 'Node16', types: [] },
      files: ['vectors.ts'],
    }));
    const out = spawnSync(tsc, ['-p', 'tsconfig.json', '--pretty', 'false'], { cwd: scratch, encoding: 'utf8' });
    const errors = (out.stdout + out.stderr).split('\n').filter((l) => /^vectors\.ts\(\d+,/.test(l)).map((l) => {
      const line = Number(/^vectors\.ts\((\d+),/.exec(l)[1]);
      return `${where.get(line) ?? '?'}: ${l.replace(/^vectors\.ts\(\d+,\d+\): /, '').slice(0, 400)}`;
    });
    assert.ok(checked > 500, `checked ${checked} vectors`);
    assert.deepEqual(errors, [], `declarations disagree with ${errors.length} vector(s)`);
    assert.equal(out.status, 0, out.stdout + out.stderr);
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
});
