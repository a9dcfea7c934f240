// The demo's order flow: ONE order (examples/demo/order.json) from submission
// to delivery, as a chain of operation calls. Each step builds its input from
// the demo data and the previous results, and applies the result to the
// in-memory documents the way a Cloud Function would (order status, items,
// history, payments; counter increments on employees, services, users,
// customers).
//
// The flow is written once and runs against any runtime: `call(op, text)`
// returns the envelope text (synchronously or as a promise). scripts/demo.js
// runs it on tailorctl and on the wasm build and compares the traces;
// tests/node/demo.test.js does the same with assertions.
'use strict';
const fs = require('fs');
const path = require('path');

const dataDir = path.join(__dirname, '..', '..', 'examples', 'demo');

function readJson(file) {
  return JSON.parse(fs.readFileSync(path.join(dataDir, file), 'utf8'));
}

// Every document the flow starts from; a fresh deep copy on each call, so two
// runs never share state.
function loadDemoData() {
  return {
    config: readJson('config.json'),
    services: readJson('services.json'),
    employees: readJson('employees.json'),
    customer: readJson('customer.json'),
    users: readJson('users.json'),
    order: readJson('order.json'),
    scenario: readJson('scenario.json'),
  };
}

const clone = (v) => JSON.parse(JSON.stringify(v));

// ---- presentation helpers (pure) -------------------------------------------

// "4299.75" → "INR 4,299.75" (Indian digit grouping: 12,34,567.89).
function inr(decimal, currency = 'INR') {
  const text = String(decimal);
  const negative = text.startsWith('-');
  const [whole, frac] = (negative ? text.slice(1) : text).split('.');
  let grouped = whole;
  if (whole.length > 3) {
    const head = whole.slice(0, -3).replace(/\B(?=(\d{2})+(?!\d))/g, ',');
    grouped = `${head},${whole.slice(-3)}`;
  }
  return `${negative ? '−' : ''}${currency} ${grouped}${frac !== undefined ? '.' + frac : ''}`;
}
const pct = (bps) => `${(bps / 100).toFixed(bps % 100 ? 2 : 0)} %`;
// "not told: 3 not in the audience" (who is not told, grouped by reason, in first-seen order).
function skippedSummary(skipped) {
  if (skipped.length === 0) return [];
  const byReason = new Map();
  for (const s of skipped) byReason.set(s.reason, (byReason.get(s.reason) || []).concat(s.recipientId));
  // Everyone outside the event's audience is summed up; other reasons (privacy, opt-out) are named.
  return ['not told: ' + [...byReason].map(([reason, ids]) => reason === 'not_in_audience'
    ? `${ids.length} not in the audience` : `${ids.join(', ')} (${reason.replace(/_/g, ' ')})`).join('; ')];
}
// "2026-03-02T10:25:00+05:30" → "2026-03-02 10:25 IST" (the demo's times are the shop's, Asia/Kolkata).
const localTime = (at) => at.endsWith('+05:30') ? `${at.slice(0, 10)} ${at.slice(11, 16)} IST` : at;
// "all 3 items cutting" or "item-1 ready, item-2 trial".
function itemStages(items) {
  const stages = new Set(items.map((i) => i.stage));
  return stages.size === 1 ? `all ${items.length} items ${items[0].stage}` : items.map((i) => `${i.itemId} ${i.stage}`).join(', ');
}
const nameOf = (employees, id) => (employees.find((e) => e.employeeId === id) || {}).personalInfo?.name || id;

// ---- applying results to documents (what the Cloud Function writes) --------

function applyTransition(order, result) {
  order.status.current = result.order.status.current;
  order.status.lastUpdated = result.order.status.lastUpdated;
  order.status.history.push(result.history);
  const stageOf = new Map(result.order.items.map((i) => [i.itemId, i.stage]));
  for (const item of [...order.serviceItems, ...order.customItems]) {
    if (stageOf.has(item.itemId)) item.stage = stageOf.get(item.itemId);
  }
  order.updatedAt = result.order.status.lastUpdated;
}

// FieldValue.increment / plain set on the stored documents the demo holds.
function applyCounters(store, result) {
  const changes = [];
  const docOf = (collection, docId) => {
    const coll = store[collection] || (store[collection] = {});
    return coll[docId] || (coll[docId] = {});
  };
  const walk = (doc, field) => {
    const parts = field.split('.');
    let obj = doc;
    for (const p of parts.slice(0, -1)) obj = obj[p] || (obj[p] = {});
    return [obj, parts[parts.length - 1]];
  };
  for (const inc of result.increments) {
    const [obj, key] = walk(docOf(inc.collection, inc.docId), inc.field);
    const before = obj[key] || 0;
    obj[key] = before + inc.increment;
    const shown = inc.decimal !== undefined ? `${inc.increment > 0 ? '+' : ''}${inc.decimal} ${inc.currency}`
      : `${inc.increment > 0 ? '+' : ''}${inc.increment} (${before} → ${obj[key]})`;
    changes.push(`${inc.collection}/${inc.docId} ${inc.field} ${shown}`);
  }
  for (const set of result.sets) {
    const [obj, key] = walk(docOf(set.collection, set.docId), set.field);
    obj[key] = set.value;
    changes.push(`${set.collection}/${set.docId} ${set.field} = ${JSON.stringify(set.value)}`);
  }
  return changes;
}

// ---- the flow ----------------------------------------------------------------

class StepFailed extends Error {}

async function runFlow(call, data = loadDemoData()) {
  const { config, services, users, scenario } = data;
  const employees = data.employees;
  const customer = data.customer;
  const order = data.order;
  const t = scenario.times;
  const currency = order.pricing.currency;
  const admin = { uid: scenario.adminUid, role: 'admin' };
  // notify.plan reads each person's contact points; a stored user document holds the e-mail and
  // the customer or employee profile the phone, so the notification function joins them.
  const phoneOf = new Map([[customer.userId, customer.personalInfo.phone],
    ...employees.map((e) => [e.userId, e.personalInfo.phone])]);
  const people = users.map((u) => (phoneOf.get(u.userId) ? { ...u, phone: phoneOf.get(u.userId) } : u));

  // Counters live on these documents; stats.delta increments are applied here.
  const store = {
    employees: Object.fromEntries(employees.map((e) => [e.employeeId, e])),
    services: Object.fromEntries(services.map((s) => [s.serviceId, s])),
    users: Object.fromEntries(users.map((u) => [u.userId, u])),
    customers: { [customer.customerId]: customer },
  };

  const steps = [];   // {n, op, title, input, output, lines}
  const facts = {};   // key figures, for the test and the summary

  async function step(op, title, input, describe) {
    const inputText = JSON.stringify(input);
    const output = String(await call(op, inputText));
    const rec = { n: steps.length + 1, op, title, input: inputText, output, lines: [] };
    steps.push(rec);
    let env;
    try { env = JSON.parse(output); } catch (e) { env = null; }
    if (!env || env.ok !== true) {
      rec.lines.push(env ? `FAILED: ${env.error.code}: ${env.error.message}` +
        (env.error.details || []).map((d) => `\n  ${d.path} ${d.code}: ${d.message}`).join('')
        : `FAILED: not JSON: ${output.slice(0, 200)}`);
      throw new StepFailed(`${op} (${title}) failed`);
    }
    if (describe) rec.lines.push(...[].concat(describe(env.result)));
    return env.result;
  }

  // notify.plan for one event: who is told what, on which channels.
  async function notify(event, now) {
    return step('notify.plan', `notifications for ${event.type}`, { event, people, now, config }, (r) => [
      ...r.notifications.map((n) => `→ ${n.recipientId} (${n.priority}; ${n.channels.join(', ')}): “${n.title}” ${n.message}`),
      skippedSummary(r.skipped),
    ].flat());
  }

  // stats.delta for one event, on the order as it was before the event.
  async function stats(event, orderBefore, extra = {}) {
    const input = { event, order: orderBefore, ...extra };
    const r = await step('stats.delta', `counters for ${event.type}`, input, () => []);
    const rec = steps[steps.length - 1];
    const changes = applyCounters(store, r);
    rec.lines.push(...(changes.length ? changes : ['no counter changes']));
    return r;
  }

  // order.transition, then apply it, then notify every event it emits; confirmation and delivery
  // also move counters (stats.delta; delivery needs the assignee's document for the utilization).
  async function transition(event, actor, now) {
    const before = clone(order);
    const r = await step('order.transition', event, { order: before, request: { event }, actor, now, config },
      (res) => [`${res.history.from} → ${res.history.to} by ${res.history.actor} (${res.history.role}), ${localTime(now)}; ` +
        itemStages(res.order.items) + `; emits ${res.events.map((e) => e.type).join(', ')}`]);
    applyTransition(order, r);
    for (const ev of r.events) {
      await notify(ev, now);
      if (ev.type === 'order_confirmed') await stats({ type: ev.type }, before);
      if (ev.type === 'order_delivered') {
        await stats({ type: ev.type }, before, { employees: [store.employees[before.assignedEmployeeId]] });
      }
    }
    return r;
  }

  // A payment as the gateway webhook records it: append the transaction,
  // summarize, store the status, tell the people and count the spend.
  async function pay(what, details, amount, now) {
    const before = clone(order);
    const txn = { transactionId: details.transactionId, kind: 'charge', status: 'succeeded', amount,
      idempotencyKey: details.idempotencyKey, gatewayId: details.gatewayId, method: details.method, at: now };
    order.payment.transactions.push(txn);
    const s = await step('payment.summarize', `${what} of ${inr(amount, currency)} (${details.method})`, {
      total: order.pricing.totalAmount, currency, transactions: order.payment.transactions,
      advanceRequired: order.pricing.advanceRequired,
    }, (r) => `status ${r.status}: paid ${inr(r.netPaid.decimal, currency)} of ${inr(r.total.decimal, currency)}, ` +
      `due ${inr(r.due.decimal, currency)}; advance ${inr(r.advanceRequired.decimal, currency)} ${r.advanceMet ? 'met' : 'NOT met'}`);
    order.payment.status = s.status;
    order.payment.method = details.method;
    order.pricing.remainingAmount = s.due.decimal;
    order.updatedAt = now;
    const event = { type: 'payment_received', orderId: order.orderId, customerId: order.customerId,
      ...(order.assignedEmployeeId ? { assignedEmployeeId: order.assignedEmployeeId } : {}), amount, currency, at: now };
    await notify(event, now);
    await stats({ type: 'payment_received', amount }, before);
    return s;
  }

  try {
    // 1. The order as the app submitted it.
    const v = await step('validate.order', 'the submitted order', order, (r) => r.valid
      ? `valid: ${order.serviceItems.length} service items + ${order.customItems.length} custom item for ${order.customerId}, delivery ${localTime(order.timeline.deliveryDate)}`
      : `INVALID: ${r.issues.map((i) => `${i.path} ${i.code}`).join('; ')}`);
    if (!v.valid) throw new StepFailed('the demo order is not valid');

    // 2. The authoritative price. The order's discounts (document form) become the quote's discount requests.
    const discounts = order.pricing.discounts.map((d) => ({
      name: d.code || d.reason || d.kind, source: d.kind, kind: d.type,
      ...(d.type === 'percent' ? { rateBps: d.valueBps } : { amount: d.amount }),
      scope: d.scope || 'order', ...(d.itemId ? { itemId: d.itemId } : {}),
    }));
    const q = await step('pricing.quote', 'price the order', { order, services, customer, discounts, config }, (r) => [
      ...r.lines.map((l) => `${l.itemId} ${l.kind === 'service' ? l.serviceId : 'custom'} ×${l.quantity}: unit ${inr(l.unitPrice.decimal)}` +
        ` gross ${inr(l.gross.decimal)} − ${inr(l.orderDiscount.decimal)} + tax ${inr(l.taxTotal.decimal)} = ${inr(l.total.decimal)}`),
      ...r.discounts.map((d) => `discount ${d.name} (${d.source}, ${d.rateBps !== null ? pct(d.rateBps) : 'fixed'}): ` +
        `${inr(d.value.decimal)} ${d.applied ? 'applied' : 'not applied (best only)'}`),
      ...r.taxes.map((x) => `${x.name} ${pct(x.rateBps)}: ${inr(x.amount.decimal)} (${x.components.map((c) => `${c.name} ${inr(c.amount.decimal)}`).join(', ')})`),
      `subtotal ${inr(r.subtotal.decimal)} − discounts ${inr(r.discountTotal.decimal)} + taxes ${inr(r.taxTotal.decimal)} = total ${inr(r.total.decimal)}`,
      `advance ${pct(r.advanceBps)} = ${inr(r.advanceRequired.decimal)}` +
        (r.total.decimal === Number(order.pricing.totalAmount).toFixed(2) ? '; matches the total the app showed' : `; the app showed ${order.pricing.totalAmount}: corrected`),
    ]);
    facts.quoteTotal = q.total.decimal;
    facts.advanceRequired = q.advanceRequired.decimal;
    // The stored pricing becomes the quote's: each applied discount recorded as the fixed amount it
    // was worth (the form every domain reads; a percent needs a base the order cannot always give),
    // taxes per component, totals in exact decimal strings.
    order.pricing.subtotal = q.subtotal.decimal;
    order.pricing.discounts = q.discounts.filter((d) => d.applied).map((d) => ({
      kind: d.source, type: 'fixed', amount: d.value.decimal, scope: d.scope,
      ...(d.itemId !== null ? { itemId: d.itemId } : {}),
      ...(d.source === 'coupon' ? { code: d.name } : {}),
      ...(d.source === 'manual' ? { reason: d.name, grantedBy: scenario.adminUid } : {}),
    }));
    const configuredTax = (name) => ((config.pricing || {}).taxes || []).find((x) => x.name === name) || {};
    order.pricing.taxes = q.taxes.flatMap((x) => x.components.length
      ? x.components.map((c) => ({ name: c.name, inclusive: x.inclusive, amount: c.amount.decimal,
        rateBps: configuredTax(x.name).split.components.find((k) => k.name === c.name).rateBps }))
      : [{ name: x.name, rateBps: x.rateBps, inclusive: x.inclusive, amount: x.amount.decimal }])
      .map(({ name, rateBps, inclusive, amount }) => ({ name, rateBps, inclusive, amount }));
    order.pricing.totalAmount = q.total.decimal;
    order.pricing.advanceRequired = q.advanceRequired.decimal;
    order.pricing.remainingAmount = q.remainingAmount.decimal;

    // 3. The order exists now: the shop is told and the customer's order count grows.
    const created = { type: 'order_created', orderId: order.orderId, customerId: order.customerId, at: t.submitted };
    await notify(created, t.submitted);
    await stats({ type: 'order_created' }, clone(order), { customer: { customerId: customer.customerId, userId: customer.userId } });

    // 4. The advance.
    await pay('advance', scenario.advancePayment, order.pricing.advanceRequired, t.advancePaid);

    // 5. The business rules, checked by the admin before confirming.
    const rc = await step('rules.check', 'business rules before confirming', {
      now: t.checked, actor: admin, order, services, employees, customer,
      dailyBookings: scenario.dailyBookings, config,
    }, (r) => r.violations.length === 0
      ? `no violations (errors ${r.errors}, warnings ${r.warnings}): services active, daily capacity and queue have room, lead time met, measurements present, no discount beyond the admin's limit`
      : r.violations.map((v) => `${v.severity} ${v.code} at ${v.path}: ${v.message}`));
    if (!rc.ok) throw new StepFailed('rules.check found errors');

    // 6. Confirmed.
    await transition('confirm', admin, t.confirmed);

    // 7. Who makes it.
    const rank = await step('assign.rank', 'rank the tailors', { order, services, employees, customer, now: t.assigned, config }, (r) => [
      ...r.ranked.map((e) => `#${e.rank} ${e.employeeId} score ${e.score} (` +
        e.factors.map((f) => `${f.factor} ${f.points}`).join(', ') + `), utilization ${pct(e.utilizationBps)}`),
      ...r.excluded.map((e) => `excluded ${e.employeeId}: ${e.reasons.map((x) => x.code).join(', ')}`),
    ]);
    if (rank.ranked.length === 0) throw new StepFailed('no tailor can take the order');
    const chosen = rank.ranked[0];
    facts.assignedEmployeeId = chosen.employeeId;
    facts.assignedScore = chosen.score;
    const runnerUp = rank.ranked[1];
    // The factor that separates the chosen tailor most from the runner-up (ties: listed first).
    let decisive = null;
    if (runnerUp) {
      for (const f of chosen.factors) {
        const lead = f.points - runnerUp.factors.find((g) => g.factor === f.factor).points;
        if (!decisive || lead > decisive.lead) decisive = { factor: f.factor, lead };
      }
    }
    steps[steps.length - 1].lines.push(`chosen: ${nameOf(employees, chosen.employeeId)} (${chosen.employeeId}), score ${chosen.score}` +
      (runnerUp ? ` vs ${runnerUp.score} for ${runnerUp.employeeId}; biggest lead: ${decisive.factor} (+${decisive.lead})` : ''));
    const beforeAssign = clone(order);
    order.assignedEmployeeId = chosen.employeeId;
    for (const item of order.serviceItems) {
      order.workAssignments[item.itemId] = { employeeId: chosen.employeeId, assignedAt: t.assigned, assignedBy: admin.uid };
    }
    order.updatedAt = t.assigned;
    const assigned = { type: 'order_assigned', orderId: order.orderId, customerId: order.customerId,
      assignedEmployeeId: chosen.employeeId, at: t.assigned };
    await notify(assigned, t.assigned);
    await stats({ type: 'order_assigned', employeeId: chosen.employeeId }, beforeAssign,
      { employees: [store.employees[chosen.employeeId]] });

    // 8. Production, by the assigned tailor.
    const tailor = { uid: chosen.employeeId, role: 'employee' };
    await transition('start_production', tailor, t.cutting);
    await transition('start_stitching', tailor, t.stitching);
    await transition('schedule_trial', tailor, t.trial);
    await transition('start_finishing', tailor, t.finishing);
    await transition('request_quality_check', tailor, t.qualityCheck);
    order.qualityChecks.push({ ...scenario.qualityCheck, at: t.inspected });
    await transition('mark_ready', tailor, t.ready);

    // 9. The balance, then delivery.
    await pay('balance', scenario.balancePayment, order.pricing.remainingAmount, t.balancePaid);
    await transition('deliver', tailor, t.delivered);
    facts.finalStatus = order.status.current;

    // 10. Loyalty for the completed order.
    const l = customer.loyalty;
    const loy = await step('loyalty.evaluate', 'loyalty points for the delivered order', {
      loyalty: { tier: l.tier, points: l.points, totalSpent: l.totalSpent },
      order: { total: order.pricing.totalAmount, currency, completedAt: t.delivered }, config,
    }, (r) => [`${r.basePoints} base + ${r.bonusPoints} ${r.previousTier} bonus = ${r.pointsEarned} points; balance ${r.points}, ` +
      `tier ${r.tier}${r.tierChanged ? ' (upgraded)' : ''}; lifetime spend ${inr(r.totalSpent.decimal)}` +
      (r.nextTier ? `; ${r.missingPoints !== null ? r.missingPoints + ' points' : inr(r.missingSpend.decimal)} to ${r.nextTier}` : '')]);
    facts.pointsEarned = loy.pointsEarned;
    customer.loyalty = { ...l, tier: loy.tier, points: loy.points, totalSpent: Number(loy.totalSpent.decimal) };

    // 11. The delivered order is still a valid document.
    await step('validate.order', 'the delivered order', order, (r) => r.valid
      ? `valid: ${order.status.history.length} history entries, payment ${order.payment.status}`
      : `INVALID: ${r.issues.map((i) => `${i.path} ${i.code}`).join('; ')}`);
  } catch (e) {
    if (!(e instanceof StepFailed)) throw e;
    return { steps, facts, order, store, failed: e.message };
  }
  return { steps, facts, order, store, failed: null };
}

// Compares two runs step by step: same op, same input text, same output text.
function compareRuns(a, b) {
  const n = Math.max(a.steps.length, b.steps.length);
  const rows = [];
  for (let i = 0; i < n; i++) {
    const x = a.steps[i];
    const y = b.steps[i];
    rows.push({ index: i, same: !!(x && y && x.op === y.op && x.input === y.input && x.output === y.output) });
  }
  return rows;
}

module.exports = { runFlow, compareRuns, loadDemoData, inr };
