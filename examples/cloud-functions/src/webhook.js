// The payment gateway's webhook: authenticity, freshness and idempotency before the payment path.
//
// Signature header `Tailor-Signature: t=<unix seconds>,v1=<hex>` where
// v1 = HMAC-SHA256(secret, "<t>.<raw body>"). Signing the timestamp with the body means a
// captured request cannot be replayed later with a new timestamp; requests older (or newer) than
// the tolerance (5 minutes) are refused. Several v1 entries are allowed (secret rotation).
// Comparison is constant-time (crypto.timingSafeEqual).
'use strict';

const crypto = require('node:crypto');

const SIGNATURE_HEADER = 'tailor-signature';
const TOLERANCE_SECONDS = 300;

function sign(secret, timestamp, rawBody) {
  return crypto.createHmac('sha256', secret).update(`${timestamp}.`).update(rawBody).digest('hex');
}

function signatureHeader(secret, timestamp, rawBody) {
  return `t=${timestamp},v1=${sign(secret, timestamp, rawBody)}`;
}

// → {ok: true} | {ok: false, reason: missing_signature|malformed_signature|stale_timestamp|bad_signature}
function verifySignature({ rawBody, header, secret, nowSeconds, toleranceSeconds = TOLERANCE_SECONDS }) {
  if (!header || typeof header !== 'string') return { ok: false, reason: 'missing_signature' };
  let timestamp = null;
  const candidates = [];
  for (const part of header.split(',')) {
    const eq = part.indexOf('=');
    const key = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    if (key === 't' && /^\d{1,12}$/.test(value)) timestamp = Number(value);
    else if (key === 'v1' && /^[0-9a-f]{64}$/.test(value)) candidates.push(value);
  }
  if (timestamp === null || candidates.length === 0) return { ok: false, reason: 'malformed_signature' };
  if (Math.abs(nowSeconds - timestamp) > toleranceSeconds) return { ok: false, reason: 'stale_timestamp' };
  const expected = Buffer.from(sign(secret, timestamp, rawBody), 'hex');
  const match = candidates.some((hex) => crypto.timingSafeEqual(expected, Buffer.from(hex, 'hex')));
  return match ? { ok: true } : { ok: false, reason: 'bad_signature' };
}

// Gateway event type → the stored transaction's kind and status.
const EVENT_TYPES = {
  'payment.pending': { kind: 'charge', status: 'pending' },
  'payment.succeeded': { kind: 'charge', status: 'succeeded' },
  'payment.failed': { kind: 'charge', status: 'failed' },
  'refund.succeeded': { kind: 'refund', status: 'succeeded' },
  'refund.failed': { kind: 'refund', status: 'failed' },
};

// One attempt (idempotencyKey) may be reported pending, then succeeded: each (key, status) is
// one payment document; the same (key, status) again is a replay.
function paymentIdFor(idempotencyKey, status) {
  return 'pay_' + crypto.createHash('sha256').update(`${idempotencyKey}|${status}`).digest('hex').slice(0, 32);
}

// → {httpStatus, body}. `core` validates the payment document; `handlers.applyPayment` is the
// payment path shared with processPayment.
async function handleWebhook({ rawBody, header, secret, nowSeconds, nowIso, core, store, handlers }) {
  const verdict = verifySignature({ rawBody, header, secret, nowSeconds });
  if (!verdict.ok) return { httpStatus: 401, body: { error: verdict.reason } };
  let event;
  try {
    event = JSON.parse(Buffer.isBuffer(rawBody) ? rawBody.toString('utf8') : rawBody);
  } catch (err) {
    return { httpStatus: 400, body: { error: 'malformed_json' } };
  }
  const mapping = event && EVENT_TYPES[event.type];
  const data = event && event.data;
  if (!mapping || !data || typeof data !== 'object') return { httpStatus: 400, body: { error: 'unsupported_event' } };
  if (typeof data.idempotencyKey !== 'string' || data.idempotencyKey === '') {
    return { httpStatus: 400, body: { error: 'invalid_payment', issues: [{ path: '/data/idempotencyKey', code: 'required' }] } };
  }
  const paymentId = paymentIdFor(data.idempotencyKey, mapping.status);
  const order = typeof data.orderId === 'string' && data.orderId !== '' && !data.orderId.includes('/')
    ? await store.getDoc(`orders/${data.orderId}`) : null;
  const payment = {
    paymentId, orderId: data.orderId, customerId: order ? order.customerId : data.customerId,
    kind: mapping.kind, status: mapping.status, amount: data.amount, currency: data.currency,
    method: data.method, gatewayId: data.gatewayId, idempotencyKey: data.idempotencyKey, createdAt: nowIso,
  };
  for (const key of Object.keys(payment)) if (payment[key] === undefined) delete payment[key];
  const report = core.validate.payment(payment);
  if (!report.valid) return { httpStatus: 400, body: { error: 'invalid_payment', issues: report.issues } };
  if (!order) return { httpStatus: 404, body: { error: 'order_not_found' } };
  // The payment document and the order's update commit together; the run marker makes
  // processPayment (triggered by this document) and any replay a no-op.
  const outcome = await handlers.applyPayment(paymentId, payment, (tx) => tx.setDoc(`payments/${paymentId}`, payment));
  if (outcome.status === 'skipped') return { httpStatus: 200, body: { received: true, duplicate: true, paymentId } };
  if (outcome.status === 'rejected') return { httpStatus: 422, body: { error: outcome.error.code, paymentId } };
  return { httpStatus: 200, body: { received: true, paymentId, paymentStatus: outcome.paymentStatus } };
}

module.exports = { verifySignature, sign, signatureHeader, handleWebhook, paymentIdFor, SIGNATURE_HEADER, TOLERANCE_SECONDS };
