// The seed's Cloud Functions as plain async handlers over the Firestore port (./port.js):
// every decision is tailor-core's; this file only reads documents, asks the core and writes
// what it answered. Triggers (./index.js) and tests call these handlers.
//
// Exactly-once effects: Firestore delivers events at least once, so each handler records a
// marker document `functionRuns/<function>_<id>` in the same transaction as its writes and does
// nothing when the marker exists (a retried event writes nothing twice).
'use strict';

const { load, TailorError } = require('tailor-core');

// One core per instance, loaded at module scope (cold start only). A failed load surfaces in
// every handler that awaits it (the platform then replaces the instance); the empty catch only
// keeps Node from treating the rejection as unhandled before a handler awaits it.
const corePromise = load();
corePromise.catch(() => {});

const SYSTEM_ACTOR = { uid: 'system:functions', role: 'system' };

// RFC 3339 without milliseconds: the core reads whole seconds and nanoseconds alike, but a
// stable textual form keeps stored timestamps and notification ids comparable.
function rfc3339(date) {
  return new Date(date).toISOString().replace(/\.000Z$/, 'Z');
}

const amountNumber = (money) => Number(money.decimal); // "3680.25" → 3680.25 (shortest form round-trips)

// The order document's `pricing` from a pricing.quote result (schema: docs/schema.md).
function orderPricingFromQuote(quote) {
  return {
    currency: quote.currency,
    subtotal: amountNumber(quote.subtotal),
    // Each applied discount is stored as the fixed amount the quote computed (validate.order can
    // recompute a percent only from the order's own numbers; the quote's base may include
    // surcharges), so the stored totals always reconcile.
    discounts: quote.discounts.filter((d) => d.applied && d.value.minor > 0).map((d) => {
      const entry = { kind: d.source, type: 'fixed', amount: amountNumber(d.value), scope: d.scope };
      if (d.itemId !== null) entry.itemId = d.itemId;
      return entry;
    }),
    taxes: quote.taxes.map((t) => ({ name: t.name, rateBps: t.rateBps, inclusive: t.inclusive, amount: amountNumber(t.amount) })),
    totalAmount: amountNumber(quote.total),
    advanceRequired: amountNumber(quote.advanceRequired),
    remainingAmount: amountNumber(quote.remainingAmount),
  };
}

// order.transition (and so maintenance.daily) returns what changed: the new status, the history
// entry and every item's stage. This applies it to the stored order.
function applyTransition(before, update) {
  const after = JSON.parse(JSON.stringify(before));
  after.status = { ...before.status, current: update.order.status.current,
    lastUpdated: update.order.status.lastUpdated, history: [...(before.status.history || []), update.history] };
  const stages = new Map(update.order.items.map((item) => [item.itemId, item.stage]));
  for (const item of [...(after.serviceItems || []), ...(after.customItems || [])]) {
    if (stages.has(item.itemId)) item.stage = stages.get(item.itemId);
  }
  return after;
}

function createHandlers({ store, now = () => new Date(), configPath = 'config/shop' }) {
  const nowIso = () => rfc3339(now());
  const loadConfig = async () => (await store.getDoc(configPath)) || {};

  async function getMany(collection, ids) {
    const docs = await Promise.all([...new Set(ids)].map((id) => store.getDoc(`${collection}/${id}`)));
    return docs.filter(Boolean);
  }
  const serviceIdsOf = (order) => (order.serviceItems || []).map((i) => i.serviceId);

  // Counters as atomic increments, derived values as sets (docs/aggregates.md "How a Cloud
  // Function applies these").
  function applyStats(tx, delta) {
    for (const i of delta.increments) tx.updateDoc(`${i.collection}/${i.docId}`, { [i.field]: store.increment(i.increment) });
    for (const s of delta.sets) tx.updateDoc(`${s.collection}/${s.docId}`, { [s.field]: s.value });
  }

  // notify.plan addresses people by user id: the event's customerId/assignedEmployeeId (document
  // ids of customers/employees) become the user ids of those accounts; admins are users with role admin.
  async function planNotifications(core, events, config, at) {
    if (events.length === 0) return [];
    const admins = (await store.query('users', [['role', '==', 'admin']])).map((u) => u.data);
    const out = [];
    for (const event of events) {
      const customer = await store.getDoc(`customers/${event.customerId}`);
      const employee = event.assignedEmployeeId ? await store.getDoc(`employees/${event.assignedEmployeeId}`) : null;
      const people = [...admins];
      const mapped = { ...event };
      if (customer && customer.userId) {
        mapped.customerId = customer.userId;
        const user = await store.getDoc(`users/${customer.userId}`);
        if (user) people.push(user);
      }
      if (employee && employee.userId) {
        mapped.assignedEmployeeId = employee.userId;
        const user = await store.getDoc(`users/${employee.userId}`);
        if (user && !people.some((p) => p.userId === user.userId)) people.push(user);
      } else delete mapped.assignedEmployeeId;
      const plan = core.notify.plan({ event: mapped, people, now: at, config });
      out.push(...plan.notifications);
    }
    return out;
  }

  function writeNotifications(tx, notifications) {
    for (const n of notifications) {
      tx.setDoc(`notifications/${n.notificationId}`, { ...n, status: { sent: false, delivered: false, read: false } });
    }
  }

  // Runs `plan` (reads + core decisions), then commits its writes in one transaction guarded by
  // the run marker. Returns {status: 'skipped'} for a replay.
  async function once(markerPath, plan) {
    if (await store.getDoc(markerPath)) return { status: 'skipped', reason: 'already_processed' };
    let decided;
    try {
      decided = await plan();
    } catch (err) {
      if (!(err instanceof TailorError)) throw err;
      decided = { status: 'rejected', error: { code: err.code, message: err.message, details: err.details }, write: () => {} };
    }
    return store.runTransaction(async (tx) => {
      if (await tx.getDoc(markerPath)) return { status: 'skipped', reason: 'already_processed' };
      decided.write(tx);
      const { write, ...record } = decided;
      tx.setDoc(markerPath, { at: nowIso(), ...record });
      return record;
    });
  }

  // Ranks the active employees for `order` and returns the best one (or null) with the ranking.
  async function rankEmployees(core, order, services, customer, config, at) {
    const employees = (await store.query('employees', [['status', '==', 'active']])).map((e) => e.data);
    const input = { now: at, order, services, employees, config };
    if (customer) input.customer = customer;
    const ranking = core.assign.rank(input);
    const best = ranking.ranked[0] ? employees.find((e) => e.employeeId === ranking.ranked[0].employeeId) : null;
    return { best, ranking };
  }
  const rankingSummary = (ranking) => ranking.ranked.slice(0, 3).map((r) => ({ employeeId: r.employeeId, score: r.score }));

  // processOrder: onDocumentCreated orders/{orderId}.
  async function processOrder(orderId, order) {
    return once(`functionRuns/processOrder_${orderId}`, async () => {
      const core = await corePromise;
      const at = nowIso();
      const config = await loadConfig();
      const validation = core.validate.order(order);
      if (!validation.valid) return { status: 'invalid', issues: validation.issues, write: () => {} };

      const services = await getMany('services', serviceIdsOf(order));
      const customer = await store.getDoc(`customers/${order.customerId}`);
      const quoteInput = { order, services, payments: (order.payment && order.payment.transactions) || [], config };
      if (customer) quoteInput.customer = customer;
      const quote = core.pricing.quote(quoteInput);
      const priced = { ...order, pricing: orderPricingFromQuote(quote) };

      const allEmployees = (await store.query('employees')).map((e) => e.data);
      const rulesInput = { now: at, actor: SYSTEM_ACTOR, order: priced, services, employees: allEmployees, config };
      if (customer) rulesInput.customer = customer;
      const rules = core.rules.check(rulesInput);

      // stats.delta counts a creation on the unassigned order; an employee chosen at the counter
      // (assignedEmployeeId already set) is then counted as an assignment like a ranked one.
      const { assignedEmployeeId: presetEmployeeId, ...unassigned } = priced;
      const deltas = [core.stats.delta({ event: { type: 'order_created' }, order: unassigned,
        customer: { customerId: order.customerId, userId: customer ? customer.userId : order.customerId } })];
      const events = [{ type: 'order_created', orderId, customerId: order.customerId, at }];
      if (order.status && order.status.current === 'confirmed') events.push({ type: 'order_confirmed', orderId, customerId: order.customerId, at });

      let assignedEmployeeId = presetEmployeeId || null;
      let ranking = null;
      if (presetEmployeeId) {
        const preset = allEmployees.filter((e) => e.employeeId === presetEmployeeId);
        deltas.push(core.stats.delta({ event: { type: 'order_assigned', employeeId: presetEmployeeId }, order: unassigned, employees: preset }));
        events.push({ type: 'order_assigned', orderId, customerId: order.customerId, assignedEmployeeId: presetEmployeeId, at });
      } else if (rules.ok) {
        const ranked = await rankEmployees(core, priced, services, customer, config, at);
        ranking = rankingSummary(ranked.ranking);
        if (ranked.best) {
          assignedEmployeeId = ranked.best.employeeId;
          deltas.push(core.stats.delta({ event: { type: 'order_assigned', employeeId: assignedEmployeeId }, order: unassigned, employees: [ranked.best] }));
          events.push({ type: 'order_assigned', orderId, customerId: order.customerId, assignedEmployeeId, at });
        }
      }
      const notifications = await planNotifications(core, events, config, at);
      const orderUpdate = { pricing: priced.pricing, updatedAt: at };
      if (assignedEmployeeId && !order.assignedEmployeeId) orderUpdate.assignedEmployeeId = assignedEmployeeId;
      return {
        status: rules.ok ? 'processed' : 'needs_review',
        total: quote.total.decimal,
        currency: quote.currency,
        violations: rules.violations,
        assignedEmployeeId,
        ranking,
        notificationIds: notifications.map((n) => n.notificationId),
        write: (tx) => {
          tx.updateDoc(`orders/${orderId}`, orderUpdate);
          deltas.forEach((d) => applyStats(tx, d));
          writeNotifications(tx, notifications);
        },
      };
    });
  }

  // assignEmployee: onDocumentUpdated orders/{orderId}, when status.current becomes confirmed.
  async function assignEmployee(orderId, before, after) {
    const was = before && before.status && before.status.current;
    const is = after && after.status && after.status.current;
    if (is !== 'confirmed' || was === 'confirmed') return { status: 'ignored' };
    return once(`functionRuns/assignEmployee_${orderId}`, async () => {
      const core = await corePromise;
      const at = nowIso();
      const config = await loadConfig();
      const services = await getMany('services', serviceIdsOf(after));
      const customer = await store.getDoc(`customers/${after.customerId}`);
      const deltas = [core.stats.delta({ event: { type: 'order_confirmed' }, order: before })];
      const events = [{ type: 'order_confirmed', orderId, customerId: after.customerId, at }];
      let assignedEmployeeId = after.assignedEmployeeId || null;
      let ranking = null;
      if (!assignedEmployeeId) {
        const ranked = await rankEmployees(core, after, services, customer, config, at);
        ranking = rankingSummary(ranked.ranking);
        if (ranked.best) {
          assignedEmployeeId = ranked.best.employeeId;
          deltas.push(core.stats.delta({ event: { type: 'order_assigned', employeeId: assignedEmployeeId }, order: after, employees: [ranked.best] }));
          events.push({ type: 'order_assigned', orderId, customerId: after.customerId, assignedEmployeeId, at });
        }
      }
      const notifications = await planNotifications(core, events, config, at);
      return {
        status: assignedEmployeeId ? 'assigned' : 'unassigned',
        assignedEmployeeId,
        ranking,
        notificationIds: notifications.map((n) => n.notificationId),
        write: (tx) => {
          if (assignedEmployeeId && !after.assignedEmployeeId) tx.updateDoc(`orders/${orderId}`, { assignedEmployeeId, updatedAt: at });
          deltas.forEach((d) => applyStats(tx, d));
          writeNotifications(tx, notifications);
        },
      };
    });
  }

  // The payment path shared by processPayment and the webhook: append the transaction to the
  // order, recompute its payment status with payment.summarize, count the money with stats.delta,
  // notify. `extraWrites(tx)` lets the webhook create the payment document in the same transaction.
  async function applyPayment(paymentId, payment, extraWrites = () => {}) {
    return once(`functionRuns/payment_${paymentId}`, async () => {
      const core = await corePromise;
      const at = nowIso();
      const config = await loadConfig();
      // Payment documents may come from clients: check the whole document (ids, amount, currency)
      // before its orderId is used as a path.
      const validation = core.validate.payment(payment);
      if (!validation.valid) return { status: 'invalid', issues: validation.issues, write: extraWrites };
      const order = await store.getDoc(`orders/${payment.orderId}`);
      if (!order) return { status: 'rejected', error: { code: 'order_not_found', message: `no order ${payment.orderId}` }, write: extraWrites };
      const before = (order.payment && order.payment.transactions) || [];
      const transaction = { transactionId: paymentId, kind: payment.kind, status: payment.status,
        amount: payment.amount, idempotencyKey: payment.idempotencyKey, at: payment.createdAt || at };
      if (payment.gatewayId) transaction.gatewayId = payment.gatewayId;
      if (payment.method) transaction.method = payment.method;
      if (before.some((t) => t.idempotencyKey === transaction.idempotencyKey && t.status === transaction.status)) {
        return { status: 'duplicate', write: extraWrites }; // already on the order (e.g. the client wrote it too)
      }
      const transactions = [...before, transaction];
      const summarize = (list) => core.payment.summarize({ total: order.pricing.totalAmount,
        currency: order.pricing.currency, transactions: list, advanceRequired: order.pricing.advanceRequired });
      const was = summarize(before);
      const summary = summarize(transactions);

      const deltas = [];
      const events = [];
      const paidMore = summary.paid.minor - was.paid.minor;
      const refundedMore = summary.refunded.minor - was.refunded.minor;
      const base = { orderId: order.orderId, customerId: order.customerId, at };
      if (order.assignedEmployeeId) base.assignedEmployeeId = order.assignedEmployeeId;
      const decimal = (minor) => minorToDecimal(minor, summary);
      if (paidMore > 0) {
        const amount = decimal(paidMore);
        deltas.push(core.stats.delta({ event: { type: 'payment_received', amount }, order }));
        events.push({ type: 'payment_received', ...base, amount, currency: order.pricing.currency });
      }
      if (refundedMore > 0) {
        const amount = decimal(refundedMore);
        deltas.push(core.stats.delta({ event: { type: 'refund_issued', amount }, order }));
        events.push({ type: 'refund_issued', ...base, amount, currency: order.pricing.currency });
      }
      if (transaction.status === 'failed') {
        events.push({ type: 'payment_failed', ...base, amount: payment.amount, currency: order.pricing.currency });
      }
      const notifications = await planNotifications(core, events, config, at);
      return {
        status: 'applied',
        orderId: order.orderId,
        paymentStatus: summary.status,
        due: summary.due.decimal,
        notificationIds: notifications.map((n) => n.notificationId),
        write: (tx) => {
          extraWrites(tx);
          tx.updateDoc(`orders/${order.orderId}`, {
            'payment.transactions': transactions,
            'payment.status': summary.status,
            'pricing.remainingAmount': amountNumber(summary.due),
            updatedAt: at,
          });
          deltas.forEach((d) => applyStats(tx, d));
          writeNotifications(tx, notifications);
        },
      };
    });
  }

  // processPayment: onDocumentCreated payments/{paymentId}.
  const processPayment = (paymentId, payment) => applyPayment(paymentId, payment);

  // dailyCleanup: the seed's scheduled cleanup. maintenance.daily decides (auto-cancellations,
  // reminders, notifications to delete, the daily report) and archive.plan lists the orders that
  // may move to cold storage. Every write here is idempotent (deterministic ids, state-guarded
  // cancellations), so a retried run changes nothing more; writes are committed in chunks that
  // stay under Firestore's 500 writes per transaction.
  async function dailyCleanup() {
    const core = await corePromise;
    const at = nowIso();
    const config = await loadConfig();
    const orders = (await store.query('orders')).map((o) => o.data);
    const notificationDocs = (await store.query('notifications')).map((n) => n.data);
    const plan = core.maintenance.daily({ orders, notifications: notificationDocs, now: at, config });

    // 1. Status updates (auto-cancelled pending orders): one transaction each, with their counters.
    const byId = new Map(orders.map((o) => [o.orderId, o]));
    const updated = new Map(byId);
    for (const update of plan.statusUpdates) {
      const before = byId.get(update.order.orderId);
      const customer = await store.getDoc(`customers/${before.customerId}`);
      const statsInput = { event: { type: 'order_cancelled' }, order: before,
        customer: { customerId: before.customerId, userId: customer ? customer.userId : before.customerId } };
      if (before.assignedEmployeeId) {
        const employee = await store.getDoc(`employees/${before.assignedEmployeeId}`);
        if (employee) statsInput.employees = [employee];
      }
      const delta = core.stats.delta(statsInput);
      const notifications = await planNotifications(core, update.events, config, at);
      const after = applyTransition(before, update);
      await store.runTransaction(async (tx) => {
        const current = await tx.getDoc(`orders/${before.orderId}`);
        if (!current || current.status.current !== before.status.current) return; // changed meanwhile: next run decides
        tx.updateDoc(`orders/${before.orderId}`, { status: after.status, serviceItems: after.serviceItems,
          customItems: after.customItems, updatedAt: at });
        applyStats(tx, delta);
        writeNotifications(tx, notifications);
      });
      updated.set(before.orderId, after);
    }

    // 2. Reminders, deletions, archive marks: idempotent writes in chunks.
    const reminders = await planNotifications(core, plan.reminders, config, at);
    const archive = core.archive.plan({ orders: [...updated.values()], now: at, config });
    const writes = [
      ...reminders.map((n) => (tx) => writeNotifications(tx, [n])),
      ...plan.deleteNotifications.map((d) => (tx) => tx.deleteDoc(`notifications/${d.notificationId}`)),
      ...archive.archive.map((a) => (tx) => tx.setDoc(`archiveQueue/${a.orderId}`, { ...a, markedAt: at })),
    ];
    // The day's report is written by the first run only: a retry would count the orders after
    // the first run's cancellations.
    const reportPath = `reports/daily_${at.slice(0, 10)}`;
    if (!(await store.getDoc(reportPath))) {
      writes.push((tx) => tx.setDoc(reportPath, { generatedAt: at, ...plan.report, overdue: plan.overdue,
        // Money held on auto-cancelled orders, for the owner to refund (order.transition's refund plan).
        refundsDue: plan.statusUpdates.filter((u) => u.refund && Number(u.refund.refundable) > 0)
          .map((u) => ({ orderId: u.order.orderId, ...u.refund })) }));
    }
    for (let i = 0; i < writes.length; i += 400) {
      const chunk = writes.slice(i, i + 400);
      await store.runTransaction(async (tx) => chunk.forEach((write) => write(tx)));
    }
    return {
      cancelled: plan.statusUpdates.map((u) => u.order.orderId),
      reminders: reminders.map((n) => n.notificationId),
      deleted: plan.deleteNotifications.map((d) => d.notificationId),
      archived: archive.archive.map((a) => a.orderId),
      overdue: plan.overdue.map((o) => o.orderId),
    };
  }

  return { processOrder, assignEmployee, processPayment, applyPayment, dailyCleanup };
}

// "1500.00" from minor units with the currency's exponent taken from a summary's decimal form.
function minorToDecimal(minor, summary) {
  const exponent = (summary.total.decimal.split('.')[1] || '').length;
  const digits = String(minor).padStart(exponent + 1, '0');
  return exponent === 0 ? digits : `${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`;
}

module.exports = { createHandlers, applyTransition, corePromise, rfc3339, orderPricingFromQuote, minorToDecimal };
