// Properties of pricing.quote, payment.summarize and loyalty.evaluate on the
// wasm build, through core.call (fast-check). The seed is printed; set
// TAILOR_SEED=<n> to replay a run. Same properties as the native Catch2 tests.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fc = require('fast-check');
const { load } = require('../../js-bindings');

const seed = process.env.TAILOR_SEED ? Number(process.env.TAILOR_SEED) : Date.now() % 2147483647;
console.log(`pricing.test.js seed: ${seed} (set TAILOR_SEED to replay)`);
const runs = { seed, numRuns: 400, endOnFailure: true };

const EXP = { INR: 2, JPY: 0, KWD: 3 };
/** Decimal text of `minor` units with `exp` decimals (the inputs are exact decimal strings). */
function dec(minor, exp) {
  const s = String(minor).padStart(exp + 1, '0');
  return exp ? `${s.slice(0, -exp)}.${s.slice(-exp)}` : s;
}

const rounding = fc.constantFrom('half_away_from_zero', 'half_even', 'away_from_zero', 'toward_zero');
const quoteInput = fc
  .record({
    currency: fc.constantFrom('INR', 'JPY', 'KWD'),
    rounding,
    advanceRounding: rounding,
    taxes: fc.array(fc.record({ rate: fc.integer({ min: 0, max: 3000 }), inclusive: fc.boolean(), split: fc.boolean(), toFirst: fc.boolean() }), { maxLength: 2 }),
    surcharge: fc.integer({ min: 0, max: 10000 }),
    taxable: fc.boolean(),
    additive: fc.boolean(),
    services: fc.array(fc.record({ base: fc.integer({ min: 0, max: 500000 }), premium: fc.option(fc.integer({ min: 0, max: 900000 })), min: fc.option(fc.integer({ min: 0, max: 100000 })) }), { minLength: 1, maxLength: 3 }),
    items: fc.array(fc.record({ s: fc.nat(), qty: fc.integer({ min: 1, max: 20 }), premium: fc.boolean(), addOn: fc.option(fc.integer({ min: 0, max: 20000 })), cancelled: fc.boolean() }), { maxLength: 5 }),
    discounts: fc.array(fc.record({ percent: fc.boolean(), rate: fc.integer({ min: 0, max: 10000 }), amount: fc.integer({ min: 0, max: 400000 }), line: fc.option(fc.nat()) }), { maxLength: 3 }),
    urgent: fc.boolean(),
    tier: fc.option(fc.constantFrom('bronze', 'silver', 'gold', 'platinum')),
    paid: fc.array(fc.integer({ min: 1, max: 300000 }), { maxLength: 3 }),
  })
  .map((g) => {
    const e = EXP[g.currency];
    const services = g.services.map((s, i) => {
      const pricing = { basePrice: dec(s.base, e) };
      if (s.premium !== null) pricing.tierPricing = { premium: dec(s.premium, e) };
      if (s.min !== null) pricing.minPrice = dec(s.min, e);
      return { serviceId: `s${i}`, isActive: true, pricing };
    });
    const serviceItems = g.items.map((it, i) => {
      const s = it.s % services.length;
      const item = { itemId: `i${i}`, serviceId: `s${s}`, quantity: it.qty, stage: it.cancelled ? 'cancelled' : 'pending' };
      if (it.premium && services[s].pricing.tierPricing) item.tier = 'premium';
      if (it.addOn !== null) item.addOns = [{ name: 'a', price: dec(it.addOn, e) }];
      return item;
    });
    const discounts = g.discounts.map((d, i) => {
      const out = { name: `d${i}`, source: 'manual', kind: d.percent ? 'percent' : 'fixed' };
      if (d.percent) out.rateBps = d.rate; else out.amount = dec(d.amount, e);
      if (d.line !== null && serviceItems.length) { out.scope = 'line'; out.itemId = `i${d.line % serviceItems.length}`; }
      return out;
    });
    const taxes = g.taxes.map((t, i) => {
      const tax = { name: `T${i}`, rateBps: t.rate, inclusive: t.inclusive };
      if (t.split) {
        const a = Math.floor(t.rate / 2);
        tax.split = { components: [{ name: 'C', rateBps: a }, { name: 'S', rateBps: t.rate - a }], remainderTo: t.toFirst ? 'C' : 'S' };
      }
      return tax;
    });
    const input = {
      order: { serviceItems, customItems: [], timeline: { urgent: g.urgent } },
      services,
      discounts,
      payments: g.paid.map((p, i) => ({ transactionId: `t${i}`, kind: 'charge', status: 'succeeded', amount: dec(p, e), idempotencyKey: `k${i}` })),
      config: {
        currency: g.currency,
        pricing: { rounding: g.rounding, taxes, urgency: { surchargeBps: g.surcharge, taxable: g.taxable }, discounts: { orderLevelStacking: g.additive ? 'additive' : 'best_only' } },
        payments: { advance: { rounding: g.advanceRounding } },
      },
    };
    if (g.tier !== null) input.customer = { loyalty: { tier: g.tier } };
    return input;
  });

test('pricing.quote invariants hold for random orders (wasm, fast-check)', async () => {
  const core = await load();
  fc.assert(
    fc.property(quoteInput, (input) => {
      const text = JSON.stringify(input);
      const out = core.call('pricing.quote', text);
      assert.equal(core.call('pricing.quote', text), out, 'same input → same bytes');
      const env = JSON.parse(out);
      assert.equal(env.ok, true, out);
      const q = env.result;
      let sum = 0, exclusive = 0, orderDiscounts = 0;
      for (const line of q.lines) {
        assert.ok(line.amount.minor >= 0 && line.total.minor >= 0);
        let lineExclusive = 0;
        for (const t of line.taxes) {
          if (!t.inclusive) lineExclusive += t.amount.minor;
          if (t.components.length) assert.equal(t.components.reduce((a, c) => a + c.amount.minor, 0), t.amount.minor);
        }
        assert.equal(line.total.minor, line.amount.minor + lineExclusive);
        exclusive += lineExclusive;
        sum += line.total.minor;
        orderDiscounts += line.orderDiscount.minor;
      }
      assert.equal(q.total.minor, sum, 'total = Σ lines');
      assert.equal(q.total.minor, q.subtotal.minor + q.surchargeTotal.minor - q.discountTotal.minor + exclusive);
      assert.ok(q.total.minor >= 0, 'no negative totals');
      assert.ok(q.advanceRequired.minor >= 0 && q.advanceRequired.minor <= q.total.minor, '0 ≤ advance ≤ total');
      assert.equal(q.remainingAmount.minor, q.total.minor - q.amountPaid.minor, 'remaining = total − paid');
      // The order-level discount is allocated exactly, each line within one unit of its share.
      const bases = q.lines.map((l) => BigInt(l.gross.minor - l.lineDiscount.minor + l.surcharge.minor));
      const whole = BigInt(orderDiscounts);
      const baseSum = bases.reduce((a, b) => a + b, 0n);
      if (baseSum > 0n) {
        q.lines.forEach((l, i) => {
          const diff = BigInt(l.orderDiscount.minor) * baseSum - whole * bases[i];
          assert.ok((diff < 0n ? -diff : diff) < baseSum, `line ${i} share`);
        });
      }
    }),
    runs,
  );
});

test('payment.summarize: net = paid − refunded, due = max(0, total − net), repeats count once (wasm)', async () => {
  const core = await load();
  const entry = fc.record({ amount: fc.integer({ min: 1, max: 500000 }), status: fc.constantFrom('pending', 'succeeded', 'failed') });
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 1000000 }), fc.array(entry, { maxLength: 8 }), fc.boolean(), (total, entries, repeat) => {
      const transactions = entries.map((t, i) => ({ transactionId: `t${i}`, kind: 'charge', status: t.status, amount: dec(t.amount, 2), idempotencyKey: `k${i}` }));
      if (repeat && transactions.length) transactions.push({ ...transactions[0], transactionId: 'again' });
      const env = JSON.parse(core.call('payment.summarize', JSON.stringify({ total: dec(total, 2), currency: 'INR', transactions })));
      assert.equal(env.ok, true);
      const r = env.result;
      const paid = entries.filter((t) => t.status === 'succeeded').reduce((a, t) => a + t.amount, 0);
      assert.equal(r.paid.minor, paid);
      assert.equal(r.netPaid.minor, r.paid.minor - r.refunded.minor);
      assert.equal(r.due.minor, Math.max(0, total - r.netPaid.minor));
      assert.equal(r.overpaid, r.netPaid.minor > total);
    }),
    runs,
  );
});

test('loyalty.evaluate: points round down, lifetime and tier never decrease (wasm)', async () => {
  const core = await load();
  const tiers = ['bronze', 'silver', 'gold', 'platinum'];
  fc.assert(
    fc.property(fc.constantFrom(...tiers), fc.integer({ min: 0, max: 30000 }), fc.integer({ min: 0, max: 50000000 }), (tier, points, total) => {
      const input = { loyalty: { tier, points, totalSpent: 0 }, order: { total: dec(total, 2), currency: 'INR', completedAt: '2026-03-01T00:00:00Z' }, config: {} };
      const env = JSON.parse(core.call('loyalty.evaluate', JSON.stringify(input)));
      assert.equal(env.ok, true);
      const r = env.result;
      assert.equal(r.basePoints, Math.floor(total / 10000)); // default: 1 point per 100.00
      assert.ok(r.lifetimePoints >= points);
      assert.ok(tiers.indexOf(r.tier) >= tiers.indexOf(tier));
    }),
    runs,
  );
});
