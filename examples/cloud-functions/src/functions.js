// Builds the Firebase v2 triggers around the handlers. Dependencies are injected so that tests
// run the real triggers against the in-memory port with a fixed clock:
//   store         the Firestore port, or a function returning it (created on first use)
//   now           () => Date  (default: the clock)
//   webhookSecret () => string (the gateway's shared secret)
'use strict';

const { onDocumentCreated, onDocumentUpdated } = require('firebase-functions/v2/firestore');
const { onSchedule } = require('firebase-functions/v2/scheduler');
const { onRequest } = require('firebase-functions/v2/https');
const logger = require('firebase-functions/logger');
const { createHandlers, corePromise, rfc3339 } = require('./handlers');
const { handleWebhook, SIGNATURE_HEADER } = require('./webhook');

const REGION = 'asia-south1'; // Mumbai, near the shop

function createFunctions({ store, now = () => new Date(), webhookSecret, secrets = [] }) {
  let handlers = null;
  let port = null;
  const getPort = () => (port = port || (typeof store === 'function' ? store() : store));
  const h = () => (handlers = handlers || createHandlers({ store: getPort(), now }));
  const log = (name, result) => { logger.info(name, result); return result; };

  const processOrder = onDocumentCreated({ document: 'orders/{orderId}', region: REGION }, async (event) =>
    log('processOrder', await h().processOrder(event.params.orderId, event.data.data())));

  const assignEmployee = onDocumentUpdated({ document: 'orders/{orderId}', region: REGION }, async (event) =>
    log('assignEmployee', await h().assignEmployee(event.params.orderId, event.data.before.data(), event.data.after.data())));

  const processPayment = onDocumentCreated({ document: 'payments/{paymentId}', region: REGION }, async (event) =>
    log('processPayment', await h().processPayment(event.params.paymentId, event.data.data())));

  const dailyCleanup = onSchedule({ schedule: '0 0 * * *', timeZone: 'Asia/Kolkata', region: REGION }, async () => {
    log('dailyCleanup', await h().dailyCleanup());
  });

  const paymentWebhook = onRequest({ region: REGION, secrets }, async (req, res) => {
    if (req.method !== 'POST') { res.status(405).json({ error: 'method_not_allowed' }); return; }
    const at = now();
    const outcome = await handleWebhook({
      rawBody: req.rawBody || Buffer.from(typeof req.body === 'string' ? req.body : JSON.stringify(req.body || {})),
      header: req.get ? req.get(SIGNATURE_HEADER) : req.headers[SIGNATURE_HEADER],
      secret: webhookSecret(),
      nowSeconds: Math.floor(at.getTime() / 1000),
      nowIso: rfc3339(at),
      core: await corePromise,
      store: getPort(),
      handlers: h(),
    });
    log('paymentWebhook', { httpStatus: outcome.httpStatus, ...outcome.body });
    res.status(outcome.httpStatus).json(outcome.body);
  });

  return { processOrder, assignEmployee, processPayment, dailyCleanup, paymentWebhook };
}

module.exports = { createFunctions, REGION };
