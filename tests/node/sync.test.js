// sync.merge and sync.queue properties on the wasm build, with fast-check
// (the same properties tests/native/sync_*_test.cpp checks natively).
// fast-check prints the seed and the shrunk counterexample of any failure;
// replay with FC_SEED=<seed>.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fc = require('fast-check');
const { load } = require('../../js-bindings');

const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : undefined;
const runs = (n) => ({ numRuns: n, ...(seed === undefined ? {} : { seed }) });

const time = fc.integer({ min: 0, max: 3 }).map((h) => `2026-03-01T1${h}:00:00Z`);
const writer = fc.constantFrom('a', 'b', 'A', 'ab');
const status = fc.constantFrom('pending', 'confirmed', 'cutting', 'stitching', 'cancelled', 'on_hold', 'ready');
const transaction = fc.record({
  transactionId: fc.constantFrom('t0', 't1', 't2', 't3'),
  kind: fc.constantFrom('charge', 'refund'),
  status: fc.constantFrom('pending', 'succeeded', 'failed'),
  amount: fc.integer({ min: 1, max: 5 }).map((n) => n * 100),
  at: time,
});
const historyEntry = fc.record({
  from: status, to: status, actor: fc.constantFrom('u1', 'u2'), role: fc.constant('admin'),
  trigger: fc.constant('admin'), at: time,
});
const order = fc.record({
  assignedEmployeeId: fc.option(fc.constantFrom('e1', 'e2', 'e3'), { nil: undefined }),
  measurements: fc.dictionary(fc.constantFrom('chest', 'waist', 'hips'), fc.integer({ min: 30, max: 40 })),
  current: status,
  history: fc.array(historyEntry, { maxLength: 3 }),
  transactions: fc.array(transaction, { maxLength: 3 }),
  specialInstructions: fc.option(fc.constantFrom('a', 'b', 'c'), { nil: undefined }),
}).map((o) => {
  const d = { orderId: 'o1', customerId: 'c1' };
  if (o.assignedEmployeeId !== undefined) d.assignedEmployeeId = o.assignedEmployeeId;
  d.measurements = o.measurements;
  d.status = { current: o.current, history: o.history };
  d.payment = { status: 'pending', transactions: o.transactions };
  if (o.specialInstructions !== undefined) d.specialInstructions = o.specialInstructions;
  return d;
});
// One side's edits: a replacement for some fields, appended entries, dropped entries, stamps.
const edits = fc.record({
  deleteDoc: fc.integer({ min: 0, max: 29 }).map((n) => n === 0),
  assign: fc.option(fc.constantFrom('e1', 'e2', 'e3', null), { nil: undefined }),
  chest: fc.option(fc.integer({ min: 30, max: 45 }), { nil: undefined }),
  current: fc.option(status, { nil: undefined }),
  addTx: fc.array(transaction, { maxLength: 2 }),
  dropFirstTx: fc.boolean(),
  addHistory: fc.array(historyEntry, { maxLength: 2 }),
  instructions: fc.option(fc.constantFrom('a', 'b', 'c', null), { nil: undefined }),
  stamps: fc.dictionary(fc.constantFrom('', '/assignedEmployeeId', '/measurements/chest', '/status/current', '/specialInstructions'),
    fc.record({ at: time, writer })),
});
function applyEdits(base, e) {
  if (e.deleteDoc) return { document: null };
  const d = JSON.parse(JSON.stringify(base));
  if (e.assign === null) delete d.assignedEmployeeId; else if (e.assign !== undefined) d.assignedEmployeeId = e.assign;
  if (e.chest !== undefined) d.measurements.chest = e.chest;
  if (e.current !== undefined) d.status.current = e.current;
  if (e.dropFirstTx) d.payment.transactions.shift();
  d.payment.transactions.push(...e.addTx);
  d.status.history.push(...e.addHistory);
  if (e.instructions === null) delete d.specialInstructions; else if (e.instructions !== undefined) d.specialInstructions = e.instructions;
  return { document: d, fieldTimes: e.stamps };
}
const mergeInput = fc.tuple(order, edits, edits).map(([base, l, r]) => ({
  collection: 'orders', base: { document: base }, local: applyEdits(base, l), remote: applyEdits(base, r),
}));

const ids = (doc) => {
  if (!doc) return [];
  return [
    ...doc.payment.transactions.map((t) => 'tx:' + t.transactionId),
    ...doc.status.history.map((h) => `h:${h.at}|${h.from}|${h.to}|${h.actor}`),
  ];
};
const mirror = (w) => (w === 'local' ? 'remote' : w === 'remote' ? 'local' : w);

test('sync.merge properties on the wasm build', async () => {
  const core = await load();
  const merge = (input) => core.call('sync.merge', JSON.stringify(input));
  fc.assert(fc.property(mergeInput, (input) => {
    const text = merge(input);
    assert.equal(merge(input), text, 'same input, same bytes');
    const env = JSON.parse(text);
    assert.equal(env.ok, true, text);
    const a = env.result;

    const b = JSON.parse(merge({ ...input, local: input.remote, remote: input.local })).result;
    assert.equal(JSON.stringify(b.document), JSON.stringify(a.document), 'swap keeps the document');
    assert.deepEqual(b.conflicts.map((c) => [c.path, c.kind, c.reason, c.remote, c.local, c.base]),
      a.conflicts.map((c) => [c.path, c.kind, c.reason, c.local, c.remote, c.base]));
    assert.deepEqual(b.decisions.map((d) => [d.path, d.rule, mirror(d.winner)]),
      a.decisions.map((d) => [d.path, d.rule, d.winner]));

    const docConflict = a.conflicts.some((c) => c.path === '');
    if (a.document && !docConflict) {
      const merged = new Set(ids(a.document));
      for (const v of [input.base, input.local, input.remote])
        for (const id of ids(v.document)) assert.ok(merged.has(id), 'entry lost: ' + id);
    }

    for (const v of [input.local, input.remote]) {
      const self = JSON.parse(merge({ collection: 'orders', base: v, local: v, remote: v })).result;
      assert.equal(JSON.stringify(self.document), JSON.stringify(v.document), 'self-merge changes nothing');
      assert.equal(self.conflicts.length + self.decisions.length, 0);
    }
  }), runs(500));
});

const mutation = fc.record({
  path: fc.constantFrom('orders/o1', 'orders/o1', 'orders/o2'),
  patch: fc.dictionary(fc.constantFrom('/a', '/b', '/c/d', '/list/-'), fc.integer({ min: 0, max: 3 }), { minKeys: 1 }),
  clientTime: time,
  idempotencyKey: fc.integer({ min: 0, max: 15 }).map((n) => 'k' + n),
  kind: fc.constantFrom('payment', 'status', 'write'),
});
const queueInput = fc.array(mutation, { maxLength: 30 }).chain((ms) =>
  fc.array(fc.nat({ max: Math.max(ms.length - 1, 0) }), { maxLength: ms.length ? 5 : 0 })
    .map((retries) => ({ mutations: [...ms, ...retries.map((i) => ms[i])] })));

test('sync.queue properties on the wasm build', async () => {
  const core = await load();
  const rank = { payment: 0, status: 1, write: 2 };
  fc.assert(fc.property(queueInput, (input) => {
    const text = core.call('sync.queue', JSON.stringify(input));
    assert.equal(core.call('sync.queue', JSON.stringify(input)), text);
    const env = JSON.parse(text);
    assert.equal(env.ok, true, text);
    const { queue, fates, counts } = env.result;
    // Every input has exactly one fate; the queue is a permutation of the queued fates.
    assert.deepEqual(fates.map((f) => f.index), input.mutations.map((_, i) => i));
    const queued = fates.filter((f) => f.fate === 'queued');
    assert.deepEqual(queue.map((q) => q.index).sort((x, y) => x - y), queued.map((f) => f.index));
    for (const f of queued) assert.equal(queue[f.position].index, f.index);
    assert.equal(counts.received, input.mutations.length);
    assert.equal(counts.queued + counts.duplicates + counts.coalesced + counts.keyConflicts, counts.received);
    // No key twice in the queue; a duplicate points at a kept copy with its key.
    assert.equal(new Set(queue.map((q) => q.idempotencyKey)).size, queue.length);
    for (const f of fates.filter((x) => x.fate === 'duplicate')) {
      assert.equal(input.mutations[f.duplicateOf].idempotencyKey, f.idempotencyKey);
      assert.notEqual(fates[f.duplicateOf].fate, 'duplicate');
    }
    // Order: class, then clientTime, then key.
    for (let i = 1; i < queue.length; i++) {
      const [p, q] = [queue[i - 1], queue[i]];
      const key = (m) => [rank[m.kind], m.clientTime, m.idempotencyKey];
      const [x, y] = [key(p), key(q)];
      assert.ok(x[0] < y[0] || (x[0] === y[0] && (x[1] < y[1] || (x[1] === y[1] && x[2] < y[2]))), `${x} before ${y}`);
      assert.deepEqual(q.checks, []);
    }
  }), runs(500));
});
