// assign.plan on the wasm build against an independent solver: the HiGHS LP
// solver (npm `highs`, a test-only oracle). The batch problem is a
// transportation problem (totally unimodular), so the LP optimum is integral and
// equals the best integer plan. Scores for the LP come from assign.rank, so this
// checks the optimisation, not the scoring (vectors pin the scoring).
// Seeded, printed: TAILOR_SEED=<n> node --test tests/node/assign.test.js replays.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { load } = require('../../js-bindings');

const seed = Number(process.env.TAILOR_SEED ?? 20261125);

const { rng, id } = require('./assign_instances.js');

function instance(r) {
  const orders = 3 + r(38);
  const employees = 1 + r(10);
  const skills = 4;
  const services = Array.from({ length: skills }, (_, s) => ({ serviceId: `svc${s}`, requirements: { skills: [`skill${s}`], experience: r(3) } }));
  const emps = Array.from({ length: employees }, (_, j) => ({
    employeeId: id('emp', j),
    status: r(10) === 0 ? 'on_leave' : 'active',
    professional: {
      specializations: Array.from({ length: skills }, (_, s) => `skill${s}`).filter(() => r(100) < 70),
      experience: r(12),
      skillLevel: ['apprentice', 'junior', 'senior', 'master'][r(4)],
    },
    workload: { currentOrders: r(4), capacity: 1 + r(6) },
    performance: { rating: r(501) / 100, customerFeedback: r(501) / 100, averageTurnaround: 2 + r(14) },
    location: { latitude: (12971600 + r(600001) - 300000) / 1e6, longitude: (77594600 + r(600001) - 300000) / 1e6 },
  }));
  const ords = Array.from({ length: orders }, (_, i) => ({
    orderId: id('ord', i),
    serviceItems: [{ itemId: 'a', serviceId: `svc${r(skills)}`, stage: 'pending' }],
    timeline: { deliveryDate: { seconds: 1772409600 + (2 + r(15)) * 86400 }, urgent: r(4) === 0 },
    customerLocation: { latitude: (12971600 + r(400001) - 200000) / 1e6, longitude: (77594600 + r(400001) - 200000) / 1e6 },
    previousEmployeeIds: r(2) ? [id('emp', r(employees))] : [],
  }));
  return { now: '2026-03-02T04:00:00Z', orders: ords, services, employees: emps };
}

function lpOf(input, scores) {
  const terms = [];
  const orderRows = [];
  const byEmployee = new Map(input.employees.map((e) => [e.employeeId, []]));
  scores.forEach((row, i) => {
    const vars = [];
    for (const [e, s] of row) {
      const v = `x_${i}_${e}`;
      terms.push(`${s} ${v}`);
      vars.push(v);
      byEmployee.get(e).push(v);
    }
    if (vars.length) orderRows.push(` o${i}: ${vars.join(' + ')} <= 1`);
  });
  const employeeRows = [];
  for (const e of input.employees) {
    const vars = byEmployee.get(e.employeeId);
    const room = Math.max(0, e.workload.capacity - e.workload.currentOrders);
    if (vars.length) employeeRows.push(` c_${e.employeeId}: ${vars.join(' + ')} <= ${room}`);
  }
  const bounds = scores.flatMap((row, i) => [...row.keys()].map((e) => ` 0 <= x_${i}_${e} <= 1`));
  return ['Maximize', ` obj: ${terms.join(' + ')}`, 'Subject To', ...orderRows, ...employeeRows, 'Bounds', ...bounds, 'End'].join('\n');
}

test(`assign.plan's objective equals the HiGHS LP optimum on 220 random batches (seed ${seed})`, async () => {
  console.log(`assign.test.js seed ${seed} (set TAILOR_SEED to replay)`);
  const core = await load();
  const highs = await require('highs')();
  const r = rng(seed);
  let compared = 0;
  for (let k = 0; k < 220; k++) {
    const input = instance(r);
    const plan = JSON.parse(core.call('assign.plan', JSON.stringify(input)));
    assert.equal(plan.ok, true, JSON.stringify(plan.error));
    const scores = input.orders.map((order) => {
      const ranked = JSON.parse(core.call('assign.rank', JSON.stringify({
        now: input.now, order, services: input.services, employees: input.employees,
      })));
      assert.equal(ranked.ok, true);
      return new Map(ranked.result.ranked.map((x) => [x.employeeId, x.score]));
    });
    let optimum = 0;
    if (scores.some((row) => row.size > 0)) {
      const lp = highs.solve(lpOf(input, scores), { output_flag: false });
      assert.equal(lp.Status, 'Optimal');
      optimum = Math.round(lp.ObjectiveValue);
      assert.ok(Math.abs(lp.ObjectiveValue - optimum) < 1e-6, 'the LP optimum of a transportation problem is integral');
    }
    assert.equal(plan.result.objective, optimum, `instance ${k} of seed ${seed}`);
    // Every assignment is a feasible pair with assign.rank's score, within capacity.
    const load_ = new Map();
    for (const a of plan.result.assignments) {
      const i = input.orders.findIndex((o) => o.orderId === a.orderId);
      assert.equal(scores[i].get(a.employeeId), a.score);
      load_.set(a.employeeId, (load_.get(a.employeeId) ?? 0) + 1);
    }
    for (const e of plan.result.employees) assert.ok((load_.get(e.employeeId) ?? 0) <= e.remainingCapacity);
    compared++;
  }
  assert.equal(compared, 220);
});

test('assign.plan gives the same bytes for any order of the input arrays', async () => {
  const core = await load();
  const r = rng(seed + 1);
  for (let k = 0; k < 20; k++) {
    const input = instance(r);
    const first = core.call('assign.plan', JSON.stringify(input));
    const shuffled = { ...input, orders: [...input.orders].reverse(), employees: [...input.employees].reverse() };
    assert.equal(core.call('assign.plan', JSON.stringify(shuffled)), first);
  }
});
