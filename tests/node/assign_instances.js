// Shared by tests/node/assign.test.js and bench/js/assign.bench.js: a seeded
// PRNG and id formatting for random assignment batches.
'use strict';

/** mulberry32: a small deterministic PRNG; r(n) is a uniform integer in [0, n). */
function rng(seed) {
  let a = seed >>> 0;
  return (n) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (((t ^ (t >>> 14)) >>> 0) % n);
  };
}

/** "emp00042": ids that sort by number. */
const id = (prefix, i) => prefix + String(i).padStart(5, '0');

module.exports = { rng, id };
