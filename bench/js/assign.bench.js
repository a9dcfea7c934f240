// assign.plan / assign.rank on the wasm build in Node, on inputs of the same
// shape as bench/assign_bench.cpp (same generator rules, a different PRNG, so
// not the same bytes): N orders × 200 employees with capacity 5, ~30 % of the
// pairs infeasible; one order ranked over 500 employees.
// Run: node bench/js/assign.bench.js   (after the wasm-release build)
'use strict';
const { load } = require('../../js-bindings');
const { measure } = require('./harness.js');

const { rng, id } = require('../../tests/node/assign_instances.js');
const levels = ['apprentice', 'junior', 'senior', 'master'];
const coord = (r, c) => (c + r(300001) - 150000) / 1e6;
const week = { mon: '09:00-18:00', tue: '09:00-18:00', wed: '09:00-18:00', thu: '09:00-18:00', fri: '09:00-18:00', sat: '10:00-14:00' };

function employee(r, j, capacity, busyMax) {
  return {
    employeeId: id('emp', j), status: 'active',
    professional: { specializations: Array.from({ length: 10 }, (_, s) => `skill${s}`).filter(() => r(100) >= 30), experience: r(20), skillLevel: levels[r(4)] },
    schedule: { workingHours: week },
    workload: { currentOrders: r(busyMax + 1), capacity },
    performance: { rating: r(501) / 100, customerFeedback: r(501) / 100, averageTurnaround: 3 + r(15) },
    location: { latitude: coord(r, 12971600), longitude: coord(r, 77594600) },
  };
}
function order(r, i, employees) {
  return {
    orderId: id('ord', i), customerId: id('cus', i),
    serviceItems: [{ itemId: 'i1', serviceId: `svc${r(10)}`, stage: 'pending' }],
    timeline: { orderDate: '2026-03-01T10:00:00Z', deliveryDate: { seconds: 1772409600 + (3 + r(18)) * 86400 }, urgent: r(5) === 0 },
    customerLocation: { latitude: coord(r, 12971600), longitude: coord(r, 77594600) },
    previousEmployeeIds: Array.from({ length: r(3) }, () => id('emp', r(employees))),
  };
}
const services = Array.from({ length: 10 }, (_, s) => ({ serviceId: `svc${s}`, requirements: { skills: [`skill${s}`], experience: 0 } }));

/** Median process CPU time (user + system) per call, in ms: robust when other
 * processes share the machine, which wall time (harness.js) is not. */
function cpuMedianMs(fn, rounds, iterations) {
  const samples = [];
  for (let r = 0; r < rounds; r++) {
    const before = process.cpuUsage();
    for (let i = 0; i < iterations; i++) fn();
    const used = process.cpuUsage(before);
    samples.push((used.user + used.system) / 1000 / iterations);
  }
  samples.sort((a, b) => a - b);
  return +samples[Math.floor(rounds / 2)].toFixed(2);
}

async function main() {
  const core = await load();
  const rows = [];
  for (const n of [100, 500, 1000, 2000, 5000]) {
    const r = rng(42);
    const employees = Array.from({ length: 200 }, (_, j) => employee(r, j, 5, 0));
    const orders = Array.from({ length: n }, (_, i) => order(r, i, 200));
    const text = JSON.stringify({ now: '2026-03-02T04:00:00Z', orders, services, employees });
    const check = JSON.parse(core.call('assign.plan', text));
    if (!check.ok) throw new Error(JSON.stringify(check.error));
    const m = measure(() => core.call('assign.plan', text), { rounds: 5, minMs: n >= 2000 ? 1000 : 300 });
    const cpu = cpuMedianMs(() => core.call('assign.plan', text), 5, n >= 1000 ? 2 : 5);
    rows.push({ case: `assign.plan ${n} orders × 200 employees`, wallMs: +(m.medianNs / 1e6).toFixed(2), cpuMs: cpu, inputKiB: Math.round(text.length / 1024), assigned: check.result.assignedCount });
  }
  {
    const r = rng(7);
    const employees = Array.from({ length: 500 }, (_, j) => employee(r, j, 5, 4));
    const text = JSON.stringify({ now: '2026-03-02T04:00:00Z', order: order(r, 0, 500), services, employees });
    const m = measure(() => core.call('assign.rank', text), { rounds: 9, minMs: 300 });
    const cpu = cpuMedianMs(() => core.call('assign.rank', text), 9, 10);
    rows.push({ case: 'assign.rank 1 order × 500 employees', wallMs: +(m.medianNs / 1e6).toFixed(3), cpuMs: cpu, inputKiB: Math.round(text.length / 1024) });
  }
  console.table(rows);
}

main().catch((e) => { console.error(e); process.exit(1); });
