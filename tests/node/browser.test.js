// Every shared vector in headless Chromium (Debian's, via playwright-core) on
// the browser build: the same bytes as native and Node.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const { vectorFiles, root: vectorsRoot } = require('./vectors.js');
const { serve, launchChromium } = require('../browser/server.js');

const repo = path.join(__dirname, '..', '..');

test('every vector gives the expected envelope in Chromium', async () => {
  const list = vectorFiles().map((f) => path.relative(vectorsRoot, f).split(path.sep).join('/'));
  fs.mkdirSync(path.join(repo, 'build'), { recursive: true });
  fs.writeFileSync(path.join(repo, 'build', 'browser-vectors.json'), JSON.stringify(list));
  const server = await serve(repo);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const pageErrors = [];
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    await page.goto(`${server.url}/tests/browser/vectors.html`);
    await page.waitForFunction(() => window.vectorResults !== undefined, null, { timeout: 120000 });
    const out = await page.evaluate(() => window.vectorResults);
    assert.equal(out.error, undefined, out.error);
    assert.deepEqual(pageErrors, []);
    assert.equal(out.results.length, list.length);
    const differing = out.results.filter((r) => r.got !== r.expect);
    assert.deepEqual(differing.slice(0, 5), [], `${differing.length} vectors differ in Chromium`);
  } finally {
    await browser.close();
    await server.close();
  }
});
