// Seeded generator of valid and near-valid operation inputs, starting from the
// inputs of the shared vectors: each case mutates one to three nodes of a seed
// input (drop a field, add an unknown one, nudge a number, change a type, cut a
// string, duplicate an array entry) or, now and then, damages the raw text.
'use strict';

/** A small, fast, seedable PRNG (mulberry32): identical sequences everywhere. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const EDGE_VALUES = [null, true, false, 0, -1, 1, 2, 7, 100, 0.5, 19.99, 1.005, -0.01, 1e21, 9007199254740991,
  -9007199254740991, '', ' ', 'x', 'é€😀', '2026-03-01T09:30:00Z', '2026-02-29T00:00:00Z',
  { seconds: 1772357400, nanoseconds: 0 }, 'INR', 'JPY', 'KWD', 'pending', 'admin', 'customer',
  '+919876543210', 'a@b.co', [], {}, [1, 2], { a: 1 }];

function pick(r, list) { return list[Math.floor(r() * list.length)]; }

function mutateNode(r, value, depth) {
  const container = value !== null && typeof value === 'object';
  const size = container ? (Array.isArray(value) ? value.length : Object.keys(value).length) : 0;
  if (container && size > 0 && r() < 0.8 && depth < 40) {
    if (Array.isArray(value)) {
      const i = Math.floor(r() * value.length);
      const roll = r();
      if (roll < 0.1) value.splice(i, 1);
      else if (roll < 0.2) value.push(structuredClone(value[i]));
      else value[i] = mutateNode(r, value[i], depth + 1);
    } else {
      const keys = Object.keys(value);
      const k = pick(r, keys);
      const roll = r();
      if (roll < 0.1) delete value[k];
      else if (roll < 0.15) value[k + 'X'] = value[k];
      else value[k] = mutateNode(r, value[k], depth + 1);
    }
    return value;
  }
  const roll = r();
  if (typeof value === 'number' && roll < 0.5) return value + pick(r, [-1, 1, -0.5, 0.01, 1000, -value]);
  if (typeof value === 'string' && roll < 0.4 && value.length > 0) {
    const i = Math.floor(r() * value.length);
    return value.slice(0, i) + value.slice(i + 1);
  }
  return structuredClone(pick(r, EDGE_VALUES));
}

/** Returns a mutated input text for `seedInput` (a parsed JSON value). */
function mutate(r, seedInput) {
  if (r() < 0.05) {
    // Raw-text damage: truncate or splice a character (exercises the parser).
    const text = JSON.stringify(seedInput);
    const i = Math.floor(r() * (text.length + 1));
    return r() < 0.5 ? text.slice(0, i) : text.slice(0, i) + pick(r, ['"', '{', ']', ',', '\\', '0']) + text.slice(i);
  }
  let value = structuredClone(seedInput);
  const rounds = 1 + Math.floor(r() * 3);
  for (let i = 0; i < rounds; i++) value = mutateNode(r, value, 0);
  return JSON.stringify(value);
}

module.exports = { rng, mutate };
