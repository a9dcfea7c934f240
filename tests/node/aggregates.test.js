// The stats.delta replay property on the wasm build: for any event sequence,
// applying the increments stats.delta returns equals what stats.recompute
// derives from the final order documents alone. fast-check drives random
// sequences (≥ 500 runs); the seed is printed (rerun with TAILOR_SEED=<n>).
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fc = require('fast-check');
const { load } = require('../../js-bindings');

const EVENTS = ['order_created', 'order_confirmed', 'order_assigned', 'order_reassigned',
  'order_delivered', 'order_cancelled', 'payment_received', 'refund_issued'];
const CAPACITY = 5;

function decimal(minor) {
  return `${Math.floor(minor / 100)}.${String(minor % 100).padStart(2, '0')}`;
}

function newOrder(id, customer, services) {
  return {
    orderId: id, customerId: `c${customer}`,
    serviceItems: services.map((s, i) => ({ itemId: `${id}-${i}`, serviceId: `s${s}`, garment: 'shirt', quantity: 1, stage: 'pending' })),
    customItems: [],
    status: { current: 'pending', history: [], lastUpdated: '2026-03-01T09:00:00Z' },
    pricing: { currency: 'INR', subtotal: 5000, discounts: [], taxes: [], totalAmount: 5000, advanceRequired: 0, remainingAmount: 5000 },
    payment: { status: 'pending', transactions: [] },
    createdAt: '2026-03-01T09:00:00Z',
  };
}

function netPaid(doc) {
  let net = 0;
  for (const t of doc.payment.transactions) net += t.kind === 'charge' ? t.minor : -t.minor;
  return net;
}

// An independent statement of which events a state allows (docs/aggregates.md).
function expectedValid(doc, type, minor) {
  const open = !['delivered', 'cancelled'].includes(doc.status.current);
  const confirmed = doc.status.history.some((h) => h.to === 'confirmed');
  switch (type) {
    case 'order_confirmed': return open && !confirmed;
    case 'order_assigned': return open && !doc.assignedEmployeeId;
    case 'order_reassigned': return open && !!doc.assignedEmployeeId;
    case 'order_delivered': return open && confirmed;
    case 'order_cancelled': return open;
    case 'payment_received': return true;
    case 'refund_issued': return minor <= netPaid(doc);
    default: return false;
  }
}

const key = (c) => `${c.collection}/${c.docId}/${c.field}`;

test('stats.delta replay equals stats.recompute on the wasm build (fast-check)', async () => {
  const core = await load();
  const call = (op, input) => JSON.parse(core.call(op, JSON.stringify(input)));
  const seed = process.env.TAILOR_SEED ? Number(process.env.TAILOR_SEED) : 20261125;
  console.log(`aggregates.test.js: TAILOR_SEED=${seed}`);
  const command = fc.record({
    order: fc.nat(3), type: fc.integer({ min: 1, max: 7 }), employee: fc.nat(2),
    minor: fc.integer({ min: 1, max: 300000 }), customer: fc.nat(1),
    services: fc.uniqueArray(fc.nat(3), { minLength: 1, maxLength: 3 }),
  });
  let accepted = 0;
  fc.assert(fc.property(fc.array(command, { maxLength: 40 }), (commands) => {
    const docs = new Map();
    const applied = new Map();
    const t = { seconds: 1772355600 };
    for (const cmd of commands) {
      const id = `o${cmd.order}`;
      let doc = docs.get(id);
      const input = { event: {}, order: null };
      let type;
      if (!doc) {
        type = 'order_created';
        doc = newOrder(id, cmd.customer, cmd.services);
      } else {
        type = EVENTS[cmd.type];
      }
      input.event.type = type;
      input.order = doc;
      const employee = `e${cmd.employee}`;
      if (type === 'order_assigned' || type === 'order_reassigned') input.event.employeeId = employee;
      if (type === 'payment_received' || type === 'refund_issued') input.event.amount = decimal(cmd.minor);
      if (type === 'order_created' || type === 'order_cancelled') input.customer = { customerId: doc.customerId, userId: `u${doc.customerId.slice(1)}` };
      const valid = type === 'order_created' || expectedValid(doc, type, cmd.minor);
      // Employees whose open-order count moves need their workload document.
      const moved = [];
      if (valid) {
        if (type === 'order_assigned') moved.push(employee);
        if (type === 'order_reassigned' && doc.assignedEmployeeId !== employee) moved.push(doc.assignedEmployeeId, employee);
        if ((type === 'order_delivered' || type === 'order_cancelled') && doc.assignedEmployeeId) moved.push(doc.assignedEmployeeId);
      }
      if (moved.length) {
        input.employees = moved.map((e) => ({ employeeId: e, workload: { currentOrders: applied.get(`employees/${e}/workload.currentOrders`) || 0, capacity: CAPACITY } }));
      }
      const out = call('stats.delta', input);
      assert.equal(out.ok, valid, JSON.stringify({ input, out }));
      if (!out.ok) {
        assert.ok(['invalid_event_for_state', 'refund_exceeds_paid'].includes(out.error.details[0].code));
        continue;
      }
      accepted++;
      for (const inc of out.result.increments) {
        const k = key(inc);
        const v = (applied.get(k) || 0) + inc.increment;
        if (v === 0) applied.delete(k); else applied.set(k, v);
        if (inc.currency) assert.equal(inc.decimal, inc.increment < 0 ? `-${decimal(-inc.increment)}` : decimal(inc.increment));
      }
      for (const w of out.result.workloads) {
        assert.equal(w.currentOrdersAfter, applied.get(`employees/${w.employeeId}/workload.currentOrders`) || 0);
        assert.equal(w.utilizationBps, Math.floor((20000 * w.currentOrdersAfter + CAPACITY) / (2 * CAPACITY)));
      }
      // The order document as the writer stores it after the event.
      t.seconds += 60;
      const at = new Date(t.seconds * 1000).toISOString().replace('.000Z', 'Z');
      doc = JSON.parse(JSON.stringify(doc));
      const move = (to) => {
        doc.status.history.push({ from: doc.status.current, to, actor: 'a1', role: 'admin', trigger: 'admin', at });
        doc.status.current = to;
      };
      if (type === 'order_confirmed') move('confirmed');
      if (type === 'order_delivered') move('delivered');
      if (type === 'order_cancelled') move('cancelled');
      if (type === 'order_assigned' || type === 'order_reassigned') doc.assignedEmployeeId = employee;
      if (type === 'payment_received' || type === 'refund_issued') {
        const kind = type === 'payment_received' ? 'charge' : 'refund';
        doc.payment.transactions.push({ transactionId: `t${t.seconds}`, kind, status: 'succeeded', amount: decimal(cmd.minor), idempotencyKey: `k${t.seconds}`, at, minor: cmd.minor });
      }
      docs.set(id, doc);
    }
    const customers = [0, 1].map((c) => ({ customerId: `c${c}`, userId: `u${c}` }));
    const recomputed = call('stats.recompute', { orders: [...docs.values()], customers });
    assert.ok(recomputed.ok, JSON.stringify(recomputed));
    const expected = new Map(recomputed.result.counters.map((c) => [key(c), c.value]));
    assert.deepEqual(new Map([...applied].sort()), new Map([...expected].sort()));
  }), { seed, numRuns: 500 });
  assert.ok(accepted > 1000, `only ${accepted} events were accepted`);
});
