// Runs tests/browser/bench.html in headless Chromium and prints its results.
'use strict';
const path = require('path');
const { serve, launchChromium } = require('../../tests/browser/server.js');

(async () => {
  const server = await serve(path.join(__dirname, '..', '..'));
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}/tests/browser/bench.html`);
    await page.waitForFunction(() => window.benchResults !== undefined, null, { timeout: 600000 });
    const out = await page.evaluate(() => window.benchResults);
    if (out.error) throw new Error(out.error);
    process.stdout.write(JSON.stringify(out) + '\n');
  } finally {
    await browser.close();
    await server.close();
  }
})().catch((e) => { console.error(e); process.exit(1); });
