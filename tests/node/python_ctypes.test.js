// The C ABI from a language other than C: examples/python/test_tailor.py
// (ctypes over libtailor.so, the surface the Dart FFI binding uses) must pass.
// Skipped, saying so, when python3 is not installed (it is not part of Debian 12's minimal set).
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { spawnSync } = require('child_process');
const path = require('path');

const repo = path.join(__dirname, '..', '..');
const python = process.env.PYTHON || 'python3';
const probe = spawnSync(python, ['--version']);
const skip = probe.error || probe.status !== 0
  ? `${python} is not installed: the Python ctypes example (examples/python) is not tested` : false;

test('Python ctypes over libtailor.so gives tailorctl\'s envelopes', { skip }, () => {
  const r = spawnSync(python, [path.join(repo, 'examples', 'python', 'test_tailor.py')], {
    encoding: 'utf8',
    env: {
      ...process.env,
      TAILOR_LIBRARY: process.env.TAILOR_LIBRARY || path.join(repo, 'build', 'native-debug', 'native', 'libtailor.so'),
      TAILORCTL: process.env.TAILORCTL || path.join(repo, 'build', 'native-debug', 'native', 'tailorctl'),
    },
  });
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.match(r.stderr, /^Ran \d+ tests/m);
  assert.match(r.stderr, /^OK$/m);
});
