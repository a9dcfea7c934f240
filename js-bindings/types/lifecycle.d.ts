// order.*, schedule.estimate, time.*, notify.plan, maintenance.daily (docs/lifecycle.md).
import type {
  Actor, ActorRole, AmountInput, Channel, ItemStage, NotificationType, OrderStatus, Priority,
  ShopConfig, Stored, TimestampInput, TransactionKind, TransactionStatus, Weekday,
} from './common';

/**
 * The fields of an order document the lifecycle operations read (docs/lifecycle.md,
 * "Input policy"); a whole `/orders` document fits, other fields are ignored.
 */
export type LifecycleOrder = Stored<{
  orderId: string;
  customerId: string;
  assignedEmployeeId?: string | null;
  serviceItems: Stored<{ itemId: string; stage?: ItemStage | null; assignedEmployeeId?: string | null }>[];
  customItems: Stored<{ itemId: string; stage?: ItemStage | null; assignedEmployeeId?: string | null }>[];
  pricing: Stored<{ currency: string; totalAmount: AmountInput; advanceRequired?: AmountInput | null }> | null;
  status: Stored<{
    current: OrderStatus;
    history: Stored<{ from: OrderStatus; to: OrderStatus; at?: TimestampInput | null }>[] | null;
    lastUpdated?: TimestampInput | null;
  }>;
  payment: Stored<{ transactions: Stored<{ kind: TransactionKind; status: TransactionStatus; amount: AmountInput }>[] }>;
  qualityChecks?: Stored<{ itemId?: string | null; passed: boolean; at: TimestampInput }>[] | null;
  timeline?: Stored<{ orderDate?: TimestampInput | null; deliveryDate?: TimestampInput | null }> | null;
  createdAt?: TimestampInput | null;
}>;

export type TransitionEvent =
  | 'confirm' | 'start_production' | 'start_stitching' | 'schedule_trial' | 'request_alteration'
  | 'start_finishing' | 'request_quality_check' | 'mark_ready' | 'deliver' | 'rework' | 'hold'
  | 'resume' | 'cancel';
/** Guard codes of a `transition_rejected` error / a blocked `order.transitions` entry. */
export type GuardCode =
  | 'guard_terminal_state' | 'guard_already_in_state' | 'guard_no_such_transition'
  | 'guard_role_not_allowed' | 'guard_resume_state_unknown' | 'guard_override_not_allowed'
  | 'guard_not_order_owner' | 'guard_not_assigned' | 'guard_reason_required' | 'guard_step_back_limit'
  | 'guard_tailor_unassigned' | 'guard_advance_unpaid' | 'guard_quality_not_passed'
  | 'guard_balance_due' | 'guard_not_in_production';

/** `event` and/or `to` (both must agree). */
export type TransitionRequest = {
  itemIds?: string[] | null;
  /** 1–500 characters; required for hold, rework, late cancel and overrides. */
  reason?: string | null;
  /** Admin only, with `deliver`: deliver with a balance due (result carries `arrears`). */
  override?: boolean | null;
} & ({ event: TransitionEvent; to?: OrderStatus } | { event?: TransitionEvent; to: OrderStatus });

export interface TransitionInput {
  order: LifecycleOrder;
  request: TransitionRequest;
  actor: Actor;
  now: TimestampInput;
  config?: ShopConfig | null;
}
/** A domain event, ready for notify.plan and stats.delta. */
export interface DomainEvent {
  type: NotificationType;
  orderId: string;
  customerId: string;
  assignedEmployeeId?: string;
  from: OrderStatus;
  to: OrderStatus;
  itemIds?: string[];
  at: string;
}
export interface HistoryEntryOut {
  from: OrderStatus;
  to: OrderStatus;
  actor: string;
  role: ActorRole;
  trigger: ActorRole;
  at: string;
  reason?: string;
}
/** Decimal strings in major units of `currency`. */
export interface CancellationRefund {
  policy: 'full_refund' | 'advance_retained';
  currency: string;
  paid: string;
  retained: string;
  refundable: string;
}
export interface TransitionResult {
  order: { orderId: string; status: { current: OrderStatus; lastUpdated: string }; items: { itemId: string; stage: ItemStage }[] };
  history: HistoryEntryOut;
  events: DomainEvent[];
  refund?: CancellationRefund;
  arrears?: { currency: string; amount: string; reason: string };
}
export interface TransitionsInput {
  order: LifecycleOrder;
  actor: Actor;
  now: TimestampInput;
  config?: ShopConfig | null;
}
export interface TransitionOption {
  event: TransitionEvent;
  /** null: a resume whose earlier state the history does not say. */
  to: OrderStatus | null;
  allowed: boolean;
  requiresReason: boolean;
  /**
   * Present when blocked: the guard's code, or an issue code (e.g. `inconsistent`
   * when status.current contradicts the items' stages) when the order itself
   * cannot take the transition.
   */
  reason?: { code: GuardCode | (string & {}); message: string };
}
export interface TransitionsResult {
  current: OrderStatus;
  transitions: TransitionOption[];
}
export interface OrderOperations {
  /** Applies one status-machine transition (throws `transition_rejected` with the guard). */
  transition(input: TransitionInput): TransitionResult;
  /** Every transition the actor may request now, each allowed or with its guard. */
  transitions(input: TransitionsInput): TransitionsResult;
}

// ---- schedule.estimate
/** The fields of a service document schedule.estimate reads. */
export type ScheduledService = Stored<{
  serviceId: string;
  scheduling: Stored<{ estimatedDuration: number; bufferTime?: number | null; leadTime?: number | null }> | null;
}>;
export interface EstimateInput {
  /** At most 200; quantity 1–1000. */
  items: { service: ScheduledService; quantity: number }[];
  urgency?: 'standard' | 'urgent' | null;
  now: TimestampInput;
  queueMinutes?: number | null;
  dailyCapacityMinutes?: number | null;
  config?: ShopConfig | null;
}
export interface EstimateDay {
  /** Local date YYYY-MM-DD. */
  date: string;
  weekday: Weekday;
  kind: 'working' | 'off' | 'holiday';
  workingMinutes: number;
  capacityMinutes: number;
  bookedMinutes: number;
}
export interface EstimateResult {
  zone: string;
  urgency: 'standard' | 'urgent';
  /** Local dates are YYYY-MM-DD. */
  orderDate: string;
  work: {
    lines: { serviceId: string; quantity: number; minutesEach: number; minutes: number; leadTimeDays: number }[];
    workMinutes: number;
    queueMinutes: number;
    totalMinutes: number;
  };
  dailyCapacityMinutes: number;
  leadTimeDays: number;
  leadTimeDate: string;
  productionDoneDate: string;
  deliveryDate: string;
  /** RFC 3339 UTC instant (closing time of the delivery day). */
  deliveryAt: string;
  days: EstimateDay[];
}
export interface ScheduleOperations {
  estimate(input: EstimateInput): EstimateResult;
}

// ---- time.*
export interface ZoneOffsetInput {
  /** IANA name. */
  zone: string;
  at: TimestampInput;
}
export interface ZoneOffsetResult {
  zone: string;
  at: string;
  offsetMinutes: number;
  abbreviation: string;
}
export interface ZoneOffsetsInput {
  zone: string;
  /** Up to 20000. */
  instants: TimestampInput[];
}
export interface ZoneOffsetsResult {
  zone: string;
  /** Parallel to `instants`. */
  offsetMinutes: number[];
  abbreviations: string[];
}
export interface ZoneEntry {
  /** IANA name (links included). */
  name: string;
  /** POSIX TZ rule, e.g. "IST-5:30". */
  rule: string;
}
export interface ZonesResult {
  count: number;
  zones: ZoneEntry[];
}
export interface TimeOperations {
  zoneOffset(input: ZoneOffsetInput): ZoneOffsetResult;
  zoneOffsets(input: ZoneOffsetsInput): ZoneOffsetsResult;
  zones(input?: Record<string, never>): ZonesResult;
}

// ---- notify.plan
export interface NotifyEvent {
  type: NotificationType;
  orderId: string;
  customerId: string;
  assignedEmployeeId?: string | null;
  from?: OrderStatus | null;
  to?: OrderStatus | null;
  itemIds?: string[] | null;
  /** Needs `currency`. */
  amount?: AmountInput | null;
  currency?: string | null;
  due?: TimestampInput | null;
  at: TimestampInput;
}
/** The fields of a `/users` document notify.plan reads. */
export type NotifyPerson = Stored<{
  userId: string;
  role: 'customer' | 'employee' | 'admin';
  preferences?: Stored<{ notifications?: boolean | null; language?: string | null; timezone?: string | null }> | null;
  email?: string | null;
  phone?: string | null;
  fcmToken?: string | null;
}>;
export interface NotifyPlanInput {
  event: NotifyEvent;
  /** At most 100. */
  people: NotifyPerson[];
  now: TimestampInput;
  config?: ShopConfig | null;
}
export interface PlannedNotification {
  notificationId: string;
  recipientId: string;
  type: NotificationType;
  priority: Priority;
  channels: Channel[];
  language: string;
  title: string;
  message: string;
  data: { orderId: string; customerId?: string; status?: OrderStatus; amount?: string; currency?: string; due?: string };
  expiry: string;
  createdAt: string;
}
export interface NotifyPlanResult {
  notifications: PlannedNotification[];
  skipped: { recipientId: string; reason: 'not_the_order_customer' | 'not_in_audience' | 'notifications_off' }[];
}
export interface NotifyOperations {
  plan(input: NotifyPlanInput): NotifyPlanResult;
}

// ---- maintenance.daily
export type MaintenanceNotification = Stored<{
  notificationId: string;
  expiry?: TimestampInput | null;
  createdAt?: TimestampInput | null;
  status?: Stored<{ read?: boolean | null }> | null;
}>;
export interface DailyInput {
  /** At most 1000, unique ids. */
  orders: LifecycleOrder[];
  /** At most 5000. */
  notifications?: MaintenanceNotification[] | null;
  now: TimestampInput;
  config?: ShopConfig | null;
}
/** An event ready for notify.plan. */
export interface Reminder {
  type: 'delivery_reminder' | 'balance_reminder' | 'trial_reminder';
  orderId: string;
  customerId: string;
  assignedEmployeeId?: string;
  amount?: string;
  currency?: string;
  due?: string;
  at: string;
}
export interface DailyResult {
  overdue: { orderId: string; status: OrderStatus; deliveryDate: string; overdueMinutes: number }[];
  reminders: Reminder[];
  /** Auto-cancellations, each the same object order.transition returns. */
  statusUpdates: TransitionResult[];
  deleteNotifications: { notificationId: string; reason: 'expired' | 'read_retention' }[];
  report: {
    window: { from: string; to: string };
    orders: number;
    ordersByStatus: { [status in OrderStatus]: number };
    revenue: { currency: string; collected: string; refunded: string; net: string }[];
    turnaround: { delivered: number; averageMinutes: number | null };
    employees: { employeeId: string; activeOrders: number; activeItems: number }[];
  };
}
export interface MaintenanceOperations {
  daily(input: DailyInput): DailyResult;
}

