// The admin dashboard (examples/admin-dashboard) end to end in Debian's
// Chromium: edit the order, switch roles, click status buttons, and check that
// every figure the page shows is what the native CLI answers for the very
// input the page sent; then run every shared vector inside the page.
// Screenshots go to tests/artifacts/dashboard/ (gitignored).
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const { pathToFileURL } = require('url');
const { vectorFiles, root: vectorsRoot } = require('./vectors.js');
const { serve, launchChromium } = require('../browser/server.js');

const repo = path.join(__dirname, '..', '..');
const tailorctl = process.env.TAILORCTL || path.join(repo, 'build', 'native-debug', 'native', 'tailorctl');
const artifacts = path.join(repo, 'tests', 'artifacts', 'dashboard');
const PAGE = '/examples/admin-dashboard/index.html';

/** The native envelope text for an input text (tailorctl prints it plus a newline). */
function native(op, inputText) {
  const r = spawnSync(tailorctl, [op], { input: inputText, maxBuffer: 64 << 20 });
  assert.equal(r.error, undefined, `cannot run ${tailorctl}`);
  const out = r.stdout.toString('utf8');
  assert.ok(out.endsWith('\n'), `tailorctl ${op} printed no envelope: ${r.stderr}`);
  return out.slice(0, -1);
}

async function snapshot(page) {
  return page.evaluate(() => JSON.parse(JSON.stringify(window.dashboardState)));
}

// Every call the page made in its last refresh gives the native bytes.
function assertCallsMatchNative(snap) {
  const ops = Object.keys(snap.calls);
  for (const op of ['pricing.quote', 'validate.order', 'order.transitions', 'assign.rank', 'assign.plan']) {
    assert.ok(ops.includes(op), `the page did not call ${op}`);
  }
  for (const op of ops) {
    assert.equal(snap.calls[op].output, native(op, snap.calls[op].input), `${op}: wasm in the page ≠ tailorctl`);
  }
}

// The inputs the page sent are the ones ./inputs.js builds from its state.
function assertInputsRebuild(inputs, snap) {
  const { state, calls } = snap;
  const quoteEnv = JSON.parse(calls['pricing.quote'].output);
  const quote = quoteEnv.ok ? quoteEnv.result : null;
  const summary = calls['payment.summarize'] ? JSON.parse(calls['payment.summarize'].output).result : null;
  assert.equal(calls['pricing.quote'].input, JSON.stringify(inputs.quoteInput(state)));
  assert.equal(calls['validate.order'].input, JSON.stringify(inputs.validateInput(state, quote, summary)));
  assert.equal(calls['order.transitions'].input, JSON.stringify(inputs.transitionsInput(state, quote, summary)));
  assert.equal(calls['assign.rank'].input, JSON.stringify(inputs.rankInput(state)));
  assert.equal(calls['assign.plan'].input, JSON.stringify(inputs.planInput(state)));
  if (quote) assert.equal(calls['payment.summarize'].input, JSON.stringify(inputs.summaryInput(state, quote)));
}

// The numbers on screen are the native result's numbers.
async function assertRenderedFigures(page, snap) {
  const quoteEnv = JSON.parse(native('pricing.quote', snap.calls['pricing.quote'].input));
  const shown = await page.$$eval('#quote [data-figure]', (nodes) => nodes.map((n) => [n.dataset.figure, n.textContent]));
  if (!quoteEnv.ok) {
    assert.deepEqual(shown, []);
  } else {
    const q = quoteEnv.result;
    const expected = new Map();
    for (const key of ['subtotal', 'surchargeTotal', 'discountTotal', 'taxTotal', 'total', 'advanceRequired', 'amountPaid', 'remainingAmount']) {
      expected.set(key, q[key].decimal);
    }
    for (const t of q.taxes) {
      expected.set(`tax-${t.name}`, t.amount.decimal);
      for (const c of t.components) expected.set(`tax-${c.name}`, c.amount.decimal);
    }
    for (const line of q.lines) {
      for (const key of ['unitBase', 'addOns', 'unitPrice', 'gross', 'lineDiscount', 'surcharge', 'orderDiscount', 'amount', 'total']) {
        expected.set(`line/${line.itemId}/${key}`, line[key].decimal);
      }
      for (const t of line.taxes) expected.set(`line/${line.itemId}/tax-${t.name}`, t.amount.decimal);
    }
    assert.ok(shown.length >= 8 + q.lines.length * 5, `only ${shown.length} figures shown`);
    for (const [key, text] of shown) {
      assert.ok(expected.has(key), `unexpected figure ${key}`);
      assert.equal(text, `₹${expected.get(key)}`, `figure ${key}`);
    }
    for (const key of ['total', 'advanceRequired', 'remainingAmount']) {
      assert.ok(shown.some(([k]) => k === key), `${key} is not shown`);
    }
  }

  const rank = JSON.parse(native('assign.rank', snap.calls['assign.rank'].input));
  assert.equal(rank.ok, true);
  const points = await page.$$eval('#rank [data-points]', (nodes) => nodes.map((n) => [n.dataset.points, n.textContent]));
  const expectedPoints = rank.result.ranked.flatMap((e) => e.factors.map((f) => [`${e.employeeId}/${f.factor}`, String(f.points)]));
  assert.deepEqual(points, expectedPoints);
  const scores = await page.$$eval('#rank .rank-row', (rows) => rows.map((r) => [r.dataset.employee, r.querySelector('[data-score]').dataset.score]));
  assert.deepEqual(scores, rank.result.ranked.map((e) => [e.employeeId, String(e.score)]));
  const excluded = await page.$$eval('#rank ul.excluded > li', (items) => items.map((i) => [i.dataset.employee, [...i.querySelectorAll('li code')].map((c) => c.textContent)]));
  assert.deepEqual(excluded, rank.result.excluded.map((e) => [e.employeeId, e.reasons.map((r) => r.code)]));

  const plan = JSON.parse(native('assign.plan', snap.calls['assign.plan'].input));
  assert.equal(plan.ok, true);
  assert.equal(await page.textContent('#plan [data-figure="objective"]'), String(plan.result.objective));
  const cells = await page.$$eval('#plan td.assigned', (tds) => tds.map((td) => [td.dataset.cell, td.textContent]));
  assert.deepEqual(cells.sort(), plan.result.assignments.map((a) => [`${a.orderId}|${a.employeeId}`, String(a.score)]).sort());
  const unassigned = await page.$$eval('#plan [data-unassigned]', (items) => items.map((i) => i.dataset.unassigned));
  assert.deepEqual(unassigned, plan.result.unassigned.map((u) => u.orderId));

  const transitions = JSON.parse(native('order.transitions', snap.calls['order.transitions'].input));
  if (transitions.ok) {
    const buttons = await page.$$eval('#transition-buttons button', (bs) => bs.map((b) => [b.dataset.event, b.dataset.to, !b.disabled]));
    assert.deepEqual(buttons, transitions.result.transitions.map((t) => [t.event, t.to === null ? '' : t.to, t.allowed]));
    assert.equal(await page.textContent('#status-current'), transitions.result.current);
  }
}

async function checkEverything(page, inputs) {
  const snap = await snapshot(page);
  assertCallsMatchNative(snap);
  assertInputsRebuild(inputs, snap);
  await assertRenderedFigures(page, snap);
  return snap;
}

// Waits until the page has refreshed after an action (its quote input changed
// or the transition result did).
async function act(page, action) {
  const before = await page.evaluate(() => JSON.stringify([window.dashboardState.calls, window.dashboardState.lastTransition]));
  await action();
  await page.waitForFunction((b) => JSON.stringify([window.dashboardState.calls, window.dashboardState.lastTransition]) !== b, before, { timeout: 5000 });
}

test('the admin dashboard shows the native figures and runs every vector', async (t) => {
  const inputs = await import(pathToFileURL(path.join(repo, 'examples', 'admin-dashboard', 'src', 'inputs.js')).href);
  fs.mkdirSync(artifacts, { recursive: true });
  const list = vectorFiles().map((f) => path.relative(vectorsRoot, f).split(path.sep).join('/'));
  fs.mkdirSync(path.join(repo, 'build'), { recursive: true });
  fs.writeFileSync(path.join(repo, 'build', 'dashboard-vectors.json'), JSON.stringify(list));

  const server = await serve(repo);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    const problems = [];
    page.on('pageerror', (e) => problems.push(`pageerror: ${e}`));
    page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
    await page.goto(server.url + PAGE);
    await page.waitForFunction(() => window.dashboardState !== undefined, null, { timeout: 30000 });
    const first = await snapshot(page);
    assert.equal(first.error, undefined, first.error);

    await t.test('the page loads under the strict CSP and matches tailorctl', async () => {
      const snap = await checkEverything(page, inputs);
      assert.equal(snap.state.order.orderId, 'ord_2026_0001');
      assert.equal(JSON.parse(snap.calls['validate.order'].output).result.valid, true,
        snap.calls['validate.order'].output);
      await page.screenshot({ path: path.join(artifacts, 'initial.png'), fullPage: true });
    });

    await t.test('editing quantity, urgency and loyalty reprices like tailorctl', async () => {
      const total0 = JSON.parse((await snapshot(page)).calls['pricing.quote'].output).result.total.minor;
      await act(page, () => page.fill('[data-path="/serviceItems/1/quantity"]', '3'));
      let snap = await checkEverything(page, inputs);
      assert.equal(snap.state.order.serviceItems[1].quantity, 3);
      const total1 = JSON.parse(snap.calls['pricing.quote'].output).result.total.minor;
      assert.ok(total1 > total0, `total ${total0} → ${total1}`);
      await act(page, () => page.check('#urgent'));
      snap = await checkEverything(page, inputs);
      const q = JSON.parse(snap.calls['pricing.quote'].output).result;
      assert.ok(q.surchargeTotal.minor > 0);
      assert.ok(q.explanations.some((x) => x.code === 'urgency_surcharge'));
      await act(page, () => page.selectOption('#loyalty', 'gold'));
      snap = await checkEverything(page, inputs);
      assert.equal(snap.state.customer.loyalty.tier, 'gold');
      await act(page, () => page.selectOption('[data-path="/serviceItems/1/tier"]', 'premium'));
      await checkEverything(page, inputs);
      await page.screenshot({ path: path.join(artifacts, 'edited-urgent.png'), fullPage: true });
    });

    await t.test('invalid fields show the issue next to the field', async () => {
      await act(page, () => page.fill('[data-path="/serviceItems/0/quantity"]', '0'));
      const snap = await checkEverything(page, inputs);
      const report = JSON.parse(snap.calls['validate.order'].output).result;
      assert.equal(report.valid, false);
      const issue = report.issues.find((i) => i.path === '/serviceItems/0/quantity');
      assert.ok(issue, JSON.stringify(report.issues));
      // The messages sit right under the quantity input and say what the core said.
      const field = '[data-path="/serviceItems/0/quantity"]';
      assert.equal(await page.$eval(field, (n) => n.classList.contains('invalid')), true);
      const under = await page.$eval(field, (n) => {
        const out = [];
        for (let m = n.nextElementSibling; m && m.classList.contains('issue-msg'); m = m.nextElementSibling) {
          out.push([m.dataset.op, m.dataset.issuePath, m.textContent]);
        }
        return out;
      });
      const own = under.find(([op, p]) => op === 'validate.order' && p === '/serviceItems/0/quantity');
      assert.ok(own && own[2].includes(issue.message), JSON.stringify(under));
      // pricing.quote refuses the order too; its detail (under /order) lands on the same field.
      const quoteEnv = JSON.parse(snap.calls['pricing.quote'].output);
      assert.equal(quoteEnv.ok, false);
      const detail = quoteEnv.error.details.find((d) => d.path === '/order/serviceItems/0/quantity');
      assert.ok(detail, JSON.stringify(quoteEnv.error.details));
      assert.ok(under.some(([op, p, text]) => op === 'pricing.quote' && p === detail.path && text.includes(detail.message)), JSON.stringify(under));
      // Text that is not a number is sent as it is: the core names the type problem.
      await act(page, () => page.fill('[data-path="/serviceItems/0/quantity"]', 'two'));
      const typed = await checkEverything(page, inputs);
      assert.equal(JSON.parse(typed.calls['validate.order'].input).serviceItems[0].quantity, 'two');
      const typeIssue = JSON.parse(typed.calls['validate.order'].output).result.issues.find((i) => i.path === '/serviceItems/0/quantity');
      assert.equal(typeIssue.code, 'type_mismatch');
      await page.waitForSelector('.issue-msg[data-op="validate.order"][data-issue-path="/serviceItems/0/quantity"]');
      await page.fill('[data-path="/discounts/0/rateBps"]', '12.5');
      await page.waitForSelector('.issue-msg[data-issue-path="/discounts/0/rateBps"]');
      await page.screenshot({ path: path.join(artifacts, 'validation.png'), fullPage: true });
      await act(page, () => page.fill('[data-path="/discounts/0/rateBps"]', '1000'));
      await act(page, () => page.fill('[data-path="/serviceItems/0/quantity"]', '2'));
      const fixed = await checkEverything(page, inputs);
      assert.equal(JSON.parse(fixed.calls['validate.order'].output).result.valid, true, fixed.calls['validate.order'].output);
      assert.equal(await page.$$eval('.issue-msg', (ns) => ns.length), 0);
    });

    await t.test('status buttons follow the role; clicks run order.transition', async () => {
      for (const role of ['customer', 'admin', 'employee']) {
        await act(page, () => page.selectOption('#role', role));
        const snap = await checkEverything(page, inputs);
        assert.equal(JSON.parse(snap.calls['order.transitions'].input).actor.role, role);
      }
      // An employee moves the order on: the first allowed button.
      const option = await page.$eval('#transition-buttons button:not([disabled])', (b) => ({ event: b.dataset.event, to: b.dataset.to }));
      await act(page, () => page.click(`#transition-buttons button[data-event="${option.event}"][data-to="${option.to}"]`));
      let snap = await snapshot(page);
      const call = snap.lastTransition;
      assert.equal(call.envelope.ok, true, JSON.stringify(call.envelope));
      assert.equal(JSON.stringify(call.envelope), native('order.transition', snap.calls['order.transition'].input));
      // The page's input is the one inputs.js builds from the state before the click.
      assert.equal(snap.calls['order.transition'].input,
        JSON.stringify(inputs.transitionInput(call.before.state, call.before.quote, call.before.summary, call.option)));
      const h = call.envelope.result.history;
      assert.equal(snap.state.order.status.current, h.to);
      assert.match(await page.textContent('[data-result="accepted"]'), new RegExp(`${h.from} → ${h.to}`));
      const events = await page.$$eval('[data-result="accepted"] code.event', (ns) => ns.map((n) => n.textContent));
      assert.deepEqual(events, call.envelope.result.events.map((e) => e.type));
      await checkEverything(page, inputs);

      // hold needs a reason: without one the core rejects it and names the guard.
      await act(page, () => page.click('#transition-buttons button[data-event="hold"]'));
      snap = await snapshot(page);
      assert.equal(snap.lastTransition.envelope.ok, false);
      assert.equal(JSON.stringify(snap.lastTransition.envelope), native('order.transition', snap.calls['order.transition'].input));
      const guard = snap.lastTransition.envelope.error.details[0].code;
      assert.equal(guard, 'guard_reason_required');
      assert.equal(await page.getAttribute('[data-result="rejected"] [data-guard]', 'data-guard'), guard);
      await page.screenshot({ path: path.join(artifacts, 'rejected.png'), fullPage: true });

      // With a reason it goes through, and an admin then resumes it.
      await page.fill('#reason', 'Waiting for the customer to choose buttons');
      await act(page, () => page.click('#transition-buttons button[data-event="hold"]'));
      snap = await snapshot(page);
      assert.equal(snap.lastTransition.envelope.ok, true, JSON.stringify(snap.lastTransition.envelope));
      assert.equal(snap.state.order.status.current, 'on_hold');
      assert.equal(snap.lastTransition.envelope.result.history.reason, 'Waiting for the customer to choose buttons');
      await checkEverything(page, inputs);
      await act(page, () => page.selectOption('#role', 'admin'));
      await act(page, () => page.click('#transition-buttons button[data-event="resume"]'));
      snap = await checkEverything(page, inputs);
      assert.equal(snap.lastTransition.envelope.ok, true);
      assert.equal(snap.state.order.status.current, h.to);
      assert.equal(JSON.stringify(snap.lastTransition.envelope), native('order.transition', snap.calls['order.transition'].input));
      assert.equal(JSON.parse(snap.calls['validate.order'].output).result.valid, true, snap.calls['validate.order'].output);
      await page.screenshot({ path: path.join(artifacts, 'status.png'), fullPage: true });
    });

    await t.test('recording the advance and the balance settles the order', async () => {
      await act(page, () => page.click('#pay-advance'));
      let snap = await checkEverything(page, inputs);
      let q = JSON.parse(snap.calls['pricing.quote'].output).result;
      assert.equal(q.amountPaid.minor, q.advanceRequired.minor);
      assert.equal(JSON.parse(snap.calls['payment.summarize'].output).result.advanceMet, true);
      await act(page, () => page.click('#pay-balance'));
      snap = await checkEverything(page, inputs);
      q = JSON.parse(snap.calls['pricing.quote'].output).result;
      assert.equal(q.remainingAmount.minor, 0);
      const doc = JSON.parse(snap.calls['validate.order'].input);
      assert.equal(doc.payment.status, 'paid');
      assert.equal(doc.payment.transactions.length, 3);
      assert.equal(JSON.parse(snap.calls['validate.order'].output).result.valid, true, snap.calls['validate.order'].output);
      assert.equal(await page.textContent('#quote [data-figure="remainingAmount"]'), '₹0.00');
    });

    await t.test('every shared vector gives the expected envelope inside the dashboard', async () => {
      await page.click('#run-vectors');
      await page.waitForFunction(() => window.dashboardVectors !== undefined, null, { timeout: 60000 });
      const out = await page.evaluate(() => window.dashboardVectors);
      assert.equal(out.error, undefined, out.error);
      assert.equal(out.count, list.length);
      assert.ok(out.count > 500, `${out.count} vectors`);
      assert.deepEqual(out.differing.slice(0, 3), [], `${out.differing.length} vectors differ in the dashboard`);
      assert.match(await page.textContent('#vector-status'), new RegExp(`^${list.length} vectors run in this page, 0 differ$`));
      await page.screenshot({ path: path.join(artifacts, 'final.png'), fullPage: true });
    });

    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
    await server.close();
  }
});
