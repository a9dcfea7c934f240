// pricing.quote on the five-line order (tests/vectors/pricing.quote/five_line_order.json)
// through the wasm build's core.call, JSON text in and out — the counterpart of
// BM_QuoteApiCall in bench/pricing_bench.cpp. Usage: node bench/js/pricing.bench.js
'use strict';
const fs = require('fs');
const path = require('path');
const { load } = require('../../js-bindings');
const { measure } = require('./harness.js');

async function main() {
  const core = await load();
  const vector = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'tests', 'vectors', 'pricing.quote', 'five_line_order.json'), 'utf8'));
  const input = JSON.stringify(vector.input);
  const expected = JSON.stringify(vector.expect);
  if (core.call('pricing.quote', input) !== expected) throw new Error('the wasm build does not reproduce the vector');
  const r = measure(() => core.call('pricing.quote', input));
  console.log(JSON.stringify({ bench: 'pricing.quote five_line_order (wasm core.call)', medianNs: Math.round(r.medianNs), opsPerSec: Math.round(r.opsPerSec), rounds: r.rounds, iterations: r.iterations }));
}

main().catch((e) => { console.error(e); process.exit(1); });
