// The README's operation table lists exactly the operations the build offers.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const { load } = require('../../js-bindings');

test('README lists every operation with its summary', async () => {
  const core = await load();
  const readme = fs.readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8');
  const rows = [...readme.matchAll(/^\| `([a-z_]+\.[a-z_]+)` \| (.*) \|$/gm)].map((m) => ({ name: m[1], summary: m[2] }));
  assert.deepEqual(rows, core.operations.map(({ name, summary }) => ({ name, summary })));
});
