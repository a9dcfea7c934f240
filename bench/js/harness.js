// Minimal benchmark harness for the wasm build in Node: runs `fn` in batches
// until `minMs` has passed, `rounds` times, and reports the median time per
// call. Used by bench/js/*.bench.js; results go to docs/benchmarks.md.
'use strict';

function timeBatch(fn, iterations) {
  const start = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) fn();
  return Number(process.hrtime.bigint() - start) / iterations; // ns per call
}

/**
 * @param {() => unknown} fn
 * @param {{rounds?: number, minMs?: number}} [options]
 * @returns {{medianNs: number, opsPerSec: number, rounds: number, iterations: number}}
 */
function measure(fn, { rounds = 9, minMs = 200 } = {}) {
  // Calibrate a batch size that takes roughly minMs.
  let iterations = 1;
  for (;;) {
    const ns = timeBatch(fn, iterations) * iterations;
    if (ns >= minMs * 1e6 / 4 || iterations >= 1 << 24) break;
    iterations *= 2;
  }
  iterations = Math.max(1, iterations * 4);
  const samples = [];
  for (let r = 0; r < rounds; r++) samples.push(timeBatch(fn, iterations));
  samples.sort((a, b) => a - b);
  const medianNs = samples[Math.floor(samples.length / 2)];
  return { medianNs, opsPerSec: 1e9 / medianNs, rounds, iterations };
}

module.exports = { measure };
