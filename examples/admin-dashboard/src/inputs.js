// The dashboard's operation inputs, built from its state by pure functions.
//
// Nothing here touches the DOM, the network or the clock, so the end-to-end
// test (tests/node/dashboard.test.js) imports this module in Node and rebuilds
// exactly the inputs the page sent, then runs them through the native CLI.
// The page never computes a price, a status or a score itself: every figure it
// shows comes from the core; this module only arranges documents.

/** Roles the status panel can act as, and the actor uid used for each. */
export const ROLES = ['customer', 'employee', 'admin'];

export const LOYALTY_TIERS = ['', 'bronze', 'silver', 'gold', 'platinum'];

const clone = (value) => JSON.parse(JSON.stringify(value));

/**
 * The starting state: the sample order, catalogue, customer and employees
 * (examples/samples/) plus the demo shop (data/scenario.json), with the
 * item stages the scenario sets.
 */
export function initialState({ order, blouseService, customer, employee, scenario }) {
  const working = clone(order);
  for (const item of [...working.serviceItems, ...(working.customItems || [])]) {
    if (scenario.itemStages && scenario.itemStages[item.itemId]) item.stage = scenario.itemStages[item.itemId];
  }
  return {
    now: scenario.now,
    role: 'employee',
    actors: clone(scenario.actors),
    reason: '',
    order: working,
    discounts: clone(scenario.discounts),
    customer: clone(customer),
    services: [clone(blouseService), ...clone(scenario.services)],
    employees: [clone(employee), ...clone(scenario.employees)],
    batch: clone(scenario.batch),
    config: clone(scenario.config),
  };
}

/**
 * A number typed into a field: JSON numbers stay numbers; anything else is
 * sent as the text itself, so the core reports it (type_mismatch) instead of
 * the page silently changing it.
 */
export function fieldValue(text) {
  const trimmed = String(text).trim();
  if (/^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$/.test(trimmed)) return Number(trimmed);
  return text;
}

/** pricing.quote input: the order as edited, its services, the customer, discounts, payments. */
export function quoteInput(state) {
  return {
    order: state.order,
    services: state.services,
    customer: state.customer,
    discounts: state.discounts,
    payments: (state.order.payment && state.order.payment.transactions) || [],
    config: state.config,
  };
}

/** payment.summarize input for a successful quote (total and advance from the quote). */
export function summaryInput(state, quote) {
  return {
    total: quote.total.decimal,
    currency: quote.currency,
    transactions: (state.order.payment && state.order.payment.transactions) || [],
    advanceRequired: quote.advanceRequired.decimal,
  };
}

/**
 * The order document as the dashboard would store it: the edited order with
 * its `pricing` block written from the quote (the urgency surcharge folded
 * into the subtotal, applied discounts recorded as fixed amounts, each tax
 * component with its amount) and `payment.status` from payment.summarize.
 * Without a quote (the edit is invalid) the stored pricing block is kept.
 */
export function orderDocument(state, quote, summary) {
  const doc = clone(state.order);
  if (quote) {
    const discounts = quote.discounts.filter((d) => d.applied && d.value.minor > 0).map((d) => {
      const entry = { kind: d.source, type: 'fixed', amount: d.value.decimal, scope: d.scope };
      if (d.scope === 'line') entry.itemId = d.itemId;
      if (d.source === 'coupon') entry.code = d.name;
      if (d.source === 'manual') {
        entry.reason = d.name;
        entry.grantedBy = state.actors.admin;
      }
      return entry;
    });
    const taxes = [];
    for (const t of quote.taxes) {
      if (t.components.length === 0) {
        taxes.push({ name: t.name, rateBps: t.rateBps, inclusive: t.inclusive, amount: t.amount.decimal });
        continue;
      }
      for (const c of t.components) {
        const rate = componentRate(state.config, t.name, c.name);
        taxes.push({ name: c.name, rateBps: rate, inclusive: t.inclusive, amount: c.amount.decimal });
      }
    }
    doc.pricing = {
      currency: quote.currency,
      subtotal: decimalSum(quote.subtotal, quote.surchargeTotal, quote.currency),
      discounts,
      taxes,
      totalAmount: quote.total.decimal,
      advanceRequired: quote.advanceRequired.decimal,
      remainingAmount: quote.remainingAmount.decimal,
    };
  }
  if (summary && doc.payment) doc.payment.status = summary.status;
  return doc;
}

function componentRate(config, taxName, componentName) {
  const taxes = (config.pricing && config.pricing.taxes) || [];
  const tax = taxes.find((t) => t.name === taxName);
  const component = tax && tax.split && tax.split.components.find((c) => c.name === componentName);
  return component ? component.rateBps : 0;
}

// Adds two result amounts exactly: their minor units are integers.
function decimalSum(a, b, currency) {
  const minor = a.minor + b.minor;
  if (!Number.isSafeInteger(minor)) throw new RangeError(`${currency} amount out of range`);
  return minorText(minor, a.decimal);
}

/**
 * A count of minor units as decimal text with as many decimals as `sample`
 * (a result amount's decimal text in the same currency: "12.50" → 2).
 */
export function minorText(minor, sample) {
  const decimals = (sample.split('.')[1] || '').length;
  const sign = minor < 0 ? '-' : '';
  const digits = String(Math.abs(minor)).padStart(decimals + 1, '0');
  return decimals === 0 ? sign + digits
    : `${sign}${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
}

/** validate.order input: the document itself. */
export function validateInput(state, quote, summary) {
  return orderDocument(state, quote, summary);
}

/** The actor for the selected role. */
export function actor(state) {
  return { uid: state.actors[state.role], role: state.role };
}

/** order.transitions input: what may the selected role do now. */
export function transitionsInput(state, quote, summary) {
  return { order: orderDocument(state, quote, summary), actor: actor(state), now: state.now, config: state.config };
}

/**
 * order.transition input for one offered transition ({event, to}). `to` is
 * sent with the event when known (rework offers several targets); the
 * reason typed in the status panel goes with it when there is one.
 */
export function transitionInput(state, quote, summary, option) {
  const request = { event: option.event };
  if (option.to !== null && option.to !== undefined) request.to = option.to;
  if (state.reason.trim() !== '') request.reason = state.reason.trim();
  return { order: orderDocument(state, quote, summary), request, actor: actor(state), now: state.now, config: state.config };
}

/**
 * The state after a successful order.transition: the new status, the item
 * stages and the history entry the core returned, copied as they are.
 */
export function applyTransition(state, result) {
  const next = clone(state);
  const status = next.order.status;
  status.current = result.order.status.current;
  status.lastUpdated = result.order.status.lastUpdated;
  status.history.push(result.history);
  const stages = new Map(result.order.items.map((i) => [i.itemId, i.stage]));
  for (const item of [...next.order.serviceItems, ...(next.order.customItems || [])]) {
    if (stages.has(item.itemId)) item.stage = stages.get(item.itemId);
  }
  next.order.updatedAt = result.order.status.lastUpdated;
  next.reason = '';
  return next;
}

/**
 * The state after recording a succeeded charge of `amount` (a decimal string
 * from the quote's remainingAmount or advanceRequired).
 */
export function recordPayment(state, amount, purpose) {
  const next = clone(state);
  const payment = next.order.payment;
  const n = payment.transactions.length + 1;
  const id = `txn_${String(n).padStart(4, '0')}`;
  payment.transactions.push({
    transactionId: id, kind: 'charge', status: 'succeeded', amount,
    idempotencyKey: `${next.order.orderId}:${purpose}:${n}`, method: 'cash', at: next.now,
  });
  next.order.updatedAt = next.now;
  return next;
}

/** assign.rank input: every employee for the edited order. */
export function rankInput(state) {
  return {
    order: state.order, services: state.services, employees: state.employees,
    now: state.now, config: state.config, customer: state.customer,
  };
}

/** assign.plan input: the day's batch of new orders over the whole staff. */
export function planInput(state) {
  return {
    orders: state.batch, services: state.services, employees: state.employees,
    now: state.now, config: state.config, customers: [state.customer],
  };
}

/**
 * Where an issue belongs in the editor, as the editor's field key
 * (`data-path`): validate.order reports paths in the order document, which
 * are the keys themselves; pricing.quote reports them under /order (and
 * /discounts, /customer as sent).
 */
export function fieldPath(op, path) {
  if (op === 'pricing.quote' && path.startsWith('/order/')) return path.slice('/order'.length);
  return path;
}
