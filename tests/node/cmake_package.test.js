// The CMake package, used by a separate project (examples/cmake-consumer) the
// two supported ways: find_package(tailor_core) on an installed tree, and
// add_subdirectory of the source tree. Each build links the C++ entry point,
// the static C ABI and libtailor.so, and must answer like tailorctl.
// The install comes from the native-debug tree (built by scripts/test.sh); the
// subdirectory build lives in build/consumers/ so that reruns are incremental.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const repo = path.join(__dirname, '..', '..');
const nativeBuild = process.env.TAILOR_NATIVE_BUILD || path.join(repo, 'build', 'native-debug');
const tailorctl = process.env.TAILORCTL || path.join(nativeBuild, 'native', 'tailorctl');
const consumer = path.join(repo, 'examples', 'cmake-consumer');

function run(cmd, args, options = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 << 20, ...options });
  if (r.error) throw r.error;
  return r;
}

function mustRun(cmd, args, options) {
  const r = run(cmd, args, options);
  assert.equal(r.status, 0, `${cmd} ${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
  return r;
}

const cases = [
  ['core.version', '{}'],
  ['core.operations', '{}'],
  ['core.version', '{"extra":1}'],
  ['no.such_operation', '{}'],
];

function checkConsumer(buildDir) {
  for (const [op, input] of cases) {
    const want = run(tailorctl, [op], { input }).stdout;
    assert.equal(mustRun(path.join(buildDir, 'app'), [op, input]).stdout, want, `app ${op} ${input}`);
    assert.equal(mustRun(path.join(buildDir, 'app_c'), [op, input]).stdout, want, `app_c ${op} ${input}`);
  }
}

test('find_package(tailor_core) on an installed tree', (t) => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tailor-package-'));
  t.after(() => fs.rmSync(tmp, { recursive: true, force: true }));
  const prefix = path.join(tmp, 'prefix');
  mustRun('cmake', ['--install', nativeBuild, '--prefix', prefix]);
  for (const f of ['include/tailor/api/call.hpp', 'include/tailor/tailor.h', 'lib/cmake/tailor_core/tailor_coreConfig.cmake',
    'lib/cmake/tailor_core/tailor_coreConfigVersion.cmake', 'bin/tailorctl']) {
    assert.ok(fs.existsSync(path.join(prefix, f)), `installed ${f}`);
  }
  const build = path.join(tmp, 'build');
  const configure = mustRun('cmake', ['-S', consumer, '-B', build, '-G', 'Ninja', `-DCMAKE_PREFIX_PATH=${prefix}`,
    '-DCMAKE_FIND_PACKAGE_NO_PACKAGE_REGISTRY=ON']);
  // The package found is the installed one, not a build tree.
  assert.ok(configure.stdout.includes(`from ${path.join(prefix, 'lib', 'cmake', 'tailor_core')}`), configure.stdout);
  mustRun('cmake', ['--build', build]);
  checkConsumer(build);

  // A version the package does not satisfy is refused at configure time (SameMinorVersion).
  const needy = path.join(tmp, 'needs-0.2');
  fs.mkdirSync(needy);
  fs.writeFileSync(path.join(needy, 'CMakeLists.txt'),
    'cmake_minimum_required(VERSION 3.21)\nproject(needy LANGUAGES CXX)\nfind_package(tailor_core 0.2 CONFIG REQUIRED)\n');
  const refused = run('cmake', ['-S', needy, '-B', path.join(needy, 'build'), '-G', 'Ninja', `-DCMAKE_PREFIX_PATH=${prefix}`,
    '-DCMAKE_FIND_PACKAGE_NO_PACKAGE_REGISTRY=ON']);
  assert.notEqual(refused.status, 0);
  assert.match(refused.stderr, /tailor_core/);
  assert.match(refused.stderr, /0\.2/);
});

test('add_subdirectory of the source tree', () => {
  const build = path.join(repo, 'build', 'consumers', 'cmake-subdirectory');
  mustRun('cmake', ['-S', consumer, '-B', build, '-G', 'Ninja', '-DTAILOR_CONSUMER_MODE=subdirectory', `-DTAILOR_SOURCE_DIR=${repo}`]);
  mustRun('cmake', ['--build', build]);
  // Only what the consumer links is built: no tailorctl, no tests.
  assert.ok(!fs.existsSync(path.join(build, 'tailor-core', 'native', 'tailorctl')));
  checkConsumer(build);
});

test('an unknown consumer mode is a configure error', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tailor-mode-'));
  try {
    const r = run('cmake', ['-S', consumer, '-B', tmp, '-G', 'Ninja', '-DTAILOR_CONSUMER_MODE=bogus']);
    assert.notEqual(r.status, 0);
    assert.match(r.stderr, /TAILOR_CONSUMER_MODE must be package or subdirectory/);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});
