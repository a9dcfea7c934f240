// The admin dashboard: loads the browser build of tailor-core (ESM + wasm),
// keeps the page state, sends every operation its input (built by
// ./inputs.js) and renders the answers. No figure is computed here.
//
// For tests and curious admins, `window.dashboardState` holds the state and,
// per operation, the exact input text sent and the envelope text received.
import { load } from '../../../js-bindings/browser.mjs';
import * as inputs from './inputs.js';

const $ = (id) => document.getElementById(id);
const CURRENCY_SYMBOLS = { INR: '₹', USD: '$', EUR: '€', GBP: '£' };
const FACTOR_COLORS = {
  skill: '#3867d6', workload: '#20bf6b', performance: '#f7b731',
  turnaround: '#8854d0', distance: '#0fb9b1', affinity: '#eb3b5a',
};

let core = null;
let state = null;
let scenario = null;
let calls = {};          // op → {input, output}: the last call of each operation
let lastTransition = null; // {option, envelope} of the last status button click
let current = {};        // the last successful results used by the next call

async function fetchJson(relative) {
  const url = new URL(relative, import.meta.url);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url.pathname}: HTTP ${response.status}`);
  return response.json();
}

function run(op, input) {
  const text = JSON.stringify(input);
  const output = core.call(op, text);
  calls[op] = { input: text, output };
  return JSON.parse(output);
}

function publish() {
  window.dashboardState = { version: core.version, state, calls, lastTransition, ready: true };
}

// ---------- tiny DOM helpers ----------

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = value;
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else if (key === 'style') Object.assign(node.style, value); // CSSOM: allowed by a strict style-src
    else node.setAttribute(key, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function money(amount, currency) {
  if (!amount) return '—';
  const symbol = CURRENCY_SYMBOLS[currency];
  return symbol ? `${symbol}${amount.decimal}` : `${amount.decimal} ${currency}`;
}

function figure(name, amount, currency) {
  return el('span', { class: 'figure', 'data-figure': name, 'data-decimal': amount ? amount.decimal : '' }, money(amount, currency));
}

function percent(bps) {
  return `${bps / 100}%`;
}

function errorBox(envelope) {
  const err = envelope.error;
  return el('div', { class: 'error-box' },
    el('strong', {}, err.code), ' ', err.message,
    el('ul', {}, (err.details || []).map((d) => el('li', {}, el('code', {}, d.code), ' at ', el('code', {}, d.path || '/'), ': ', d.message))));
}

// ---------- the editor ----------

function update(mutate, { structural = false } = {}) {
  mutate(state);
  if (structural) renderEditor();
  refresh();
}

function input(path, value, onChange, extra = {}) {
  return el('input', {
    value: value === undefined || value === null ? '' : String(value),
    'data-path': path, class: extra.class, size: extra.size, placeholder: extra.placeholder,
    oninput: (e) => onChange(e.target.value),
  });
}

function select(path, options, value, onChange) {
  const node = el('select', { 'data-path': path, onchange: (e) => onChange(e.target.value) },
    options.map((o) => el('option', { value: o.value, selected: o.value === value }, o.label)));
  return node;
}

function serviceName(serviceId) {
  const service = state.services.find((s) => s.serviceId === serviceId);
  return service ? service.name : serviceId;
}

function nextItemId() {
  const ids = [...state.order.serviceItems, ...state.order.customItems].map((i) => i.itemId);
  let n = ids.length + 1;
  while (ids.includes(`item-${n}`)) n += 1;
  return `item-${n}`;
}

// A line added to an order already in production starts at the order's stage
// (the lifecycle refuses an order whose status disagrees with its items).
function newItemStage() {
  const production = ['cutting', 'stitching', 'trial', 'alteration', 'finishing', 'quality_check', 'ready'];
  return production.includes(state.order.status.current) ? state.order.status.current : 'pending';
}

function renderEditor() {
  const order = state.order;
  $('order-id').textContent = order.orderId;
  $('urgent').checked = order.timeline.urgent === true;
  $('customer-name').textContent = `${state.customer.personalInfo.name} (${state.customer.customerId})`;
  const loyalty = $('loyalty');
  loyalty.replaceChildren(...inputs.LOYALTY_TIERS.map((t) => el('option', { value: t, selected: (state.customer.loyalty.tier || '') === t }, t || 'none')));

  $('service-lines').replaceChildren(...order.serviceItems.map((item, i) => {
    const base = `/serviceItems/${i}`;
    const service = state.services.find((s) => s.serviceId === item.serviceId);
    const tiers = Object.keys((service && service.pricing.tierPricing) || {});
    if (item.tier !== undefined && !tiers.includes(item.tier)) tiers.push(item.tier);
    const serviceOptions = state.services.map((s) => ({ value: s.serviceId, label: s.name }));
    if (!service) serviceOptions.push({ value: item.serviceId, label: item.serviceId });
    return el('tr', { 'data-path': base },
      el('td', { class: 'mono' }, item.itemId),
      el('td', {}, select(`${base}/serviceId`, serviceOptions, item.serviceId, (v) => update((s) => {
        const it = s.order.serviceItems[i];
        it.serviceId = v;
        it.garment = scenario.garments[v] || 'other';
        delete it.tier;
      }, { structural: true }))),
      el('td', {}, select(`${base}/tier`, [{ value: '', label: 'base' }, ...tiers.map((t) => ({ value: t, label: t }))], item.tier || '',
        (v) => update((s) => { if (v) s.order.serviceItems[i].tier = v; else delete s.order.serviceItems[i].tier; }))),
      el('td', {}, input(`${base}/quantity`, item.quantity, (v) => update((s) => { s.order.serviceItems[i].quantity = inputs.fieldValue(v); }), { class: 'num', size: 4 })),
      el('td', {}, input(`${base}/priceOverride/amount`, item.priceOverride ? item.priceOverride.amount : '', (v) => update((s) => {
        const it = s.order.serviceItems[i];
        if (v.trim() === '') delete it.priceOverride;
        else it.priceOverride = { amount: inputs.fieldValue(v), reason: (it.priceOverride && it.priceOverride.reason) || 'Agreed by the owner' };
      }), { class: 'num', size: 7, placeholder: 'catalogue' })),
      el('td', {}, el('span', { class: `stage stage-${item.stage}` }, item.stage)),
      el('td', {}, el('button', { class: 'icon', title: 'remove line', onclick: () => update((s) => { s.order.serviceItems.splice(i, 1); }, { structural: true }) }, '×')));
  }));

  $('custom-lines').replaceChildren(...order.customItems.map((item, i) => {
    const base = `/customItems/${i}`;
    return el('tr', { 'data-path': base },
      el('td', { class: 'mono' }, item.itemId),
      el('td', {}, input(`${base}/description`, item.description, (v) => update((s) => { s.order.customItems[i].description = v; }), { size: 28 })),
      el('td', {}, input(`${base}/price`, item.price, (v) => update((s) => { s.order.customItems[i].price = inputs.fieldValue(v); }), { class: 'num', size: 7 })),
      el('td', {}, el('span', { class: `stage stage-${item.stage}` }, item.stage)),
      el('td', {}, el('button', { class: 'icon', title: 'remove item', onclick: () => update((s) => { s.order.customItems.splice(i, 1); }, { structural: true }) }, '×')));
  }));

  const itemIds = [...order.serviceItems, ...order.customItems].map((it) => it.itemId);
  $('discount-lines').replaceChildren(...state.discounts.map((d, i) => {
    const base = `/discounts/${i}`;
    const valueKey = d.kind === 'percent' ? 'rateBps' : 'amount';
    return el('tr', { 'data-path': base },
      el('td', {}, input(`${base}/name`, d.name, (v) => update((s) => { s.discounts[i].name = v; }), { size: 18 })),
      el('td', {}, select(`${base}/source`, ['coupon', 'manual'].map((v) => ({ value: v, label: v })), d.source, (v) => update((s) => { s.discounts[i].source = v; }))),
      el('td', {}, select(`${base}/kind`, ['percent', 'fixed'].map((v) => ({ value: v, label: v })), d.kind, (v) => update((s) => {
        const disc = s.discounts[i];
        disc.kind = v;
        if (v === 'percent') { delete disc.amount; disc.rateBps = 1000; } else { delete disc.rateBps; disc.amount = 100; }
      }, { structural: true }))),
      el('td', {}, input(`${base}/${valueKey}`, d[valueKey], (v) => update((s) => { s.discounts[i][valueKey] = inputs.fieldValue(v); }), { class: 'num', size: 7 })),
      el('td', {}, select(`${base}/scope`, ['order', 'line'].map((v) => ({ value: v, label: v })), d.scope, (v) => update((s) => {
        const disc = s.discounts[i];
        disc.scope = v;
        if (v === 'line') disc.itemId = itemIds[0]; else delete disc.itemId;
      }, { structural: true }))),
      el('td', {}, d.scope === 'line'
        ? select(`${base}/itemId`, [...new Set([...itemIds, d.itemId])].map((v) => ({ value: v, label: v })), d.itemId, (v) => update((s) => { s.discounts[i].itemId = v; }))
        : el('span', { class: 'muted' }, 'whole order')),
      el('td', {}, el('button', { class: 'icon', title: 'remove discount', onclick: () => update((s) => { s.discounts.splice(i, 1); }, { structural: true }) }, '×')));
  }));

  $('payments').replaceChildren(...order.payment.transactions.map((t) =>
    el('li', {}, el('span', { class: 'mono' }, t.transactionId), ' ', t.kind, ' ', el('strong', {}, `${t.amount}`), ' ',
      el('span', { class: `pill pay-${t.status}` }, t.status), ' ', el('span', { class: 'muted' }, t.method || '', ' · ', typeof t.at === 'string' ? t.at : JSON.stringify(t.at)))));

  $('now').value = state.now;
  $('role').value = state.role;
  $('reason').value = state.reason;
}

// ---------- issues next to fields ----------

function clearIssues() {
  for (const node of document.querySelectorAll('.issue-msg')) node.remove();
  for (const node of document.querySelectorAll('.invalid')) node.classList.remove('invalid');
}

// The editor element for a JSON Pointer: the field itself, else its nearest
// ancestor that has one (a line's row), else nothing.
function fieldFor(path) {
  let p = path;
  while (p) {
    const node = document.querySelector(`#editor [data-path="${CSS.escape(p)}"]`);
    if (node) return node;
    p = p.slice(0, p.lastIndexOf('/'));
  }
  return null;
}

function showIssues(op, issues) {
  const other = [];
  for (const issue of issues) {
    const path = inputs.fieldPath(op, issue.path);
    const node = fieldFor(path);
    const msg = el('div', { class: 'issue-msg', 'data-issue-path': issue.path, 'data-op': op },
      el('span', { class: 'issue-src' }, op === 'pricing.quote' ? 'quote' : 'document'), el('code', {}, issue.code), ' ', issue.message);
    if (!node) { other.push({ op, issue, msg }); continue; }
    node.classList.add('invalid');
    msg.dataset.for = node.dataset.path;
    if (node.tagName === 'TR') {
      node.children[1].append(msg); // a line-level issue: under the line's first field
    } else {
      let anchor = node; // after the field and the messages already under it
      while (anchor.nextElementSibling && anchor.nextElementSibling.classList.contains('issue-msg')) anchor = anchor.nextElementSibling;
      anchor.insertAdjacentElement('afterend', msg);
    }
  }
  return other;
}

// ---------- panels ----------

function renderQuote(envelope) {
  const body = $('quote-body');
  if (!envelope.ok) {
    body.replaceChildren(el('p', { class: 'bad' }, 'No quote: the order as edited cannot be priced.'), errorBox(envelope));
    return;
  }
  const q = envelope.result;
  const c = q.currency;
  const lines = q.lines.map((line) => {
    // [figure key, label, amount, shown when zero, subtracted]
    const steps = [
      ['unitBase', 'unit base', line.unitBase, true, false],
      ['addOns', 'add-ons per unit', line.addOns, false, false],
      ['unitPrice', `unit price${line.clamped !== 'none' ? ` (clamped to ${line.clamped})` : ''}`, line.unitPrice, true, false],
      ['gross', `gross × ${line.quantity}`, line.gross, true, false],
      ['lineDiscount', 'line discount', line.lineDiscount, false, true],
      ['surcharge', 'urgency surcharge', line.surcharge, false, false],
      ['orderDiscount', 'order discount share', line.orderDiscount, false, true],
      ['amount', 'amount', line.amount, true, false],
      ...line.taxes.map((t) => [`tax-${t.name}`, `${t.name} ${percent(t.rateBps)}${t.inclusive ? ' (included)' : ''}`, t.amount, true, false]),
    ].filter(([, , amount, showZero]) => showZero || amount.minor !== 0);
    return el('div', { class: 'qline', 'data-item': line.itemId },
      el('div', { class: 'qline-head' },
        el('span', {}, el('span', { class: 'mono' }, line.itemId), ' ', line.kind === 'service' ? serviceName(line.serviceId) : 'custom item'),
        el('strong', {}, figure(`line/${line.itemId}/total`, line.total, c))),
      el('table', { class: 'steps' }, steps.map(([key, label, amount, , subtracted]) =>
        el('tr', {}, el('td', {}, label), el('td', { class: 'num' }, subtracted ? '− ' : '', figure(`line/${line.itemId}/${key}`, amount, c))))));
  });
  const discounts = q.discounts.map((d) => el('tr', { class: d.applied ? '' : 'not-applied' },
    el('td', {}, d.name), el('td', {}, d.source), el('td', {}, d.kind === 'percent' ? percent(d.rateBps) : 'fixed'),
    el('td', {}, d.scope === 'line' ? `line ${d.itemId}` : 'order'),
    el('td', { class: 'num' }, money(d.value, c)), el('td', {}, d.applied ? 'applied' : 'not applied')));
  const taxes = [];
  for (const t of q.taxes) {
    taxes.push(el('tr', {}, el('td', {}, `${t.name} ${percent(t.rateBps)}${t.inclusive ? ' incl.' : ''}`), el('td', { class: 'num' }, figure(`tax-${t.name}`, t.amount, c))));
    for (const comp of t.components) taxes.push(el('tr', { class: 'sub' }, el('td', {}, comp.name), el('td', { class: 'num' }, figure(`tax-${comp.name}`, comp.amount, c))));
  }
  const totals = [
    ['subtotal', 'Subtotal', q.subtotal], ['surchargeTotal', 'Urgency surcharge', q.surchargeTotal],
    ['discountTotal', 'Discounts', q.discountTotal], ['taxTotal', 'Taxes', q.taxTotal], ['total', 'Total', q.total],
    ['advanceRequired', `Advance (${percent(q.advanceBps)})`, q.advanceRequired], ['amountPaid', 'Paid', q.amountPaid],
    ['remainingAmount', 'Remaining', q.remainingAmount],
  ].map(([key, label, amount]) => el('tr', { class: key === 'total' ? 'grand' : '' }, el('td', {}, label), el('td', { class: 'num' }, figure(key, amount, c))));
  body.replaceChildren(
    el('div', { class: 'qlines' }, lines),
    el('h3', {}, 'Discounts'), q.discounts.length ? el('table', { class: 'grid' }, discounts) : el('p', { class: 'muted' }, 'none'),
    el('h3', {}, 'Taxes'), el('table', { class: 'totals' }, taxes),
    el('h3', {}, 'Totals'), el('table', { class: 'totals' }, totals),
    el('h3', {}, 'Why'), el('ol', { class: 'explanations' }, q.explanations.map((x) => el('li', {},
      el('code', {}, x.code), ' ', x.text, x.amount ? el('span', { class: 'num muted' }, ' ', money(x.amount, c)) : null))));
}

function renderStatus(envelope) {
  const buttons = $('transition-buttons');
  const actor = inputs.actor(state);
  $('actor').textContent = `uid ${actor.uid}`;
  if (!envelope.ok) {
    $('status-current').textContent = state.order.status.current;
    buttons.replaceChildren(errorBox(envelope));
  } else {
    const r = envelope.result;
    $('status-current').textContent = r.current;
    $('status-current').className = `badge stage-${r.current}`;
    buttons.replaceChildren(...(r.transitions.length ? r.transitions.map((t) => {
      const label = `${t.event.replace(/_/g, ' ')} → ${t.to === null ? '?' : t.to.replace(/_/g, ' ')}`;
      return el('div', { class: `tbtn ${t.allowed ? 'ok' : 'blocked'}` },
        el('button', {
          disabled: !t.allowed, 'data-event': t.event, 'data-to': t.to === null ? '' : t.to,
          title: t.reason ? t.reason.message : (t.requiresReason ? 'needs a reason' : ''),
          onclick: () => clickTransition(t),
        }, label, t.requiresReason ? ' ✎' : ''),
        t.reason ? el('div', { class: 'guard' }, el('code', {}, t.reason.code)) : null);
    }) : [el('p', { class: 'muted' }, `Nothing a ${state.role} may do from ${r.current}.`)]));
  }
  $('history').replaceChildren(...state.order.status.history.map((h) => el('li', {},
    el('span', { class: 'mono' }, typeof h.at === 'string' ? h.at : JSON.stringify(h.at)), ' ',
    el('strong', {}, `${h.from} → ${h.to}`), ' by ', h.actor, ` (${h.role})`, h.reason ? el('span', { class: 'muted' }, ` — ${h.reason}`) : null)));
  renderTransitionResult();
}

function renderTransitionResult() {
  const box = $('transition-result');
  if (!lastTransition) { box.replaceChildren(); return; }
  const { option, envelope } = lastTransition;
  if (!envelope.ok) {
    const d = (envelope.error.details || [])[0];
    box.replaceChildren(el('div', { class: 'rejected', 'data-result': 'rejected' },
      el('strong', {}, `${option.event} rejected`), ': ', el('code', { 'data-guard': d ? d.code : envelope.error.code }, d ? d.code : envelope.error.code),
      ' ', d ? d.message : envelope.error.message, d ? el('span', { class: 'muted' }, ` (${d.path})`) : null));
    return;
  }
  const r = envelope.result;
  const h = r.history;
  box.replaceChildren(el('div', { class: 'accepted', 'data-result': 'accepted' },
    el('div', {}, el('strong', {}, `${h.from} → ${h.to}`), ` by ${h.actor} (${h.role}, trigger ${h.trigger}) at ${h.at}`, h.reason ? ` — ${h.reason}` : ''),
    el('div', {}, 'events: ', r.events.map((e) => el('code', { class: 'event' }, e.type))),
    r.refund ? el('div', {}, `refund: ${r.refund.policy}, paid ${r.refund.paid}, retained ${r.refund.retained}, refundable ${r.refund.refundable} ${r.refund.currency}`) : null,
    r.arrears ? el('div', {}, `arrears: ${r.arrears.amount} ${r.arrears.currency} (${r.arrears.reason})`) : null));
}

function clickTransition(option) {
  const before = { state, quote: current.quote, summary: current.summary };
  const envelope = run('order.transition', inputs.transitionInput(state, current.quote, current.summary, option));
  lastTransition = { option, before, envelope };
  if (envelope.ok) {
    state = inputs.applyTransition(state, envelope.result);
    renderEditor();
  }
  refresh();
}

function employeeName(id) {
  const e = state.employees.find((x) => x.employeeId === id);
  return e && e.personalInfo ? e.personalInfo.name : id;
}

function renderRank(envelope) {
  const body = $('rank-body');
  if (!envelope.ok) { body.replaceChildren(errorBox(envelope)); return; }
  const r = envelope.result;
  const req = r.requirements;
  const legend = el('div', { class: 'legend' }, Object.entries(r.weights).map(([f, w]) =>
    el('span', {}, el('i', { style: { background: FACTOR_COLORS[f] } }), `${f} ${w}`)));
  const rows = r.ranked.map((e) => el('div', { class: 'rank-row', 'data-employee': e.employeeId },
    el('div', { class: 'rank-head' },
      el('span', { class: 'rank-no' }, `#${e.rank}`),
      el('strong', {}, employeeName(e.employeeId)), el('span', { class: 'mono muted' }, ` ${e.employeeId}`),
      el('span', { class: 'score', 'data-score': e.score }, `${e.score}`, el('span', { class: 'muted' }, ' / 10000'))),
    el('div', { class: 'stack', title: 'points per factor' }, e.factors.map((f) =>
      el('span', { style: { width: `${f.points / 100}%`, background: FACTOR_COLORS[f.factor] }, title: `${f.factor}: ${f.points} points` }))),
    el('table', { class: 'factors' }, e.factors.map((f) => el('tr', {},
      el('td', {}, f.factor),
      el('td', { class: 'bar-cell' }, el('div', { class: 'bar' }, el('span', { style: { width: `${f.fit / 100}%`, background: FACTOR_COLORS[f.factor] } }))),
      el('td', { class: 'num' }, `fit ${f.fit}`), el('td', { class: 'num' }, `× ${f.weight}% = `, el('strong', { 'data-points': `${e.employeeId}/${f.factor}` }, f.points))))),
    el('div', { class: 'muted small' },
      `utilization ${percent(e.utilizationBps)}`, ' · ',
      e.distanceMeters === null ? 'distance unknown' : `${(e.distanceMeters / 1000).toFixed(1)} km`, ' · ',
      e.nextWorkingTime ? `next working time ${e.nextWorkingTime}` : 'no schedule')));
  const excluded = r.excluded.map((e) => el('li', { 'data-employee': e.employeeId },
    el('strong', {}, employeeName(e.employeeId)), el('span', { class: 'mono muted' }, ` ${e.employeeId}`),
    el('ul', {}, e.reasons.map((x) => el('li', {}, el('code', {}, x.code), ' ', x.message)))));
  body.replaceChildren(
    el('p', { class: 'muted' }, `needs ${req.skills.join(', ') || 'no skill'}, ${req.experienceYears} years; delivery ${req.deliveryDate || 'not set'}${req.urgent ? ', urgent' : ''}`),
    legend, el('div', { class: 'ranked' }, rows),
    el('h3', {}, `Excluded (${r.excluded.length})`), el('ul', { class: 'excluded' }, excluded));
}

function renderPlan(envelope) {
  const body = $('plan-body');
  if (!envelope.ok) { body.replaceChildren(errorBox(envelope)); return; }
  const p = envelope.result;
  const byPair = new Map(p.assignments.map((a) => [`${a.orderId}|${a.employeeId}`, a.score]));
  const employees = p.employees.map((e) => e.employeeId);
  const orders = [...state.batch].map((o) => o.orderId).sort();
  const head = el('tr', {}, el('th', {}, 'order'), employees.map((id) => el('th', { title: `${employeeName(id)} (${id})` }, employeeName(id).split(' ')[0])));
  const rows = orders.map((o) => {
    const order = state.batch.find((x) => x.orderId === o);
    return el('tr', { 'data-order': o },
      el('td', {}, el('span', { class: 'mono' }, o), el('div', { class: 'muted small' }, order.serviceItems.map((i) => `${serviceName(i.serviceId)} ×${i.quantity}`).join(', '), order.timeline.urgent ? ' · urgent' : '')),
      employees.map((id) => {
        const score = byPair.get(`${o}|${id}`);
        return el('td', { class: score === undefined ? 'empty' : 'assigned', 'data-cell': `${o}|${id}` }, score === undefined ? '·' : String(score));
      }));
  });
  const load = el('tr', { class: 'load' }, el('td', {}, 'assigned / room'), p.employees.map((e) => el('td', {}, `${e.assigned} / ${e.remainingCapacity}`)));
  body.replaceChildren(
    el('p', {}, 'Objective ', el('strong', { 'data-figure': 'objective' }, String(p.objective)), ` — ${p.assignedCount} assigned, ${p.unassignedCount} unassigned`),
    el('div', { class: 'scroll' }, el('table', { class: 'grid plan-grid' }, head, rows, load)),
    p.unassigned.length ? el('h3', {}, 'Unassigned') : null,
    el('ul', { class: 'excluded' }, p.unassigned.map((u) => el('li', { 'data-unassigned': u.orderId },
      el('span', { class: 'mono' }, u.orderId), ' ', el('code', {}, u.reason), ' ', u.message,
      u.excludedBy ? el('span', { class: 'muted' }, ' (', Object.entries(u.excludedBy).map(([k, v]) => `${k} ×${v}`).join(', '), ')') : null))));
}

// ---------- the refresh cycle ----------

function refresh() {
  clearIssues();
  const quote = run('pricing.quote', inputs.quoteInput(state));
  current.quote = quote.ok ? quote.result : null;
  let summary = null;
  if (current.quote) {
    const env = run('payment.summarize', inputs.summaryInput(state, current.quote));
    summary = env.ok ? env.result : null;
  } else {
    delete calls['payment.summarize'];
  }
  current.summary = summary;
  const validation = run('validate.order', inputs.validateInput(state, current.quote, current.summary));
  renderQuote(quote);
  const other = [];
  if (!quote.ok) other.push(...showIssues('pricing.quote', quote.error.details || []));
  if (validation.ok) other.push(...showIssues('validate.order', validation.result.issues));
  else other.push({ msg: errorBox(validation) });
  $('other-issues').replaceChildren(...(other.length ? [el('h3', {}, 'Other issues'), el('div', {}, other.map((o) =>
    o.issue ? el('div', { class: 'issue-line' }, el('code', {}, o.issue.path), ' ', o.msg) : o.msg))] : []));
  const valid = validation.ok && validation.result.valid && quote.ok;
  $('validity').textContent = valid ? '✓ validate.order: the document is valid' : '✗ the order needs attention';
  $('validity').className = `validity ${valid ? 'good' : 'bad'}`;

  renderStatus(run('order.transitions', inputs.transitionsInput(state, current.quote, current.summary)));
  renderRank(run('assign.rank', inputs.rankInput(state)));
  renderPlan(run('assign.plan', inputs.planInput(state)));
  publish();
}

// ---------- the vector suite ----------

async function runVectors() {
  const status = $('vector-status');
  status.textContent = 'running…';
  try {
    const listUrl = new URLSearchParams(location.search).get('vectors') || '../../build/dashboard-vectors.json';
    const list = await (await fetch(new URL(listUrl, location.href))).json();
    const root = new URL('../../../tests/vectors/', import.meta.url);
    const results = [];
    for (const file of list) {
      const v = await (await fetch(new URL(file, root))).json();
      let vin;
      if ('input' in v) vin = JSON.stringify(v.input);
      else if ('inputText' in v) vin = v.inputText;
      else vin = new Uint8Array(v.inputHex.match(/../g).map((h) => parseInt(h, 16)));
      const got = core.call(v.op, vin);
      const expect = JSON.stringify(v.expect);
      if (got !== expect) results.push({ file, got, expect });
      if (results.length === 0 && list.indexOf(file) % 200 === 0) status.textContent = `running… ${list.indexOf(file)} / ${list.length}`;
    }
    window.dashboardVectors = { count: list.length, differing: results };
    status.textContent = `${list.length} vectors run in this page, ${results.length} differ`;
    status.className = results.length ? 'bad' : 'good';
  } catch (e) {
    window.dashboardVectors = { error: String((e && e.stack) || e) };
    status.textContent = `failed: ${e}`;
  }
}

// ---------- start ----------

async function start() {
  try {
    const [loaded, order, blouseService, customer, employee, scn] = await Promise.all([
      load(),
      fetchJson('../../samples/orders/ord_2026_0001.json'),
      fetchJson('../../samples/services/svc_blouse_stitching.json'),
      fetchJson('../../samples/customers/priya_sharma.json'),
      fetchJson('../../samples/employees/emp_ramesh_kumar.json'),
      fetchJson('../data/scenario.json'),
    ]);
    core = loaded;
    scenario = scn;
    state = inputs.initialState({ order, blouseService, customer, employee, scenario });
  } catch (e) {
    $('load-status').textContent = `Could not start: ${e.message || e}`;
    $('load-status').classList.add('bad');
    window.dashboardState = { error: String((e && e.stack) || e) };
    return;
  }
  $('core-version').textContent = `tailor-core ${core.version} · wasm`;
  $('load-status').hidden = true;
  $('app').hidden = false;

  $('urgent').addEventListener('change', (e) => update((s) => { s.order.timeline.urgent = e.target.checked; }));
  $('loyalty').addEventListener('change', (e) => update((s) => {
    if (e.target.value) s.customer.loyalty.tier = e.target.value; else delete s.customer.loyalty.tier;
  }));
  $('role').addEventListener('change', (e) => { lastTransition = null; update((s) => { s.role = e.target.value; }); });
  $('now').addEventListener('change', (e) => update((s) => { s.now = e.target.value.trim(); }));
  $('reason').addEventListener('input', (e) => { state.reason = e.target.value; publish(); });
  $('add-service').addEventListener('click', () => update((s) => {
    s.order.serviceItems.push({ itemId: nextItemId(), serviceId: 'svc_shirt_stitching', garment: 'shirt', quantity: 1, stage: newItemStage() });
  }, { structural: true }));
  $('add-custom').addEventListener('click', () => update((s) => {
    s.order.customItems.push({ itemId: nextItemId(), description: 'Custom work', price: 100, reason: 'Not in the catalogue', stage: newItemStage() });
  }, { structural: true }));
  $('add-discount').addEventListener('click', () => update((s) => {
    s.discounts.push({ name: 'WELCOME5', source: 'coupon', kind: 'percent', rateBps: 500, scope: 'order' });
  }, { structural: true }));
  $('pay-advance').addEventListener('click', () => {
    if (!current.summary || !current.quote) return;
    const due = current.quote.advanceRequired.minor - current.quote.amountPaid.minor;
    if (due <= 0) return;
    update((s) => { Object.assign(s, inputs.recordPayment(s, inputs.minorText(due, current.quote.advanceRequired.decimal), 'advance')); }, { structural: true });
  });
  $('pay-balance').addEventListener('click', () => {
    if (!current.quote || current.quote.remainingAmount.minor <= 0) return;
    update((s) => { Object.assign(s, inputs.recordPayment(s, current.quote.remainingAmount.decimal, 'balance')); }, { structural: true });
  });
  $('run-vectors').addEventListener('click', runVectors);

  renderEditor();
  refresh();
}

start();
