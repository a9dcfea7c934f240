// The Cloud Functions example (examples/cloud-functions) run as real v2 triggers through
// firebase-functions-test (offline mode) against the in-memory Firestore port, with a fixed clock.
// Expected values are worked out by hand in the comments (docs/pricing.md, docs/aggregates.md,
// docs/lifecycle.md), not copied from the output.
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.join(__dirname, '..', '..');
const FN = path.join(ROOT, 'examples', 'cloud-functions');
const fromFunctions = (id) => require(require.resolve(id, { paths: [FN] }));

const fft = fromFunctions('firebase-functions-test')(); // offline mode: no project, no network
const { createFunctions } = require(path.join(FN, 'src', 'functions.js'));
const { MemoryFirestore } = require(path.join(FN, 'src', 'firestore-memory.js'));
const { signatureHeader, verifySignature, paymentIdFor } = require(path.join(FN, 'src', 'webhook.js'));
const core = fromFunctions('tailor-core').load();

const sample = (file) => JSON.parse(fs.readFileSync(path.join(ROOT, 'examples', 'samples', file), 'utf8'));
const SECRET = 'whsec_test_silai_studio';

// The shop: 5 % GST on tailoring (CGST 2.5 % + SGST 2.5 %), everything else default.
const CONFIG = {
  version: 1, currency: 'INR', timezone: 'Asia/Kolkata',
  pricing: { taxes: [{ name: 'GST', rateBps: 500, inclusive: false,
    split: { components: [{ name: 'CGST', rateBps: 250 }, { name: 'SGST', rateBps: 250 }], remainderTo: 'CGST' } }] },
};

function world() {
  const blouse = sample('services/svc_blouse_stitching.json');
  const kurti = { ...blouse, serviceId: 'svc_kurti_stitching', name: 'Kurti stitching',
    pricing: { currency: 'INR', basePrice: 800, minPrice: 500, maxPrice: 3000 },
    capacity: { dailyLimit: 10, queueLimit: 30, currentQueue: 5 },
    requirements: { skills: ['kurti', 'cutting'], experience: 1 },
    scheduling: { estimatedDuration: 180, bufferTime: 30, leadTime: 4 } };
  const ramesh = sample('employees/emp_ramesh_kumar.json');
  // Anita knows kurtis but not blouses: excluded for a missing skill.
  const anita = { ...ramesh, employeeId: 'emp_anita_desai', userId: 'uid_anita_desai',
    personalInfo: { name: 'Anita Desai' }, professional: { specializations: ['kurti', 'cutting'], experience: 4, skillLevel: 'senior', certifications: [] },
    workload: { currentOrders: 1, capacity: 8, utilization: 0.125 } };
  // Farhan has every skill but is inactive: never ranked.
  const farhan = { ...ramesh, employeeId: 'emp_farhan_ali', userId: 'uid_farhan_ali', status: 'inactive',
    workload: { currentOrders: 0, capacity: 8, utilization: 0 } };
  const customer = sample('customers/priya_sharma.json');
  customer.measurements.customMeasurements.bust = 36; // the blouse needs it (rules.check)
  const docs = {
    'config/shop': CONFIG,
    'services/svc_blouse_stitching': blouse,
    'services/svc_kurti_stitching': kurti,
    'employees/emp_ramesh_kumar': ramesh,
    'employees/emp_anita_desai': anita,
    'employees/emp_farhan_ali': farhan,
    'customers/cus_priya_sharma': customer,
    'users/cus_priya_sharma': sample('users/priya_sharma.json'),
    'users/emp_ramesh_kumar': { userId: 'emp_ramesh_kumar', email: 'ramesh@silaistudio.in', role: 'employee', preferences: { notifications: true, language: 'en', timezone: 'Asia/Kolkata' } },
    'users/uid_meera_admin': { userId: 'uid_meera_admin', email: 'meera@silaistudio.in', role: 'admin', preferences: { notifications: true, language: 'en', timezone: 'Asia/Kolkata' } },
  };
  return new MemoryFirestore(docs);
}

// A new order as the app creates it: pending, unassigned, provisional pricing without tax.
function newOrder() {
  const order = sample('orders/ord_2026_0001.json');
  delete order.assignedEmployeeId;
  order.serviceItems = [
    { itemId: 'item-1', serviceId: 'svc_blouse_stitching', garment: 'blouse', quantity: 2, tier: 'premium',
      addOns: [{ name: 'Cotton lining', price: 150 }], stage: 'pending' },
    { itemId: 'item-2', serviceId: 'svc_kurti_stitching', garment: 'kurti', quantity: 1, stage: 'pending' },
  ];
  order.customItems = [{ ...order.customItems[0], stage: 'pending' }];
  order.pricing = { currency: 'INR', subtotal: 4250, discounts: [], taxes: [], totalAmount: 4250, advanceRequired: 0, remainingAmount: 4250 };
  order.timeline = { orderDate: '2026-03-01T10:00:00+05:30', deliveryDate: '2026-03-10T18:00:00+05:30', urgent: false };
  order.status = { current: 'pending', history: [], lastUpdated: '2026-03-01T10:00:00+05:30' };
  order.payment = { status: 'pending', transactions: [] };
  order.workAssignments = {};
  order.createdAt = '2026-03-01T10:00:00+05:30';
  order.updatedAt = '2026-03-01T10:00:00+05:30';
  return order;
}

const NOW = new Date('2026-03-01T05:00:00Z'); // 10:30 IST, just after the order was placed

function setup(store = world(), now = NOW) {
  const fns = createFunctions({ store, now: () => now, webhookSecret: () => SECRET });
  return { store, fns, wrap: (name) => fft.wrap(fns[name]) };
}

async function createOrder(ctx, order = newOrder()) {
  ctx.store.docs.set(`orders/${order.orderId}`, JSON.parse(JSON.stringify(order)));
  const snap = fft.firestore.makeDocumentSnapshot(order, `orders/${order.orderId}`);
  return ctx.wrap('processOrder')({ data: snap, params: { orderId: order.orderId } });
}

test('processOrder prices, checks, assigns, counts and notifies a new order', async () => {
  const ctx = setup();
  await createOrder(ctx);
  const order = await ctx.store.getDoc('orders/ord_2026_0001');
  // Lines: blouse premium 1400 + lining 150 = 1550 × 2 = 3100.00; kurti base 800.00; tassels 350.00
  // → subtotal 4250.00. Silver loyalty 2 % of 4250.00 = 85.00, allocated 62.00/16.00/7.00
  // → amounts 3038.00, 784.00, 343.00; GST 5 % = 151.90 + 39.20 + 17.15 = 208.25.
  // Total 4250 − 85 + 208.25 = 4373.25; advance: standard 50 % (silver's 75 % is only a cap with
  // combine "lower") = 2186.625 → away from zero 2186.63; nothing paid → remaining 4373.25.
  assert.deepEqual(order.pricing, {
    currency: 'INR', subtotal: 4250,
    discounts: [{ kind: 'loyalty', type: 'fixed', amount: 85, scope: 'order' }],
    taxes: [{ name: 'GST', rateBps: 500, inclusive: false, amount: 208.25 }],
    totalAmount: 4373.25, advanceRequired: 2186.63, remainingAmount: 4373.25,
  });
  // Only Ramesh qualifies: Anita lacks the blouse skill, Farhan is inactive.
  assert.equal(order.assignedEmployeeId, 'emp_ramesh_kumar');
  assert.equal(order.updatedAt, '2026-03-01T05:00:00Z');
  assert.deepEqual((await core).validate.order(order).issues, []); // the stored totals reconcile

  // Counters: the customer's user +1 order; Ramesh 6 → 7 open orders of 8 = 8750 bps.
  assert.equal((await ctx.store.getDoc('users/cus_priya_sharma')).stats.totalOrders, 5);
  const ramesh = await ctx.store.getDoc('employees/emp_ramesh_kumar');
  assert.equal(ramesh.workload.currentOrders, 7);
  assert.equal(ramesh.workload.utilizationBps, 8750);
  assert.equal((await ctx.store.getDoc('employees/emp_anita_desai')).workload.currentOrders, 1);

  // Notifications: order_created → admins (medium: in_app + email); order_assigned → the
  // assignee's user (high: in_app + email). The customer hears nothing until confirmation.
  const notes = await ctx.store.query('notifications');
  const t = Math.floor(NOW.getTime() / 1000);
  assert.deepEqual(notes.map((n) => n.id), [
    `ntf_ord_2026_0001_order_assigned_emp_ramesh_kumar_${t}`,
    `ntf_ord_2026_0001_order_created_uid_meera_admin_${t}`,
  ]);
  const created = notes[1].data;
  assert.equal(created.recipientId, 'uid_meera_admin');
  assert.equal(created.priority, 'medium');
  assert.deepEqual(created.channels, ['in_app', 'email']);
  assert.deepEqual(created.status, { sent: false, delivered: false, read: false });
  assert.equal(notes[0].data.priority, 'high');

  const run = await ctx.store.getDoc('functionRuns/processOrder_ord_2026_0001');
  assert.equal(run.status, 'processed');
  assert.equal(run.total, '4373.25');
  assert.deepEqual(run.ranking.map((r) => r.employeeId), ['emp_ramesh_kumar']);
});

test('processOrder is idempotent: a redelivered event writes nothing', async () => {
  const ctx = setup();
  await createOrder(ctx);
  const writes = ctx.store.writes.length;
  const again = await createOrder(ctx);
  assert.deepEqual(again, { status: 'skipped', reason: 'already_processed' });
  assert.equal(ctx.store.writes.length, writes + 0);
  assert.equal((await ctx.store.getDoc('employees/emp_ramesh_kumar')).workload.currentOrders, 7);
});

test('processOrder keeps an employee chosen at the counter and counts the assignment', async () => {
  const ctx = setup();
  const order = newOrder();
  order.assignedEmployeeId = 'emp_anita_desai'; // the owner's choice, although Anita would not be ranked
  await createOrder(ctx, order);
  assert.equal((await ctx.store.getDoc('orders/ord_2026_0001')).assignedEmployeeId, 'emp_anita_desai');
  const run = await ctx.store.getDoc('functionRuns/processOrder_ord_2026_0001');
  assert.equal(run.ranking, null); // not re-ranked
  // Anita 1 → 2 open orders of 8 = 2500 bps; Ramesh untouched; the user's orders 4 → 5.
  const anita = await ctx.store.getDoc('employees/emp_anita_desai');
  assert.deepEqual([anita.workload.currentOrders, anita.workload.utilizationBps], [2, 2500]);
  assert.equal((await ctx.store.getDoc('employees/emp_ramesh_kumar')).workload.currentOrders, 6);
  assert.equal((await ctx.store.getDoc('users/cus_priya_sharma')).stats.totalOrders, 5);
});

test('processOrder records an invalid order without touching anything', async () => {
  const ctx = setup();
  const order = newOrder();
  order.serviceItems[0].quantity = 0;
  await createOrder(ctx, order);
  const run = await ctx.store.getDoc('functionRuns/processOrder_ord_2026_0001');
  assert.equal(run.status, 'invalid');
  assert.ok(run.issues.some((i) => i.path === '/serviceItems/0/quantity'));
  assert.deepEqual((await ctx.store.getDoc('orders/ord_2026_0001')).pricing, order.pricing);
  assert.equal((await ctx.store.getDoc('users/cus_priya_sharma')).stats.totalOrders, 4);
  assert.deepEqual(await ctx.store.query('notifications'), []);
});

test('assignEmployee assigns on confirmation, queues the services and tells the customer', async () => {
  const ctx = setup();
  const before = newOrder();
  const after = JSON.parse(JSON.stringify(before));
  after.status = { current: 'confirmed', lastUpdated: '2026-03-01T10:25:00+05:30',
    history: [{ from: 'pending', to: 'confirmed', actor: 'uid_meera_admin', role: 'admin', trigger: 'admin', at: '2026-03-01T10:25:00+05:30' }] };
  ctx.store.docs.set('orders/ord_2026_0001', after);
  const change = fft.makeChange(
    fft.firestore.makeDocumentSnapshot(before, 'orders/ord_2026_0001'),
    fft.firestore.makeDocumentSnapshot(after, 'orders/ord_2026_0001'));
  await ctx.wrap('assignEmployee')({ data: change, params: { orderId: 'ord_2026_0001' } });

  assert.equal((await ctx.store.getDoc('orders/ord_2026_0001')).assignedEmployeeId, 'emp_ramesh_kumar');
  // order_confirmed: each distinct service's queue +1 (blouse 17 → 18, kurti 5 → 6).
  assert.equal((await ctx.store.getDoc('services/svc_blouse_stitching')).capacity.currentQueue, 18);
  assert.equal((await ctx.store.getDoc('services/svc_kurti_stitching')).capacity.currentQueue, 6);
  assert.equal((await ctx.store.getDoc('employees/emp_ramesh_kumar')).workload.currentOrders, 7);
  const notes = await ctx.store.query('notifications');
  const byType = Object.fromEntries(notes.map((n) => [n.data.type, n.data]));
  assert.equal(byType.order_confirmed.recipientId, 'cus_priya_sharma');
  assert.equal(byType.order_confirmed.priority, 'medium');
  assert.equal(byType.order_assigned.recipientId, 'emp_ramesh_kumar');
  assert.equal(notes.length, 2);

  // A later update that keeps the status confirmed does nothing.
  const writes = ctx.store.writes.length;
  const again = fft.makeChange(
    fft.firestore.makeDocumentSnapshot(after, 'orders/ord_2026_0001'),
    fft.firestore.makeDocumentSnapshot({ ...after, specialInstructions: 'Add side pockets' }, 'orders/ord_2026_0001'));
  await ctx.wrap('assignEmployee')({ data: again, params: { orderId: 'ord_2026_0001' } });
  assert.equal(ctx.store.writes.length, writes);
});

// A processed order (total 4373.25, advance 2186.63) ready for payments.
async function processedOrder() {
  const ctx = setup();
  await createOrder(ctx);
  return ctx;
}

test('processPayment applies an advance: order payment status, counters, notifications', async () => {
  const ctx = await processedOrder();
  const payment = { ...sample('payments/advance_upi.json'), amount: 2186.63, createdAt: '2026-03-01T10:22:10+05:30' };
  ctx.store.docs.set(`payments/${payment.paymentId}`, payment);
  await ctx.wrap('processPayment')({ data: fft.firestore.makeDocumentSnapshot(payment, `payments/${payment.paymentId}`),
    params: { paymentId: payment.paymentId } });

  const order = await ctx.store.getDoc('orders/ord_2026_0001');
  // 0 < 2186.63 < 4373.25 → partially_paid; remaining 4373.25 − 2186.63 = 2186.62.
  assert.equal(order.payment.status, 'partially_paid');
  assert.equal(order.pricing.remainingAmount, 2186.62);
  assert.deepEqual(order.payment.transactions, [{ transactionId: 'pay_ord_2026_0001_advance', kind: 'charge', status: 'succeeded',
    amount: 2186.63, idempotencyKey: 'ord_2026_0001:advance:1', at: '2026-03-01T10:22:10+05:30', gatewayId: 'pay_NfQ2x8ZkL3mA1b', method: 'upi' }]);
  // loyalty.totalSpentMinor: absent → 0 + 218663 paise.
  assert.equal((await ctx.store.getDoc('customers/cus_priya_sharma')).loyalty.totalSpentMinor, 218663);
  const received = (await ctx.store.query('notifications')).filter((n) => n.data.type === 'payment_received');
  assert.deepEqual(received.map((n) => [n.data.recipientId, n.data.priority]), [['cus_priya_sharma', 'medium'], ['uid_meera_admin', 'low']]);
  assert.match(received[1].data.message, /2186\.63 INR/);
});

test('processPayment refuses an invalid payment document and leaves the order alone', async () => {
  const ctx = await processedOrder();
  const payment = { ...sample('payments/advance_upi.json'), orderId: 'ord_2026_0001/../x', amount: 100.005 };
  const writes = ctx.store.writes.length;
  await ctx.wrap('processPayment')({ data: fft.firestore.makeDocumentSnapshot(payment, `payments/${payment.paymentId}`),
    params: { paymentId: payment.paymentId } });
  const run = await ctx.store.getDoc(`functionRuns/payment_${payment.paymentId}`);
  assert.equal(run.status, 'invalid');
  assert.deepEqual(run.issues.map((i) => i.path).sort(), ['/amount', '/orderId']);
  assert.equal(ctx.store.writes.length, writes + 1); // the marker only
  assert.equal((await ctx.store.getDoc('orders/ord_2026_0001')).payment.status, 'pending');
});

function webhookRequest(body, { secret = SECRET, t = Math.floor(NOW.getTime() / 1000), header } = {}) {
  const rawBody = Buffer.from(JSON.stringify(body));
  const headers = { 'tailor-signature': header || signatureHeader(secret, t, rawBody) };
  return { method: 'POST', rawBody, body, headers, get: (name) => headers[name.toLowerCase()] };
}

function response() {
  const res = { statusCode: 200, body: undefined };
  res.status = (code) => { res.statusCode = code; return res; };
  res.json = (body) => { res.body = body; res.done = true; return res; };
  res.send = res.json;
  res.end = () => { res.done = true; return res; };
  res.set = res.setHeader = res.header = () => res;
  res.getHeader = () => undefined;
  return res;
}

const succeeded = { id: 'evt_1', type: 'payment.succeeded', data: { orderId: 'ord_2026_0001', amount: 4373.25,
  currency: 'INR', method: 'card', gatewayId: 'pay_Qx81', idempotencyKey: 'ord_2026_0001:full:1' } };

async function callWebhook(ctx, req) {
  const res = response();
  await ctx.fns.paymentWebhook(req, res);
  return res;
}

test('webhook: a signed payment event pays the order once; a replay is acknowledged without writing', async () => {
  const ctx = await processedOrder();
  const first = await callWebhook(ctx, webhookRequest(succeeded));
  const paymentId = paymentIdFor('ord_2026_0001:full:1', 'succeeded');
  assert.equal(first.statusCode, 200);
  assert.deepEqual(first.body, { received: true, paymentId, paymentStatus: 'paid' });
  const order = await ctx.store.getDoc('orders/ord_2026_0001');
  assert.equal(order.payment.status, 'paid');
  assert.equal(order.pricing.remainingAmount, 0);
  assert.equal((await ctx.store.getDoc(`payments/${paymentId}`)).amount, 4373.25);
  assert.equal((await ctx.store.getDoc('customers/cus_priya_sharma')).loyalty.totalSpentMinor, 437325);

  // The gateway retries the same event (freshly signed a minute later): no second write.
  const writes = ctx.store.writes.length;
  const later = setup(ctx.store, new Date(NOW.getTime() + 60000));
  const replay = await callWebhook(later, webhookRequest(succeeded, { t: Math.floor(NOW.getTime() / 1000) + 60 }));
  assert.equal(replay.statusCode, 200);
  assert.deepEqual(replay.body, { received: true, duplicate: true, paymentId });
  assert.equal(ctx.store.writes.length, writes);
  assert.equal((await ctx.store.getDoc('customers/cus_priya_sharma')).loyalty.totalSpentMinor, 437325);

  // processPayment, triggered by the payment document the webhook created, is a no-op too.
  const payment = await ctx.store.getDoc(`payments/${paymentId}`);
  await ctx.wrap('processPayment')({ data: fft.firestore.makeDocumentSnapshot(payment, `payments/${paymentId}`), params: { paymentId } });
  assert.equal(ctx.store.writes.length, writes);
});

test('webhook: a failed payment leaves the order pending and warns the customer', async () => {
  const ctx = await processedOrder();
  const failed = { ...succeeded, type: 'payment.failed', data: { ...succeeded.data, idempotencyKey: 'ord_2026_0001:full:2' } };
  const res = await callWebhook(ctx, webhookRequest(failed));
  assert.equal(res.statusCode, 200);
  assert.equal(res.body.paymentStatus, 'failed'); // nothing paid, nothing pending, one failed attempt
  assert.equal((await ctx.store.getDoc('orders/ord_2026_0001')).payment.status, 'failed');
  const warned = (await ctx.store.query('notifications')).filter((n) => n.data.type === 'payment_failed');
  assert.deepEqual(warned.map((n) => [n.data.recipientId, n.data.priority]), [['cus_priya_sharma', 'high'], ['uid_meera_admin', 'medium']]);
  assert.equal((await ctx.store.getDoc('customers/cus_priya_sharma')).loyalty.totalSpentMinor, undefined);
});

test('webhook rejects bad signatures and stale timestamps before reading anything', async () => {
  const ctx = await processedOrder();
  const writes = ctx.store.writes.length;
  const t = Math.floor(NOW.getTime() / 1000);
  const cases = [
    [webhookRequest(succeeded, { secret: 'whsec_wrong' }), 'bad_signature'],
    [webhookRequest(succeeded, { t: t - 301 }), 'stale_timestamp'],
    [webhookRequest(succeeded, { t: t + 301 }), 'stale_timestamp'],
    [webhookRequest(succeeded, { header: 'v1=deadbeef' }), 'malformed_signature'],
    [{ ...webhookRequest(succeeded), headers: {}, get: () => undefined }, 'missing_signature'],
  ];
  for (const [req, reason] of cases) {
    const res = await callWebhook(ctx, req);
    assert.equal(res.statusCode, 401, reason);
    assert.deepEqual(res.body, { error: reason });
  }
  // A body changed after signing fails, even with a fresh timestamp.
  const tampered = webhookRequest(succeeded);
  tampered.rawBody = Buffer.from(JSON.stringify({ ...succeeded, data: { ...succeeded.data, amount: 1 } }));
  assert.deepEqual((await callWebhook(ctx, tampered)).body, { error: 'bad_signature' });
  assert.equal(ctx.store.writes.length, writes);

  // The 5-minute boundary itself is accepted.
  const raw = Buffer.from('{}');
  assert.deepEqual(verifySignature({ rawBody: raw, header: signatureHeader(SECRET, t - 300, raw), secret: SECRET, nowSeconds: t }), { ok: true });
});

test('dailyCleanup cancels stale pending orders, reminds, deletes expired notifications, reports and archives', async () => {
  const store = world();
  const now = new Date('2026-03-09T18:30:00Z'); // midnight IST of 10 March
  const pending = newOrder();
  pending.orderId = 'ord_2026_0002'; // placed 1 March, never confirmed: 8 days ≥ 7 → cancelled
  pending.assignedEmployeeId = 'emp_ramesh_kumar';
  const dueTomorrow = newOrder(); // confirmed, in stitching, delivery 11 March 18:00 IST → reminder
  dueTomorrow.orderId = 'ord_2026_0003';
  dueTomorrow.timeline.deliveryDate = '2026-03-11T18:00:00+05:30';
  dueTomorrow.status = { current: 'stitching', lastUpdated: '2026-03-04T15:30:00+05:30', history: [
    { from: 'pending', to: 'confirmed', actor: 'uid_meera_admin', role: 'admin', trigger: 'admin', at: '2026-03-01T10:25:00+05:30' },
    { from: 'confirmed', to: 'cutting', actor: 'emp_ramesh_kumar', role: 'employee', trigger: 'employee', at: '2026-03-02T11:00:00+05:30' },
    { from: 'cutting', to: 'stitching', actor: 'emp_ramesh_kumar', role: 'employee', trigger: 'employee', at: '2026-03-04T15:30:00+05:30' }] };
  dueTomorrow.assignedEmployeeId = 'emp_ramesh_kumar';
  const delivered = newOrder(); // delivered and paid in January 2025: past the 365-day retention → archived
  delivered.orderId = 'ord_2025_0042';
  delivered.createdAt = '2025-01-02T10:00:00+05:30';
  delivered.timeline = { orderDate: '2025-01-02T10:00:00+05:30', deliveryDate: '2025-01-10T18:00:00+05:30', urgent: false };
  delivered.status = { current: 'delivered', lastUpdated: '2025-01-10T18:00:00+05:30', history: [
    { from: 'pending', to: 'confirmed', actor: 'uid_meera_admin', role: 'admin', trigger: 'admin', at: '2025-01-02T10:30:00+05:30' },
    { from: 'confirmed', to: 'ready', actor: 'emp_ramesh_kumar', role: 'employee', trigger: 'employee', at: '2025-01-09T10:00:00+05:30' },
    { from: 'ready', to: 'delivered', actor: 'uid_meera_admin', role: 'admin', trigger: 'admin', at: '2025-01-10T18:00:00+05:30' }] };
  delivered.serviceItems.forEach((i) => { i.stage = 'delivered'; });
  delivered.customItems.forEach((i) => { i.stage = 'delivered'; });
  delivered.payment = { status: 'paid', transactions: [{ transactionId: 'txn_42', kind: 'charge', status: 'succeeded', amount: 4250, idempotencyKey: 'ord_2025_0042:full', at: '2025-01-10T18:00:00+05:30' }] };
  delivered.pricing.remainingAmount = 0;
  delivered.updatedAt = '2025-01-10T18:00:00+05:30';
  for (const o of [pending, dueTomorrow, delivered]) store.docs.set(`orders/${o.orderId}`, o);
  const old = sample('notifications/stage_changed.json'); // expiry 2026-04-04, unread → kept
  const expired = { ...old, notificationId: 'ntf_old_expired', expiry: '2026-03-05T00:00:00Z' };
  store.docs.set(`notifications/${old.notificationId}`, old);
  store.docs.set('notifications/ntf_old_expired', expired);
  store.docs.set('users/cus_priya_sharma', { ...(await store.getDoc('users/cus_priya_sharma')), stats: { totalOrders: 5 } });

  const ctx = setup(store, now);
  await ctx.wrap('dailyCleanup')({});

  const cancelled = await store.getDoc('orders/ord_2026_0002');
  assert.equal(cancelled.status.current, 'cancelled');
  assert.deepEqual(cancelled.status.history, [{ from: 'pending', to: 'cancelled', actor: 'system:maintenance', role: 'system',
    trigger: 'system', at: '2026-03-09T18:30:00Z', reason: 'not confirmed within 7 days' }]);
  assert.deepEqual([...cancelled.serviceItems, ...cancelled.customItems].map((i) => i.stage), ['cancelled', 'cancelled', 'cancelled']);
  assert.equal((await core).validate.order(cancelled).valid, true); // the applied transition is a valid order
  assert.equal((await store.getDoc('orders/ord_2026_0003')).status.current, 'stitching');
  // order_cancelled: the user's order count 5 → 4; Ramesh's open orders 6 → 5 (5/8 = 6250 bps).
  assert.equal((await store.getDoc('users/cus_priya_sharma')).stats.totalOrders, 4);
  const ramesh = await store.getDoc('employees/emp_ramesh_kumar');
  assert.equal(ramesh.workload.currentOrders, 5);
  assert.equal(ramesh.workload.utilizationBps, 6250);

  // Notifications: the cancellation tells customer (high), assignee and admins (medium); the order
  // due tomorrow (11 March, local) reminds its customer; the expired one is deleted, the other kept.
  const t = Math.floor(now.getTime() / 1000);
  const notes = await store.query('notifications');
  assert.deepEqual(notes.map((n) => [n.id, n.data.priority || null]), [
    ['ntf_ord_2026_0001_stage_3', 'medium'],
    [`ntf_ord_2026_0002_order_cancelled_cus_priya_sharma_${t}`, 'high'],
    [`ntf_ord_2026_0002_order_cancelled_emp_ramesh_kumar_${t}`, 'medium'],
    [`ntf_ord_2026_0002_order_cancelled_uid_meera_admin_${t}`, 'medium'],
    [`ntf_ord_2026_0003_delivery_reminder_cus_priya_sharma_${t}`, 'high'],
  ]);
  assert.match(notes[4].data.message, /2026-03-11 18:00 IST/);

  // The report counts statuses before this run's cancellation; Ramesh's active orders are the
  // confirmed-or-later ones only (ord_2026_0003, 3 items).
  const report = await store.getDoc('reports/daily_2026-03-09');
  assert.equal(report.generatedAt, '2026-03-09T18:30:00Z');
  assert.deepEqual(Object.entries(report.ordersByStatus).filter(([, n]) => n > 0), [['pending', 1], ['stitching', 1], ['delivered', 1]]);
  assert.deepEqual(report.employees, [{ employeeId: 'emp_ramesh_kumar', activeOrders: 1, activeItems: 3 }]);
  assert.deepEqual(report.overdue, []);
  assert.deepEqual(report.refundsDue, []); // nothing was paid on the cancelled order
  // Delivered 10 Jan 2025 + 365 days ≤ 9 Mar 2026, fully paid → archived, partitioned by its local month.
  const archived = await store.query('archiveQueue');
  assert.deepEqual(archived.map((a) => [a.id, a.data.partition, a.data.markedAt]), [['ord_2025_0042', '2025/01', '2026-03-09T18:30:00Z']]);

  // A second run the same night changes nothing: every document is as the first run left it.
  const snapshot = Object.fromEntries(store.docs);
  await ctx.wrap('dailyCleanup')({});
  assert.deepEqual(Object.fromEntries(store.docs), snapshot);
});

test('the firebase-admin port maps each call onto the Firestore API', async () => {
  const { adminFirestore } = require(path.join(FN, 'src', 'firestore-admin.js'));
  const { FieldValue } = fromFunctions('firebase-admin/firestore');
  const calls = [];
  const snap = (path) => ({ exists: path === 'orders/o1', data: () => ({ orderId: 'o1' }) });
  const ref = (path) => ({ path, get: async () => snap(path),
    set: async (d, o) => calls.push(['set', path, d, o]), update: async (d) => calls.push(['update', path, d]),
    delete: async () => calls.push(['delete', path]) });
  const db = {
    doc: ref,
    collection: (name) => {
      const q = { wheres: [], where: (...w) => { q.wheres.push(w); return q; },
        get: async () => { calls.push(['query', name, q.wheres]); return { docs: [{ id: 'b', data: () => ({ n: 2 }) }, { id: 'a', data: () => ({ n: 1 }) }] }; } };
      return q;
    },
    runTransaction: async (fn) => fn({ get: async (r) => snap(r.path),
      set: (r, d, o) => calls.push(['tx.set', r.path, d, o]), update: (r, d) => calls.push(['tx.update', r.path, d]),
      delete: (r) => calls.push(['tx.delete', r.path]) }),
  };
  const port = adminFirestore(db);
  assert.deepEqual(await port.getDoc('orders/o1'), { orderId: 'o1' });
  assert.equal(await port.getDoc('orders/missing'), null);
  assert.deepEqual(await port.query('users', [['role', '==', 'admin']]), [{ id: 'a', data: { n: 1 } }, { id: 'b', data: { n: 2 } }]);
  assert.ok(port.increment(3).isEqual(FieldValue.increment(3)));
  await port.runTransaction(async (tx) => {
    assert.deepEqual(await tx.getDoc('orders/o1'), { orderId: 'o1' });
    tx.setDoc('a/1', { x: 1 });
    tx.setDoc('a/2', { x: 2 }, { merge: true });
    tx.updateDoc('a/3', { 'w.c': 1 });
    tx.deleteDoc('a/4');
  });
  assert.deepEqual(calls, [
    ['query', 'users', [['role', '==', 'admin']]],
    ['tx.set', 'a/1', { x: 1 }, { merge: false }],
    ['tx.set', 'a/2', { x: 2 }, { merge: true }],
    ['tx.update', 'a/3', { 'w.c': 1 }],
    ['tx.delete', 'a/4'],
  ]);
});

test('the in-memory port applies a transaction whole or not at all, and increments like Firestore', async () => {
  const store = new MemoryFirestore({ 'a/1': { n: { count: 2 } } });
  await assert.rejects(store.runTransaction(async (tx) => {
    tx.updateDoc('a/1', { 'n.count': store.increment(1) });
    throw new Error('abort');
  }), /abort/);
  await assert.rejects(store.runTransaction(async (tx) => {
    tx.updateDoc('a/1', { 'n.count': store.increment(1) });
    tx.updateDoc('a/missing', { x: 1 }); // Firestore: NOT_FOUND fails the whole commit
  }), /NOT_FOUND/);
  assert.deepEqual(await store.getDoc('a/1'), { n: { count: 2 } });
  assert.equal(store.writes.length, 0);
  await store.updateDoc('a/1', { 'n.count': store.increment(3), 'n.fresh': store.increment(-1) });
  await store.setDoc('a/1', { n: { label: 'x' } }, { merge: true });
  assert.deepEqual(await store.getDoc('a/1'), { n: { count: 5, fresh: -1, label: 'x' } });
  const read = await store.getDoc('a/1');
  read.n.count = 99; // reads are copies
  assert.equal((await store.getDoc('a/1')).n.count, 5);
});
