// feedback.apply, stats.delta, stats.recompute, analytics.summarize, archive.plan (docs/aggregates.md).
import type { AmountInput, LoyaltyTier, OrderStatus, ShopConfig, Stored, TimestampInput, TransactionKind, TransactionStatus } from './common';

/**
 * The fields of an order document the aggregate operations read; each operation
 * reads the parts it needs (below). A whole `/orders` document fits; other
 * fields are ignored.
 */
export type AggregateOrderBase = Stored<{
  orderId: string;
  customerId: string;
  assignedEmployeeId?: string | null;
  status: Stored<{
    current: OrderStatus;
    history?: Stored<{ to: OrderStatus; at: TimestampInput }>[] | null;
    lastUpdated?: TimestampInput | null;
  }>;
}>;
export type OrderServicesPart = { serviceItems: Stored<{ serviceId: string; quantity?: number | null }>[] };
export type OrderMoneyPart = {
  pricing: Stored<{ currency: string; totalAmount: AmountInput }>;
  payment: Stored<{
    transactions?: Stored<{ kind: TransactionKind; status: TransactionStatus; amount: AmountInput; at: TimestampInput }>[] | null;
  }>;
};
export type OrderFeedbackPart = { feedback?: Stored<{ rating?: number | null; submittedAt?: TimestampInput | null }> | null };
/** `dispute` is defined by this domain; only `status` is read. */
export type OrderDisputePart = {
  dispute?: Stored<{ status: 'open' | 'resolved'; reason?: string | null; openedAt?: TimestampInput | null }> | null;
};
/** Every part: what analytics.summarize reads. */
export type AggregateOrder = AggregateOrderBase & OrderServicesPart & OrderMoneyPart & OrderFeedbackPart & {
  createdAt: TimestampInput;
  timeline?: Stored<{ deliveryDate?: TimestampInput | null }> | null;
};
/** feedback.apply. */
export type FeedbackOrder = AggregateOrderBase & OrderServicesPart & OrderFeedbackPart;
/** stats.delta: pricing and payment are read for payment_received / refund_issued only. */
export type StatsDeltaOrder = AggregateOrderBase & OrderServicesPart & Partial<OrderMoneyPart>;
/** stats.recompute. */
export type StatsOrder = AggregateOrderBase & OrderServicesPart & OrderMoneyPart;
/** archive.plan. */
export type ArchiveOrder = AggregateOrderBase & OrderMoneyPart & OrderDisputePart & { createdAt: TimestampInput };

/** A counter change to apply with FieldValue.increment. */
export interface FieldIncrement {
  collection: 'users' | 'customers' | 'employees' | 'services';
  docId: string;
  /** Dotted Firestore field path, e.g. "workload.currentOrders". */
  field: string;
  increment: number;
  /** Money counters (minor units): the same value as a decimal string, and its currency. */
  decimal?: string;
  currency?: string;
}
/** A value that cannot be incremented (an average, a utilization): set it. */
export interface FieldSet {
  collection: 'users' | 'customers' | 'employees' | 'services';
  docId: string;
  field: string;
  value: number | string | null;
}

// ---- feedback.apply
export interface FeedbackInput {
  order: FeedbackOrder;
  feedback: { rating: 1 | 2 | 3 | 4 | 5; comments?: string | null; submittedAt: TimestampInput };
  /** Exactly the distinct services of the order. */
  services: Stored<{
    serviceId: string;
    rating?: Stored<{ average?: number | string | null; count?: number | null; ratingSum?: number | null; distribution?: { [stars: string]: number } | null }> | null;
  }>[];
  /** Required iff the order has `assignedEmployeeId`. */
  employee?: Stored<{
    employeeId: string;
    performance?: Stored<{ rating?: number | string | null; ratingCount?: number | null; ratingSum?: number | null; positiveCount?: number | null; customerFeedbackBps?: number | null }> | null;
  }> | null;
  user: Stored<{ userId: string; stats?: Stored<{ averageRating?: number | string | null; ratingCount?: number | null; ratingSum?: number | null }> | null }> | null;
}
/** An exact average: `display` is sum/count with 2 decimals. */
export interface ExactAverage {
  display: string;
  sum: number;
  count: number;
}
export interface FeedbackResult {
  orderId: string;
  change: 'first' | 'replaced' | 'unchanged';
  rating: number;
  previousRating: number | null;
  services: {
    serviceId: string;
    ratingSum: number;
    count: number;
    distribution: { '1': number; '2': number; '3': number; '4': number; '5': number };
    average: ExactAverage;
  }[];
  employee: {
    employeeId: string;
    ratingSum: number;
    ratingCount: number;
    positiveCount: number;
    customerFeedbackBps: number;
    rating: ExactAverage;
  } | null;
  user: { userId: string; ratingSum: number; ratingCount: number; averageRating: ExactAverage };
  increments: FieldIncrement[];
  sets: FieldSet[];
}
export interface FeedbackOperations {
  apply(input: FeedbackInput): FeedbackResult;
}

// ---- stats.*
export type StatsEventType =
  | 'order_created' | 'order_confirmed' | 'order_assigned' | 'order_reassigned' | 'order_delivered'
  | 'order_cancelled' | 'payment_received' | 'refund_issued';
export interface StatsDeltaInput {
  event: { type: StatsEventType; employeeId?: string | null; amount?: AmountInput | null } | null;
  /** The order before the event (for order_created: the new order). */
  order: StatsDeltaOrder;
  /** Required for order_created and order_cancelled. */
  customer?: Stored<{ customerId: string; userId: string }> | null;
  /** At most 10: the employees whose workload the event moves. */
  employees?: Stored<{ employeeId: string; workload: Stored<{ currentOrders: number; capacity: number }> }>[] | null;
}
export interface StatsDeltaResult {
  event: StatsEventType;
  orderId: string;
  increments: FieldIncrement[];
  sets: FieldSet[];
  workloads: {
    employeeId: string;
    currentOrdersBefore: number;
    currentOrdersAfter: number;
    capacity: number;
    utilizationBps: number | null;
  }[];
}
export interface StatsRecomputeInput {
  /** At most 5000, one currency. */
  orders: StatsOrder[];
  customers: Stored<{ customerId: string; userId: string }>[];
}
export interface StatsRecomputeResult {
  /** Zero counters omitted. */
  counters: {
    collection: FieldIncrement['collection'];
    docId: string;
    field: string;
    value: number;
    decimal?: string;
    currency?: string;
  }[];
}
export interface StatsOperations {
  delta(input: StatsDeltaInput): StatsDeltaResult;
  recompute(input: StatsRecomputeInput): StatsRecomputeResult;
}

// ---- analytics.summarize
export interface SummarizeInput {
  period: { from: TimestampInput; to: TimestampInput };
  /** IANA name, default "Asia/Kolkata". */
  timezone?: string | null;
  bucket: 'day' | 'week' | 'month';
  orders: AggregateOrder[];
  customers?: Stored<{ customerId: string; loyalty?: Stored<{ tier?: LoyaltyTier | null }> | null }>[] | null;
}
export interface RevenueFigure {
  currency: string;
  billed: string;
  billedMinor: number;
  collected: string;
  collectedMinor: number;
}
export interface SummaryResult {
  period: { from: string; to: string; timezone: string; bucket: 'day' | 'week' | 'month' };
  orders: number;
  excludedOrders: number;
  revenue: (RevenueFigure & { outstanding: string; outstandingMinor: number })[];
  ordersByStatus: { [status in OrderStatus]: number };
  ordersByService: { serviceId: string; orders: number; items: number }[];
  turnaround: { delivered: number; averageMinutes: number | null; p90Minutes: number | null };
  onTime: { measured: number; onTime: number; rateBps: number | null };
  leaderboard: {
    rank: number;
    employeeId: string;
    assigned: number;
    completed: number;
    onTime: number;
    averageTurnaroundMinutes: number | null;
    rating: { sum: number; count: number; average: string | null };
  }[];
  loyaltyTiers: { [tier in LoyaltyTier | 'none']: number };
  buckets: {
    /** "2026-03-08", "2026-W10" or "2026-03". */
    key: string;
    startDate: string;
    startsAt: string;
    endsAt: string;
    orders: number;
    delivered: number;
    revenue: RevenueFigure[];
  }[];
}
export interface AnalyticsOperations {
  summarize(input: SummarizeInput): SummaryResult;
}

// ---- archive.plan
export type KeepReason = 'not_terminal' | 'too_recent' | 'open_balance' | 'pending_transaction' | 'open_dispute';
export interface ArchivePlanInput {
  /** At most 5000. */
  orders: ArchiveOrder[];
  now: TimestampInput;
  config?: ShopConfig | null;
}
export interface ArchivePlanResult {
  policy: { timezone: string; archiveAfterDays: number; cancelledArchiveAfterDays: number };
  archive: {
    orderId: string;
    status: 'delivered' | 'cancelled';
    /** YYYY/MM of createdAt in the shop's zone. */
    partition: string;
    terminalAt: string;
    terminalAtSource: 'history' | 'lastUpdated';
    eligibleAt: string;
  }[];
  keep: { orderId: string; status: OrderStatus; reasons: { code: KeepReason; message: string }[] }[];
}
export interface ArchiveOperations {
  plan(input: ArchivePlanInput): ArchivePlanResult;
}
