// Runs every shared vector through the browser build (ESM + wasm) and
// publishes the results for tests/node/browser.test.js to compare.
import { load } from '/js-bindings/browser.mjs';
const status = document.getElementById('status');
try {
  const core = await load();
  const files = await (await fetch('/build/browser-vectors.json')).json();
  const results = [];
  for (const f of files) {
    const v = await (await fetch('/tests/vectors/' + f)).json();
    let input;
    if ('input' in v) input = JSON.stringify(v.input);
    else if ('inputText' in v) input = v.inputText;
    else input = new Uint8Array(v.inputHex.match(/../g).map((h) => parseInt(h, 16)));
    results.push({ file: f, got: core.call(v.op, input), expect: JSON.stringify(v.expect) });
  }
  window.vectorResults = { version: core.version, results };
  status.textContent = `${results.length} vectors run, ${results.filter((r) => r.got !== r.expect).length} differ`;
} catch (e) {
  window.vectorResults = { error: String(e && e.stack || e) };
  status.textContent = 'failed: ' + e;
}
