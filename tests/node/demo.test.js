// The demo flow (scripts/demo/flow.js: order ord_2026_0042 from submission to
// delivery) on tailorctl and on the wasm build: it must reach delivered, every
// step's input and envelope must be byte-identical across the runtimes, and the
// key figures must equal the ones worked by hand from examples/demo below.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('path');
const { load } = require('../../js-bindings');
const { runFlow, compareRuns, loadDemoData } = require('../../scripts/demo/flow');
const { tailorctlCall, wasmCall } = require('../../scripts/demo/runtimes');

const tailorctl = process.env.TAILORCTL ||
  path.join(__dirname, '..', '..', 'build', 'native-debug', 'native', 'tailorctl');

test('the demo order goes from submission to delivery, identically on tailorctl and wasm', async () => {
  const core = await load();
  const wasm = await runFlow(wasmCall(core), loadDemoData());
  const native = await runFlow(tailorctlCall(tailorctl), loadDemoData());

  assert.equal(wasm.failed, null, 'wasm flow: ' + wasm.failed + '\n' + (wasm.steps.at(-1) || {}).output);
  assert.equal(native.failed, null, 'native flow: ' + native.failed + '\n' + (native.steps.at(-1) || {}).output);
  assert.equal(wasm.order.status.current, 'delivered');
  assert.equal(native.order.status.current, 'delivered');

  assert.equal(native.steps.length, wasm.steps.length);
  for (const row of compareRuns(native, wasm)) {
    const n = native.steps[row.index];
    const w = wasm.steps[row.index];
    assert.equal(n.op, w.op, `step ${row.index + 1}`);
    assert.equal(n.input, w.input, `step ${row.index + 1} (${n.op}) input`);
    assert.equal(n.output, w.output, `step ${row.index + 1} (${n.op}) envelope`);
  }
  // The walk itself: every production stage, in order, each recorded once.
  assert.deepEqual(wasm.order.status.history.map((h) => h.to),
    ['confirmed', 'cutting', 'stitching', 'trial', 'finishing', 'quality_check', 'ready', 'delivered']);
  assert.ok(wasm.order.serviceItems.concat(wasm.order.customItems).every((i) => i.stage === 'delivered'));

  // Quote (config: GST 5 % exclusive, split CGST/SGST 2.5 % each, remainder to SGST; default
  // best_only stacking; customer silver):
  //   item-1 blouse premium 1400.00 + lining 150.00 = 1550.00 × 2 = 3100.00
  //   item-2 kurti standard 1100.00 × 1 = 1100.00
  //   item-3 tassels (custom) 350.00
  //   subtotal 4550.00; coupon DIWALI10 10 % = 455.00 beats loyalty silver 2 % = 91.00 (best only);
  //   allocated by base: 310.00 / 110.00 / 35.00 (exact) → amounts 2790.00 / 990.00 / 315.00
  //   GST 5 %: 139.50 + 49.50 + 15.75 = 204.75
  //   total = 4550.00 − 455.00 + 204.75 = 4299.75
  assert.equal(wasm.facts.quoteTotal, '4299.75');
  // Advance: standard 50 %, silver tier 75 %, combine lower → 50 % of 4299.75 = 2149.875,
  // rounded away from zero → 2149.88.
  assert.equal(wasm.facts.advanceRequired, '2149.88');
  // Payments: the advance 2149.88 then the balance 4299.75 − 2149.88 = 2149.87.
  assert.deepEqual(wasm.order.payment.transactions.map((x) => x.amount), ['2149.88', '2149.87']);
  assert.equal(wasm.order.payment.status, 'paid');

  // Assignment (default weights skill 35, workload 20, performance 15, turnaround 10,
  // distance 10, affinity 10; required skills blouse, kurti, cutting; required experience
  // max(2, 3) = 3 years; the customer has no location → distance fit 5000 for everyone):
  //   Ramesh: skill (master 10000 + min(12 − 3, 10) × 1000) / 2 = 9500 → 3325;
  //           workload (8 − 6) × 10000 / 8 = 2500 → 500; performance (480 + 470) × 10 = 9500 → 1425;
  //           turnaround 6 days ≤ 10 days left → 10000 → 1000; distance 500; affinity 0 → 6750
  //   Sunita: skill (senior 7500 + 4 × 1000) / 2 = 5750 → 2012; workload 6/8 → 7500 → 1500;
  //           performance (460 + 450) × 10 = 9100 → 1365; turnaround 1000; distance 500 → 6377
  //   Arjun lacks blouse and kurti, Farida is on leave: excluded.
  assert.equal(wasm.facts.assignedEmployeeId, 'emp_ramesh_kumar');
  assert.equal(wasm.facts.assignedScore, 6750);
  // His workload went 6 → 7 on assignment and back to 6 on delivery; one more completed order.
  const ramesh = wasm.store.employees.emp_ramesh_kumar;
  assert.equal(ramesh.workload.currentOrders, 6);
  assert.equal(ramesh.performance.completedOrders, 413);

  // Loyalty: floor(4299.75 × 100 bps) = floor(42.9975) = 42 base points; silver bonus
  // floor(42 × 5 %) = floor(2.1) = 2 → 44 earned; 1180 + 44 = 1224.
  assert.equal(wasm.facts.pointsEarned, 44);
});

test('every document the demo starts from is a valid stored document', async () => {
  const core = await load();
  const data = loadDemoData();
  const documents = [
    ['validate.config', 'config', data.config],
    ['validate.customer', 'customer', data.customer],
    ['validate.order', 'order', data.order],
    ...data.services.map((d) => ['validate.service', d.serviceId, d]),
    ...data.employees.map((d) => ['validate.employee', d.employeeId, d]),
    ...data.users.map((d) => ['validate.user', d.userId, d]),
  ];
  for (const [op, name, doc] of documents) {
    const env = JSON.parse(core.call(op, JSON.stringify(doc)));
    assert.equal(env.ok, true, `${op} ${name}`);
    assert.deepEqual(env.result.issues, [], `${op} ${name}`);
  }
});

test('the flow stops at a rejected step, and a runtime that answers differently is caught', async () => {
  const core = await load();
  const call = wasmCall(core);

  // The inspector fails the quality check: mark_ready is rejected by the core itself.
  const data = loadDemoData();
  data.scenario.qualityCheck.passed = false;
  const stopped = await runFlow(call, data);
  assert.match(stopped.failed, /order\.transition \(mark_ready\)/);
  const last = JSON.parse(stopped.steps.at(-1).output);
  assert.equal(last.error.code, 'transition_rejected');
  assert.equal(last.error.details[0].code, 'guard_quality_not_passed');
  assert.equal(stopped.order.status.current, 'quality_check');

  // One byte changed in one envelope is reported at that step and no earlier one.
  const good = await runFlow(call, loadDemoData());
  const skewed = await runFlow((op, text) => {
    const out = call(op, text);
    return op === 'assign.rank' ? out.replace('"score":6750', '"score":6751') : out;
  }, loadDemoData());
  const firstDifference = compareRuns(good, skewed).findIndex((row) => !row.same);
  assert.equal(good.steps[firstDifference].op, 'assign.rank');
});
