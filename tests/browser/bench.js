// Chromium half of the per-operation benchmark table (scripts/bench.sh):
// the same calibrated median loop as bench/js/harness.js, with performance.now().
import { load } from '/js-bindings/browser.mjs';
function timeBatch(fn, n) { const t = performance.now(); for (let i = 0; i < n; i++) fn(); return (performance.now() - t) * 1e6 / n; }
function measure(fn, rounds = 9, minMs = 200) {
  let n = 1;
  while (timeBatch(fn, n) * n < minMs * 1e6 / 4 && n < (1 << 24)) n *= 2;
  n *= 4;
  const s = [];
  for (let r = 0; r < rounds; r++) s.push(timeBatch(fn, n));
  s.sort((a, b) => a - b);
  return { medianNs: s[Math.floor(s.length / 2)], iterations: n, rounds };
}
try {
  const t0 = performance.now();
  const core = await load();
  const loadMs = performance.now() - t0;
  const inputs = await (await fetch('/build/bench/inputs.json')).json();
  const ops = {};
  for (const { op, input } of inputs) ops[op] = measure(() => core.call(op, input));
  window.benchResults = { userAgent: navigator.userAgent, loadMs, ops };
} catch (e) {
  window.benchResults = { error: String(e && e.stack || e) };
}
document.getElementById('status').textContent = 'done';
