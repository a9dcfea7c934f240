// A strict TypeScript program using the installed package: compiled by
// tests/node/packaging.test.js with `tsc --strict --noEmit`. It must call
// every operation (the test checks the list against core.operations) and use
// fields of every result with explicit types, so that a wrong declaration in
// js-bindings/types/*.d.ts fails to compile. The `@ts-expect-error` lines at
// the end check that wrong usages are rejected (tsc fails if one compiles).
import {
  load, TailorError,
  type Core, type Issue, type MoneyAmount, type OrderDocument, type CustomerDocument, type EmployeeDocument,
  type ServiceDocument, type UserDocument, type NotificationDocument, type PaymentDocument, type ShopConfig,
  type OrderStatus, type ItemStage, type LoyaltyTier, type PaymentStatus, type Channel, type Priority,
  type NotificationType, type Finding, type CanonicalOrder, type ExclusionCode,
  type FactorName, type ConflictKind, type MutationFate, type FieldIncrement, type KeepReason,
  type DomainEvent, type Weekday, type RulesCheckCode, type QuoteExplanationCode,
} from 'tailor-core';

// The seed's documents as Firestore stores them (examples/samples/).
const order: OrderDocument = {
  orderId: 'ord_2026_0001', customerId: 'cus_priya_sharma', assignedEmployeeId: 'emp_ramesh_kumar',
  serviceItems: [
    {
      itemId: 'item-1', serviceId: 'svc_blouse_stitching', garment: 'blouse', quantity: 2, tier: 'premium',
      addOns: [{ name: 'Cotton lining', price: 150 }], stage: 'stitching', assignedEmployeeId: 'emp_ramesh_kumar',
      priceOverride: { amount: 1200, reason: 'Regular-customer rate agreed by the owner' },
    },
    { itemId: 'item-2', serviceId: 'svc_kurti_stitching', garment: 'kurti', quantity: 1, stage: 'cutting' },
  ],
  customItems: [
    { itemId: 'item-3', description: 'Hand-made tassels for the dupatta', price: 350, reason: 'Not in the catalogue', stage: 'pending' },
  ],
  measurements: {
    unit: 'in',
    garments: {
      blouse: { bust: 36, underBust: 31, bustPoint: 10.5, shoulderToWaist: 15, armhole: 16, sleeve: 11, length: 15, backNeck: 8 },
      kurti: { chest: 36, waist: 31, hip: 40, topLength: 42, sleeve: 16.5, bottomLength: 38 },
    },
    takenAt: '2026-03-01T10:15:00+05:30',
  },
  pricing: {
    currency: 'INR', subtotal: 3950,
    discounts: [
      { kind: 'coupon', type: 'percent', valueBps: 1000, scope: 'order', code: 'DIWALI10' },
      { kind: 'manual', type: 'fixed', amount: 50, scope: 'line', itemId: 'item-3', reason: 'Tassels delivered late last time', grantedBy: 'uid_meera_admin' },
    ],
    taxes: [
      { name: 'CGST', rateBps: 250, inclusive: false, amount: 87.63 },
      { name: 'SGST', rateBps: 250, inclusive: false, amount: '87.62' },
    ],
    totalAmount: 3680.25, advanceRequired: 1500, remainingAmount: 2180.25,
  },
  timeline: { orderDate: '2026-03-01T10:00:00+05:30', deliveryDate: { _seconds: 1773145800, _nanoseconds: 0 }, urgent: false },
  status: {
    current: 'stitching',
    history: [
      { from: 'pending', to: 'confirmed', actor: 'uid_meera_admin', role: 'admin', trigger: 'admin', at: '2026-03-01T10:25:00+05:30' },
      { from: 'confirmed', to: 'cutting', actor: 'emp_ramesh_kumar', role: 'employee', trigger: 'employee', at: '2026-03-02T11:00:00+05:30' },
      { from: 'cutting', to: 'stitching', actor: 'emp_ramesh_kumar', role: 'employee', trigger: 'employee', at: new Date('2026-03-04T10:00:00Z'), reason: 'Blouse pieces cut' },
    ],
    lastUpdated: '2026-03-04T15:30:00+05:30',
  },
  payment: {
    status: 'partially_paid',
    transactions: [{
      transactionId: 'txn_0001', kind: 'charge', status: 'succeeded', amount: 1500, idempotencyKey: 'ord_2026_0001:advance:1',
      gatewayId: 'pay_NfQ2x8ZkL3mA1b', method: 'upi', at: { seconds: 1772340730, nanoseconds: 0 },
    }],
    method: 'upi', gatewayId: 'razorpay',
  },
  attachments: {
    images: [{ storagePath: 'orders/ord_2026_0001/reference-blouse.jpg', contentType: 'image/jpeg', sizeBytes: 482133, uploadedAt: '2026-03-01T10:12:00+05:30' }],
    documents: [],
  },
  specialInstructions: 'Boat neck for the blouses.',
  workAssignments: { 'item-1': { employeeId: 'emp_ramesh_kumar', assignedAt: '2026-03-01T10:30:00+05:30', assignedBy: 'uid_meera_admin' } },
  qualityChecks: [],
  createdAt: '2026-03-01T10:00:00+05:30',
  updatedAt: '2026-03-04T15:30:00+05:30',
};
const customer: CustomerDocument = {
  customerId: 'cus_priya_sharma', userId: 'cus_priya_sharma',
  personalInfo: { name: 'Priya Sharma', email: 'priya.sharma@example.in', phone: '+919876543210', dateOfBirth: '1992-08-14T00:00:00+05:30', gender: 'female' },
  measurements: { unit: 'in', chest: 36, waist: 31, hips: 40, length: 42, shoulder: 14.5, sleeve: 16.5, customMeasurements: { armRound: 11.25 } },
  preferences: { preferredServices: ['svc_blouse_stitching'], fabricPreferences: ['cotton'], budgetRange: { min: 1500, max: 6000 }, urgencyLevel: 'standard' },
  loyalty: { tier: 'silver', points: 320, totalSpent: 14850.5, joinDate: '2025-11-02T11:20:00+05:30' },
  addressBook: [{ label: 'Home', line1: 'B-204, Shanti Apartments', city: 'Navi Mumbai', postalCode: '410210', country: 'IN' }],
  emergencyContact: { name: 'Rahul Sharma', phone: '+919820012345', relationship: 'spouse' },
  createdAt: '2025-11-02T11:20:00+05:30', updatedAt: { seconds: 1772340600, nanoseconds: 0 },
};
const employee: EmployeeDocument = {
  employeeId: 'emp_ramesh_kumar', userId: 'emp_ramesh_kumar',
  personalInfo: { name: 'Ramesh Kumar', email: 'ramesh@silaistudio.in', phone: '+919811122233' },
  professional: { specializations: ['blouse', 'kurti', 'cutting'], experience: 12, certifications: [], skillLevel: 'master' },
  schedule: {
    workingHours: { mon: '10:00-19:00', tue: '10:00-19:00', wed: '10:00-19:00', thu: 'off', fri: '10:00-19:00', sat: '10:00-20:00', sun: '11:00-15:00' },
    availability: ['mon', 'tue', 'wed', 'fri', 'sat', 'sun'],
    exceptions: [{ date: '2026-03-14', kind: 'holiday', reason: 'Holi' }],
  },
  workload: { currentOrders: 6, capacity: 8, utilization: 0.75 },
  performance: { rating: 4.8, completedOrders: 412, averageTurnaround: 6, customerFeedback: 4.7 },
  status: 'active', location: { latitude: 19.0473, longitude: 73.0699 },
  createdAt: '2024-01-15T09:00:00+05:30', updatedAt: '2026-03-04T15:30:00+05:30',
};
const blouse: ServiceDocument = {
  serviceId: 'svc_blouse_stitching', name: 'Blouse stitching', category: 'stitching', type: 'womenswear',
  pricing: { currency: 'INR', basePrice: 900, tierPricing: { standard: 900, premium: 1400 }, minPrice: 700, maxPrice: 3500 },
  capacity: { dailyLimit: 12, queueLimit: 40, currentQueue: 17 },
  requirements: { materials: ['lining'], tools: ['sewing machine'], skills: ['blouse', 'cutting'], experience: 2 },
  scheduling: { estimatedDuration: 240, bufferTime: 60, leadTime: 5 },
  isActive: true, isPopular: true,
  rating: { average: 4.6, count: 125, distribution: { '1': 2, '2': 3, '3': 5, '4': 20, '5': 95 } },
  createdAt: '2025-06-01T09:00:00+05:30', updatedAt: '2026-02-20T18:45:00+05:30',
};
const kurti: ServiceDocument = { ...blouse, serviceId: 'svc_kurti_stitching', name: 'Kurti stitching', rating: { average: 0, count: 0, distribution: {} } };
const services: ServiceDocument[] = [blouse, kurti];
const user: UserDocument = {
  userId: 'cus_priya_sharma', email: 'priya.sharma@example.in', displayName: 'Priya Sharma', role: 'customer',
  createdAt: '2025-11-02T11:20:00+05:30', updatedAt: { _seconds: 1772340600, _nanoseconds: 0 },
  preferences: { notifications: true, language: 'hi-IN', timezone: 'Asia/Kolkata' },
  stats: { totalOrders: 4, loyaltyPoints: 320, averageRating: 4.5 },
  metadata: { lastLogin: '2026-03-01T10:19:42.250+05:30', deviceInfo: { platform: 'android' }, ipAddress: '49.36.112.7' },
};
const notification: NotificationDocument = {
  notificationId: 'ntf_ord_2026_0001_stage_3', recipientId: 'cus_priya_sharma', type: 'stage_changed', priority: 'medium',
  title: 'Your blouse is being stitched', message: 'Stitching has started.', data: { orderId: 'ord_2026_0001' },
  channels: ['in_app', 'sms'],
  status: { sent: true, delivered: true, read: false, sentAt: '2026-03-04T15:30:05+05:30', deliveredAt: '2026-03-04T15:30:09+05:30' },
  expiry: '2026-04-04T15:30:00+05:30', createdAt: '2026-03-04T15:30:01+05:30',
};
const payment: PaymentDocument = {
  paymentId: 'pay_ord_2026_0001_advance', orderId: 'ord_2026_0001', customerId: 'cus_priya_sharma', kind: 'charge',
  status: 'succeeded', amount: 1500, currency: 'INR', method: 'upi', idempotencyKey: 'ord_2026_0001:advance:1',
  createdAt: '2026-03-01T10:22:10+05:30',
};
const config: ShopConfig = {
  version: 1, currency: 'INR', timezone: 'Asia/Kolkata',
  pricing: { rounding: 'half_even', taxes: [{ name: 'GST', rateBps: 500, split: { components: [{ name: 'CGST', rateBps: 250 }, { name: 'SGST', rateBps: 250 }], remainderTo: 'SGST' } }] },
  payments: { advance: { standardBps: 4000, byTierBps: { gold: 2500 } } },
  calendar: { holidays: ['2026-03-14'] },
  assignment: { weights: { skill: 40, workload: 20, performance: 20, turnaround: 10, distance: 10, affinity: 0 } },
  retention: { archiveAfterDays: 365 },
};
// Firestore documents carry fields an operation does not read: allowed when embedded.
// The lifecycle checks that status.current matches the least advanced item.
const storedOrder = {
  ...order,
  serviceItems: order.serviceItems.map((item) => ({ ...item, stage: 'stitching' as const })),
  customItems: order.customItems.map((item) => ({ ...item, stage: 'stitching' as const })),
  dispute: { status: 'open' as const },
};
const now = '2026-03-05T09:00:00Z';

async function main(): Promise<void> {
  const core: Core = await load();
  const version: string = core.version;
  const contract: number = core.contractVersion;
  const names: string[] = core.operations.map((o) => o.name);
  const envelope: string = core.call('core.version', '{}');
  console.log(version, contract, names.length, envelope.length);
  try {
    core.call('core.version', new Uint8Array([0x7b, 0x7d]));
  } catch (e) {
    if (e instanceof TailorError) {
      const details: readonly Issue[] = e.details;
      console.log(e.code, details.length);
    }
  }

  // validate.*
  const orderReport = core.validate.order(order);
  if (orderReport.valid) {
    const canonical: CanonicalOrder = orderReport.document;
    const total: number = canonical.pricing.totalAmount;
    const placed: string = canonical.timeline.orderDate;
    // The canonical form leaves null optionals out: absent, never null.
    const note: string | undefined = canonical.specialInstructions;
    console.log(total, placed, note);
  } else {
    const issues: Finding[] = orderReport.issues;
    console.log(issues.map((i) => `${i.path} ${i.code}`));
  }
  const c = core.validate.customer(customer);
  const tierOut: LoyaltyTier | undefined = c.document?.loyalty.tier;
  const spent: number | undefined = c.document?.loyalty.totalSpent;
  const e = core.validate.employee(employee);
  const mon: string | undefined = e.document?.schedule.workingHours.mon;
  const s = core.validate.service(blouse);
  const base: number | undefined = s.document?.pricing.basePrice;
  const u = core.validate.user(user);
  const login: string | undefined = u.document?.metadata?.lastLogin;
  const n = core.validate.notification(notification);
  const channels: Channel[] | undefined = n.document?.channels;
  const p = core.validate.payment(payment);
  const paidAt: string | undefined = p.document?.createdAt;
  const cfg = core.validate.config({ currency: 'INR', loyalty: { qualifyBy: 'spend' } });
  const advanceBps: number | undefined = cfg.config?.payments.advance.standardBps;
  const cfgValid: boolean = cfg.valid;
  console.log(tierOut, spent, mon, base, login, channels, paidAt, advanceBps, cfgValid);

  // pricing.quote, payment.summarize, loyalty.evaluate
  const quote = core.pricing.quote({
    order, services, customer,
    discounts: [
      { name: 'Festival', source: 'coupon', kind: 'percent', rateBps: 1000 },
      { name: 'Late tassels', source: 'manual', kind: 'fixed', amount: '50.00', scope: 'line', itemId: 'item-3' },
    ],
    payments: order.payment.transactions,
    config,
  });
  const quoteTotal: MoneyAmount = quote.total;
  const firstLine: string | undefined = quote.lines[0]?.unitPrice.decimal;
  const clamped: 'none' | 'min' | 'max' | undefined = quote.lines[0]?.clamped;
  const componentTax: number | undefined = quote.taxes[0]?.components[0]?.amount.minor;
  const discountApplied: boolean | undefined = quote.discounts[0]?.applied;
  const explanation: QuoteExplanationCode | undefined = quote.explanations[0]?.code;
  const remaining: string = quote.remainingAmount.decimal;
  console.log(quoteTotal.minor, firstLine, clamped, componentTax, discountApplied, explanation, remaining, quote.advanceBps);

  const summary = core.payment.summarize({ total: 3680.25, currency: 'INR', transactions: order.payment.transactions, advanceRequired: 1500 });
  const payStatus: PaymentStatus = summary.status;
  const due: number = summary.due.minor;
  const advanceMet: boolean | null = summary.advanceMet;
  const dupes: string[] = summary.duplicates;
  console.log(payStatus, due, advanceMet, dupes, summary.overpaid);

  const loyalty = core.loyalty.evaluate({
    loyalty: { tier: 'silver', points: 320, totalSpent: 14850.5 },
    order: { total: 3680.25, currency: 'INR', completedAt: now },
    config,
  });
  const newTier: LoyaltyTier = loyalty.tier;
  const nextTier: LoyaltyTier | null = loyalty.nextTier;
  const missingSpend: MoneyAmount | null = loyalty.missingSpend;
  const earned: number = loyalty.pointsEarned;
  console.log(newTier, nextTier, missingSpend, earned, loyalty.explanations.map((x) => x.code));

  // rules.*
  const decision = core.rules.authorize({
    auth: { uid: 'cus_priya_sharma', token: { role: 'customer' } }, op: 'get', path: 'orders/ord_2026_0001',
    resource: storedOrder,
  });
  const allowed: boolean = decision.allow;
  const decidingRule: string = decision.rule;
  // rules.check sums discount amounts: every discount it sees carries `amount`.
  const checkedOrder = { ...storedOrder, pricing: { ...order.pricing, discounts: [{ kind: 'manual' as const, type: 'fixed' as const, amount: 50, scope: 'order' as const }] } };
  const check = core.rules.check({
    order: checkedOrder, services, employees: [employee], customer, dailyBookings: { svc_blouse_stitching: 3 },
    actor: { uid: 'uid_meera_admin', role: 'admin' }, now: new Date(), config,
  });
  const firstViolation: RulesCheckCode | undefined = check.violations[0]?.code;
  const severity: 'error' | 'warning' | undefined = check.violations[0]?.severity;
  const rulesText: string = core.rules.firestore().text;
  const indexCount: number = core.rules.indexes({}).indexes;
  console.log(allowed, decidingRule, check.ok, firstViolation, severity, rulesText.length, indexCount);

  // order.*
  const moved = core.order.transition({
    order: storedOrder, request: { event: 'start_finishing', to: 'finishing', itemIds: ['item-1'] },
    actor: { uid: 'emp_ramesh_kumar', role: 'employee' }, now,
  });
  const current: OrderStatus = moved.order.status.current;
  const stages: ItemStage[] = moved.order.items.map((i) => i.stage);
  const event: DomainEvent | undefined = moved.events[0];
  const refundPolicy: 'full_refund' | 'advance_retained' | undefined = moved.refund?.policy;
  const arrears: string | undefined = moved.arrears?.amount;
  const cancel = core.order.transition({
    order: storedOrder, request: { to: 'cancelled', reason: 'customer moved away' }, actor: { uid: 'uid_meera_admin', role: 'admin' }, now, config,
  });
  const options = core.order.transitions({ order: storedOrder, actor: { uid: 'uid_meera_admin', role: 'admin' }, now });
  // A guard code (GuardCode) or an issue code when the order itself is contradictory.
  const blocked: string | undefined = options.transitions.find((t) => !t.allowed)?.reason?.code;
  const resumeTo: OrderStatus | null | undefined = options.transitions[0]?.to;
  console.log(current, stages, event?.type, refundPolicy, arrears, cancel.history.trigger, options.current, blocked, resumeTo);

  // schedule.estimate, time.*
  const estimate = core.schedule.estimate({
    items: [{ service: blouse, quantity: 2 }, { service: kurti, quantity: 1 }], urgency: 'urgent', now, queueMinutes: 600, config,
  });
  const deliveryAt: string = estimate.deliveryAt;
  const weekday: Weekday | undefined = estimate.days[0]?.weekday;
  const dayKind: 'working' | 'off' | 'holiday' | undefined = estimate.days[0]?.kind;
  const workMinutes: number = estimate.work.workMinutes;
  const offset = core.time.zoneOffset({ zone: 'Europe/London', at: '2027-07-01T12:00:00Z' });
  const offsetMinutes: number = offset.offsetMinutes;
  const abbreviation: string = offset.abbreviation;
  const offsets = core.time.zoneOffsets({ zone: 'Europe/London', instants: ['2026-03-29T00:59:59Z', { seconds: 1774746000 }] });
  const manyOffsets: number[] = offsets.offsetMinutes;
  const abbreviations: string[] = offsets.abbreviations;
  const zones = core.time.zones();
  const zoneCount: number = zones.count;
  const rule: string | undefined = zones.zones.find((z) => z.name === 'Asia/Kolkata')?.rule;
  console.log(deliveryAt, weekday, dayKind, workMinutes, offsetMinutes, abbreviation, manyOffsets, abbreviations, zoneCount, rule);

  // notify.plan, maintenance.daily
  const plan = core.notify.plan({
    event: { type: 'order_ready', orderId: 'ord_2026_0001', customerId: 'cus_priya_sharma', assignedEmployeeId: 'emp_ramesh_kumar', from: 'quality_check', to: 'ready', at: now },
    people: [{ ...user, userId: 'cus_priya_sharma', phone: '+919876543210', fcmToken: 'tok_1' }, { userId: 'uid_meera_admin', role: 'admin', email: 'meera@example.in' }],
    now, config,
  });
  const priority: Priority | undefined = plan.notifications[0]?.priority;
  const ntfType: NotificationType | undefined = plan.notifications[0]?.type;
  const ntfChannels: Channel[] | undefined = plan.notifications[0]?.channels;
  const skippedWhy: string | undefined = plan.skipped[0]?.reason;
  const daily = core.maintenance.daily({
    orders: [storedOrder], notifications: [notification], now, config: { maintenance: { autoCancelPendingDays: 7, notificationRetentionDays: 90 } },
  });
  const overdueMinutes: number | undefined = daily.overdue[0]?.overdueMinutes;
  const reminderType: 'delivery_reminder' | 'balance_reminder' | 'trial_reminder' | undefined = daily.reminders[0]?.type;
  const autoCancelled: OrderStatus | undefined = daily.statusUpdates[0]?.order.status.current;
  const deleted: 'expired' | 'read_retention' | undefined = daily.deleteNotifications[0]?.reason;
  const pendingCount: number = daily.report.ordersByStatus.pending;
  const avgTurnaround: number | null = daily.report.turnaround.averageMinutes;
  console.log(priority, ntfType, ntfChannels, skippedWhy, overdueMinutes, reminderType, autoCancelled, deleted, pendingCount, avgTurnaround);

  // assign.*
  const ranking = core.assign.rank({ order: storedOrder, services, employees: [employee], now, config, customer });
  const best: string | undefined = ranking.ranked[0]?.employeeId;
  const distance: number | null | undefined = ranking.ranked[0]?.distanceMeters;
  const factor: FactorName | undefined = ranking.ranked[0]?.factors[0]?.factor;
  const excludedBy: ExclusionCode | undefined = ranking.excluded[0]?.reasons[0]?.code;
  const skills: string[] = ranking.requirements.skills;
  const batch = core.assign.plan({ orders: [storedOrder], services, employees: [employee], now, config, customers: [customer] });
  const objective: number = batch.objective;
  const unassignedWhy: 'no_feasible_employee' | 'capacity_exhausted' | undefined = batch.unassigned[0]?.reason;
  const atCapacity: number | undefined = batch.unassigned[0]?.excludedBy.at_capacity;
  console.log(best, distance, factor, excludedBy, skills, objective, batch.assignments.length, unassignedWhy, atCapacity);

  // sync.*
  const merged = core.sync.merge({
    collection: 'orders',
    base: { document: { orderId: 'o1', specialInstructions: 'a' } },
    local: { document: { orderId: 'o1', specialInstructions: 'b' }, fieldTimes: { '/specialInstructions': { at: '2026-03-01T10:00:00Z', writer: 'tablet' } } },
    remote: { document: { orderId: 'o1', specialInstructions: 'c' }, fieldTimes: { '/specialInstructions': { at: '2026-03-01T11:00:00Z', writer: 'web' } } },
  });
  const mergedDoc: { [field: string]: unknown } | null = merged.document;
  const conflictKind: ConflictKind | undefined = merged.conflicts[0]?.kind;
  const winner: 'local' | 'remote' | 'both' | undefined = merged.decisions[0]?.winner;
  const queued = core.sync.queue({
    mutations: [
      { path: 'orders/o1', patch: { '/status/current': 'cancelled' }, clientTime: '2026-03-01T10:00:00Z', idempotencyKey: 'dev7-000123', kind: 'status', actor: { uid: 'u1', role: 'admin' } },
      { path: 'customers/c1', patch: { measurements: { chest: 41 } }, clientTime: '2026-03-01T10:05:00Z', idempotencyKey: 'dev7-000124', kind: 'write' },
    ],
    now,
  });
  const fate: MutationFate | undefined = queued.fates[0];
  const position: number | undefined = fate?.fate === 'queued' ? fate.position : undefined;
  const replay: { [pointer: string]: unknown } | undefined = queued.queue[0]?.patch;
  const counts: number = queued.counts.queued;
  console.log(mergedDoc, conflictKind, winner, position, replay, counts);

  // feedback.apply, stats.*, analytics.summarize, archive.plan
  const delivered = { ...storedOrder, status: { ...order.status, current: 'delivered' as const } };
  const fb = core.feedback.apply({
    order: delivered, feedback: { rating: 4, comments: 'Good fit', submittedAt: now },
    // Averages are applied exactly: documents carrying one also carry ratingSum / ratingCount.
    services: [{ ...blouse, rating: { ...blouse.rating, ratingSum: 578 } }, kurti],
    employee: { ...employee, performance: { ...employee.performance, ratingSum: 48, ratingCount: 10, positiveCount: 9 } },
    user: { ...user, stats: { ...user.stats, ratingSum: 18, ratingCount: 4 } },
  });
  const change: 'first' | 'replaced' | 'unchanged' = fb.change;
  const serviceAvg: string | undefined = fb.services[0]?.average.display;
  const fives: number | undefined = fb.services[0]?.distribution['5'];
  const employeeRating: string | undefined = fb.employee?.rating.display;
  const feedbackIncrements: FieldIncrement[] = fb.increments;
  const delta = core.stats.delta({
    event: { type: 'order_assigned', employeeId: 'emp_ramesh_kumar' }, order: { ...storedOrder, assignedEmployeeId: null },
    customer: { customerId: customer.customerId, userId: customer.userId }, employees: [employee],
  });
  const incremented: number | undefined = delta.increments[0]?.increment;
  const utilization: number | null | undefined = delta.workloads[0]?.utilizationBps;
  const recomputed = core.stats.recompute({ orders: [storedOrder], customers: [customer] });
  const counterValue: number | undefined = recomputed.counters[0]?.value;
  const summary2 = core.analytics.summarize({
    period: { from: '2026-03-01T00:00:00+05:30', to: new Date('2026-04-01T00:00:00+05:30') }, timezone: 'Asia/Kolkata', bucket: 'week',
    orders: [storedOrder], customers: [customer],
  });
  const billed: number | undefined = summary2.revenue[0]?.billedMinor;
  const p90: number | null = summary2.turnaround.p90Minutes;
  const onTimeBps: number | null = summary2.onTime.rateBps;
  const gold: number = summary2.loyaltyTiers.gold;
  const weekKey: string | undefined = summary2.buckets[0]?.key;
  const leaderAvg: string | null | undefined = summary2.leaderboard[0]?.rating.average;
  const archive = core.archive.plan({ orders: [storedOrder], now, config });
  const partition: string | undefined = archive.archive[0]?.partition;
  const keepWhy: KeepReason | undefined = archive.keep[0]?.reasons[0]?.code;
  const retentionDays: number = archive.policy.archiveAfterDays;
  console.log(change, serviceAvg, fives, employeeRating, feedbackIncrements.length, incremented, utilization, counterValue,
    billed, p90, onTimeBps, gold, weekKey, leaderAvg, partition, keepWhy, retentionDays);
}

// Wrong usages must not compile (tsc reports an unused @ts-expect-error).
function rejected(core: Core): void {
  // @ts-expect-error — pricing.quote needs `config`.
  core.pricing.quote({ order, services });
  // @ts-expect-error — "shipped" is not an OrderStatus.
  core.order.transition({ order, request: { to: 'shipped' }, actor: { uid: 'a', role: 'admin' }, now });
  // @ts-expect-error — "owner" is not a role.
  core.order.transitions({ order, actor: { uid: 'a', role: 'owner' }, now });
  // @ts-expect-error — a transition request needs `event` or `to`.
  core.order.transition({ order, request: { reason: 'why' }, actor: { uid: 'a', role: 'admin' }, now });
  // @ts-expect-error — validate.order takes a whole document: `orderId` alone is not one.
  core.validate.order({ orderId: 'o1' });
  // @ts-expect-error — a percent discount needs `rateBps`.
  core.pricing.quote({ order, services, config, discounts: [{ name: 'x', source: 'coupon', kind: 'percent' }] });
  // @ts-expect-error — a line discount names its item.
  core.pricing.quote({ order, services, config, discounts: [{ name: 'x', source: 'manual', kind: 'fixed', amount: 5, scope: 'line' }] });
  // @ts-expect-error — "diamond" is not a loyalty tier.
  core.loyalty.evaluate({ loyalty: { tier: 'diamond', points: 0, totalSpent: 0 }, order: { total: 1, currency: 'INR', completedAt: now }, config });
  // @ts-expect-error — an amount in a result is { minor, decimal }, not a number.
  const wrong: number = core.payment.summarize({ total: 1, currency: 'INR', transactions: [] }).due;
  // @ts-expect-error — sync.queue kinds are payment | status | write.
  core.sync.queue({ mutations: [{ path: 'orders/o1', patch: { x: 1 }, clientTime: now, idempotencyKey: 'k', kind: 'delete' }] });
  // @ts-expect-error — the bucket is day | week | month.
  core.analytics.summarize({ period: { from: now, to: now }, bucket: 'year', orders: [] });
  // @ts-expect-error — time.zoneOffset needs `at`.
  core.time.zoneOffset({ zone: 'UTC' });
  console.log(wrong);
}

void main();
void rejected;
