// Deployed entry point: the triggers on firebase-admin's Firestore, the webhook secret from
// Secret Manager (`firebase functions:secrets:set PAYMENT_WEBHOOK_SECRET`).
'use strict';

const { defineSecret } = require('firebase-functions/params');
const { createFunctions } = require('./functions');
const { adminFirestore } = require('./firestore-admin');

const paymentWebhookSecret = defineSecret('PAYMENT_WEBHOOK_SECRET');

module.exports = createFunctions({
  store: () => adminFirestore(),
  webhookSecret: () => paymentWebhookSecret.value(),
  secrets: [paymentWebhookSecret],
});
