// Builds the largest accepted input of every operation, for measuring the
// worst-case time at the documented limits (docs/limits.md) and the scaling of
// batch operations (docs/benchmarks.md).
//
// How: start from the operation's richest valid vector and grow each of its
// arrays, one array pattern at a time (deepest first, e.g. the addOns of every serviceItem
// before /order/serviceItems), by cloning its elements. Copies get their own
// ids: a string under an id-like key (`id`, `…Id`, `…Key`, `uid`) or in an
// `…Ids` array has `~k` appended in the k-th copy. Three ways are tried at
// each size: suffix every such string (references between arrays grown alike
// stay consistent: item k points at service k); keep those that also occur
// outside the element, as references (an order's customerId) that every copy
// must keep pointing at; keep only those that are elsewhere some element's
// own id (an item's serviceId is a service's serviceId), suffixing the rest
// (an itemId that a discount names).
// A size is accepted when the envelope keeps the starting vector's outcome:
// same `ok`, same error code and no issue code that the start did not have
// (so `too_many`, `limit_exceeded`, duplicate or inconsistency findings stop the
// growth). Each array grows by doubling, then bisection, until the operation
// stops accepting it, the input would pass 8 MiB, or MAX_ELEMENTS.
//
// Scaling: for each batch operation, its batch array alone (SCALING_AXES) is
// grown the same way to its largest accepted length n, and the input is also
// cut to n/8, n/4 and n/2, so the report can fit the time's growth (n^k).
//
// usage: node bench/js/limits.js OUT_DIR
//   writes OUT_DIR/limits-inputs.json: [{op, label, kind: "limit"|"scale", vector,
//   input, grown:[{path, from, to}], n?}] (the shape of bench/js/select.js plus a
//   label; ops_bench and limits.bench.js read it), and prints one line per case.
'use strict';
const fs = require('fs');
const path = require('path');
const { vectorFiles } = require('../../tests/node/vectors.js');
const { WITHOUT_OK_VECTOR } = require('./select.js');

const MAX_INPUT_BYTES = 8 * 1024 * 1024 - 1024;  // the edge limit, with room for the scaled copies
const MAX_ELEMENTS = 100000;
const ID_KEY = /^(id|uid|key)$|Id$|Key$/;
const ID_LIST_KEY = /Ids$/;

/** The array each batch operation is linear (or worse) in, and the limit docs/limits.md gives it. */
const SCALING_AXES = {
  'analytics.summarize': ['/orders', 5000],
  'archive.plan': ['/orders', 5000],
  'assign.plan': ['/orders', 5000],
  'assign.rank': ['/employees', 1000],
  'maintenance.daily': ['/orders', 1000],
  'notify.plan': ['/people', 100],
  'order.transition': ['/order/serviceItems', 200],
  'payment.summarize': ['/transactions', 1000],
  'pricing.quote': ['/order/serviceItems', 200],
  'rules.check': ['/order/serviceItems', 200],
  'schedule.estimate': ['/items', 200],
  'stats.recompute': ['/orders', 5000],
  'sync.queue': ['/mutations', 500],
  'time.zone_offsets': ['/instants', 20000],
  'validate.order': ['/serviceItems', 100],
};

// ---- Growing one array pattern ------------------------------------------------

/** How often each string (values and member names) occurs in `value`. */
function stringCounts(value, into = new Map()) {
  const add = (s) => into.set(s, (into.get(s) || 0) + 1);
  if (typeof value === 'string') add(value);
  else if (Array.isArray(value)) value.forEach((v) => stringCounts(v, into));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) { add(k); stringCounts(v, into); }
  }
  return into;
}

/**
 * How often each string occurs as an element's own id: the `id`/`uid` of an object in an
 * array, or its `<singular of the array's name>Id` (`serviceId` in `services`).
 */
function ownIdCounts(value, arrayName = '', into = new Map()) {
  if (Array.isArray(value)) {
    const singular = arrayName.replace(/ies$/, 'y').replace(/s$/, '');
    for (const e of value) {
      if (e && typeof e === 'object' && !Array.isArray(e)) {
        for (const [k, v] of Object.entries(e)) {
          if (typeof v === 'string' && (k === 'id' || k === 'uid' || k === `${singular}Id`)) into.set(v, (into.get(v) || 0) + 1);
        }
      }
      ownIdCounts(e, arrayName, into);
    }
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) ownIdCounts(v, k, into);
  }
  return into;
}

/** The k-th copy of `element`: its own ids get `~k`; references (strings that `whole` also holds elsewhere) stay. */
function uniquify(element, copy, key, whole, inside) {
  if (copy === 0) return element;
  const isReference = (s) => whole !== null && (whole.get(s) || 0) > (inside.get(s) || 0);
  return (function copyOf(v, k) {
    if (typeof v === 'string') {
      return (ID_KEY.test(k) || ID_LIST_KEY.test(k)) && !isReference(v) ? `${v}~${copy}` : v;
    }
    if (Array.isArray(v)) return v.map((e) => copyOf(e, k));
    if (v && typeof v === 'object') {
      const out = {};
      for (const [name, e] of Object.entries(v)) out[name] = copyOf(e, name);
      return out;
    }
    return v;
  })(element, key);
}

/** Every non-empty array in `value`, as a JSON Pointer whose "*" segments stand for every index, deepest first. */
function arrayPatterns(value) {
  const found = new Map();
  (function walk(v, pattern, depth) {
    if (Array.isArray(v)) {
      if (v.length > 0 && !found.has(pattern)) found.set(pattern, depth);
      v.forEach((e) => walk(e, `${pattern}/*`, depth + 1));
    } else if (v && typeof v === 'object') {
      for (const [k, e] of Object.entries(v)) walk(e, `${pattern}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`, depth + 1);
    }
  })(value, '', 0);
  return [...found.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([p]) => p);
}

const GROW_MODES = ['suffix every id', 'keep references', 'keep references to an id'];

/**
 * A copy of `value` where every array matching `pattern` has `n` elements (cycling, uniquified
 * the GROW_MODES[mode] way).
 */
function grow(value, pattern, n, mode = 0) {
  const parts = pattern.split('/').slice(1);
  const keepReferences = mode > 0;
  const whole = mode === 1 ? stringCounts(value) : mode === 2 ? ownIdCounts(value) : null;
  return (function at(v, i, key) {
    if (i === parts.length) {
      if (!Array.isArray(v) || v.length === 0) return v;
      const base = v;
      const out = [];
      // Within the element, mode 2 discounts nothing: a reference is a string some element has as its own id.
      const insides = keepReferences && n > base.length ? base.map((e) => (mode === 1 ? stringCounts(e) : ownIdCounts(e))) : [];
      for (let j = 0; j < n; j++) {
        const b = j % base.length;
        out.push(j < base.length ? base[b] : uniquify(base[b], Math.floor(j / base.length), key, whole, insides[b]));
      }
      return out;
    }
    const part = parts[i];
    if (part === '*') return Array.isArray(v) ? v.map((e) => at(e, i + 1, key)) : v;
    if (!v || typeof v !== 'object' || Array.isArray(v)) return v;
    const name = part.replace(/~1/g, '/').replace(/~0/g, '~');
    if (!(name in v)) return v;
    return { ...v, [name]: at(v[name], i + 1, name) };
  })(value, 0, '');
}

function lengthsAt(value, pattern) {
  const parts = pattern.split('/').slice(1);
  const lengths = [];
  (function at(v, i) {
    if (i === parts.length) { if (Array.isArray(v)) lengths.push(v.length); return; }
    if (parts[i] === '*') { if (Array.isArray(v)) v.forEach((e) => at(e, i + 1)); return; }
    const name = parts[i].replace(/~1/g, '/').replace(/~0/g, '~');
    if (v && typeof v === 'object' && name in v) at(v[name], i + 1);
  })(value, 0);
  return lengths;
}

// ---- What "still accepted" means ---------------------------------------------

function codesIn(value, into = new Set()) {
  if (Array.isArray(value)) value.forEach((v) => codesIn(v, into));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'code' && typeof v === 'string') into.add(v);
      else codesIn(v, into);
    }
  }
  return into;
}

function outcome(core, op, input) {
  const env = JSON.parse(core.call(op, JSON.stringify(input)));
  return { ok: env.ok, error: env.ok ? null : env.error.code, codes: codesIn(env) };
}

/** Findings that more volume legitimately brings (not a limit, not a broken input). */
const VOLUME_FINDINGS = {
  'rules.check': new Set(['daily_capacity_reached']),
};

function accepts(op, start, now) {
  if (now.ok !== start.ok || now.error !== start.error) return false;
  const allowed = VOLUME_FINDINGS[op] || new Set();
  for (const c of now.codes) if (!start.codes.has(c) && !allowed.has(c)) return false;
  return true;
}

// ---- The search ----------------------------------------------------------------

function largestAccepted(core, op, input, patterns = arrayPatterns(input)) {
  const start = outcome(core, op, input);
  let current = input;
  const grown = [];
  for (const pattern of patterns) {
    const from = Math.max(...lengthsAt(current, pattern));
    const ok = (n) => {
      for (let mode = 0; mode < GROW_MODES.length; mode++) {
        const candidate = grow(current, pattern, n, mode);
        if (JSON.stringify(candidate).length > MAX_INPUT_BYTES) return null;
        if (accepts(op, start, outcome(core, op, candidate))) return candidate;
      }
      return null;
    };
    let good = from, bad = null, goodInput = current;
    for (let n = Math.max(2, from * 2); n <= MAX_ELEMENTS; n *= 2) {
      const c = ok(n);
      if (!c) { bad = n; break; }
      good = n; goodInput = c;
    }
    if (bad === null && good < MAX_ELEMENTS) {
      const c = ok(MAX_ELEMENTS);
      if (c) { good = MAX_ELEMENTS; goodInput = c; } else bad = MAX_ELEMENTS;
    }
    while (bad !== null && bad - good > Math.max(1, Math.floor(good / 64))) {
      const mid = Math.floor((good + bad) / 2);
      const c = ok(mid);
      if (c) { good = mid; goodInput = c; } else bad = mid;
    }
    if (good > from) { grown.push({ path: pattern, from, to: good }); current = goodInput; }
  }
  return { input: current, grown };
}

/** The richest accepted starting point of each operation: its largest vector whose outcome is ok with no issues. */
function startingVectors() {
  const byOp = new Map();
  for (const file of vectorFiles()) {
    const v = JSON.parse(fs.readFileSync(file, 'utf8'));
    if (!('input' in v) || !v.expect || v.expect.ok !== true) continue;
    const issues = v.expect.result && v.expect.result.issues;
    if (Array.isArray(issues) && issues.length > 0) continue;
    const size = JSON.stringify(v.input).length;
    const current = byOp.get(v.op);
    if (!current || size > current.size) byOp.set(v.op, { op: v.op, input: v.input, size, vector: path.basename(file) });
  }
  for (const [op, input] of Object.entries(WITHOUT_OK_VECTOR)) {
    if (!byOp.has(op)) byOp.set(op, { op, input, size: JSON.stringify(input).length, vector: `(no ok vector) ${JSON.stringify(input)}` });
  }
  return [...byOp.values()].sort((a, b) => (a.op < b.op ? -1 : 1));
}

async function main() {
  const outDir = process.argv[2];
  if (!outDir) { console.error('usage: node bench/js/limits.js OUT_DIR'); process.exit(2); }
  const { load } = require('../../js-bindings');
  const core = await load();
  const cases = [];
  for (const start of startingVectors()) {
    const t = Date.now();
    const { input, grown } = largestAccepted(core, start.op, start.input);
    const text = JSON.stringify(input);
    cases.push({ op: start.op, label: start.op, kind: 'limit', vector: start.vector, input: text, grown });
    console.error(`${start.op}: ${text.length} B from ${start.vector}; ` +
      (grown.map((g) => `${g.path} ${g.from}→${g.to}`).join(', ') || 'nothing to grow') + ` (${Date.now() - t} ms)`);
    if (!SCALING_AXES[start.op]) continue;
    const [axis, limit] = SCALING_AXES[start.op];
    const scaled = largestAccepted(core, start.op, start.input, [axis]);
    const n = scaled.grown.length ? scaled.grown[0].to : Math.max(...lengthsAt(start.input, axis));
    for (const fraction of [8, 4, 2, 1]) {
      const size = Math.max(1, Math.round(n / fraction));
      const sized = grow(scaled.input, axis, size);
      cases.push({ op: start.op, label: `${start.op} ${axis}=${size}`, kind: 'scale', axis, n: size, limit,
                   vector: start.vector, input: JSON.stringify(sized), grown: [{ path: axis, from: n, to: size }] });
    }
    console.error(`${start.op}: scaling ${axis} up to ${n} (documented limit ${limit})`);
  }
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, 'limits-inputs.json'), JSON.stringify(cases) + '\n');
}

if (require.main === module) main().catch((e) => { console.error(e); process.exit(1); });
module.exports = { arrayPatterns, grow, largestAccepted };
