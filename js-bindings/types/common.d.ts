// Shapes shared by several domains.

/** A timestamp: RFC 3339 text, a Date (sent as its ISO text) or Firestore's object forms. */
export type TimestampInput =
  | string
  | Date
  | { seconds: number; nanoseconds?: number }
  | { _seconds: number; _nanoseconds?: number } | null;

/** An amount in major units as the seed stores it (19.99) or as a decimal string ("19.99"). */
export type AmountInput = number | string;

/**
 * An amount in a result: exact integer minor units and the same value as a
 * decimal string in major units with the currency's exponent ("1500.50").
 */
export interface MoneyAmount {
  minor: number;
  decimal: string;
}

/** A stored Firestore document as the seed defines it (see docs/schema.md). */
export type DocumentData = { [field: string]: unknown };

/**
 * A stored document embedded in another operation's input: callers pass their
 * Firestore documents as they are, so fields the operation does not read are allowed.
 */
export type Stored<T> = T & { [field: string]: unknown };

export type Role = 'customer' | 'employee' | 'admin';
export type ActorRole = Role | 'system';
export interface Actor {
  uid: string;
  role: ActorRole;
}

/** `/orders.status.current` (docs/lifecycle.md). */
export type OrderStatus =
  | 'pending' | 'confirmed' | 'cutting' | 'stitching' | 'trial' | 'alteration' | 'finishing'
  | 'quality_check' | 'ready' | 'delivered' | 'cancelled' | 'on_hold';
/** The stage of one order item. */
export type ItemStage =
  | 'pending' | 'cutting' | 'stitching' | 'trial' | 'alteration' | 'finishing'
  | 'quality_check' | 'ready' | 'delivered' | 'cancelled';
export type PaymentStatus = 'pending' | 'partially_paid' | 'paid' | 'refunded' | 'failed';
export type TransactionKind = 'charge' | 'refund';
export type TransactionStatus = 'pending' | 'succeeded' | 'failed';
export type LoyaltyTier = 'bronze' | 'silver' | 'gold' | 'platinum';
export type Garment = 'shirt' | 'trouser' | 'blazer' | 'suit' | 'blouse' | 'kurti' | 'other';
export type MeasurementUnit = 'in' | 'cm';
export type SkillLevel = 'apprentice' | 'junior' | 'senior' | 'master';
export type EmployeeStatus = 'active' | 'on_leave' | 'inactive';
export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
export type Channel = 'in_app' | 'sms' | 'email' | 'push';
export type Priority = 'low' | 'medium' | 'high' | 'urgent';
export type TransitionTrigger = 'customer' | 'employee' | 'admin' | 'system' | 'payment';
export type NotificationType =
  | 'order_created' | 'order_confirmed' | 'order_assigned' | 'production_started' | 'stage_changed'
  | 'trial_scheduled' | 'order_ready' | 'order_delivered' | 'order_cancelled' | 'order_on_hold'
  | 'order_resumed' | 'payment_received' | 'payment_failed' | 'refund_issued' | 'delivery_reminder'
  | 'balance_reminder' | 'trial_reminder' | 'feedback_request' | 'general';
/** Rounding modes of the money code (docs/pricing.md). */
export type RoundingMode = 'half_away_from_zero' | 'half_even' | 'away_from_zero' | 'toward_zero';
/** `"HH:MM-HH:MM"` (end after start, up to 24:00) or `"off"`. */
export type WorkingHours = string;
/** Degrees; Firestore GeoPoint JSON (`_latitude`) is accepted too. */
export type GeoPointInput =
  | { latitude: number; longitude: number }
  | { _latitude: number; _longitude: number };

/** One finding located in the input by a JSON Pointer. */
export interface Finding {
  path: string;
  code: string;
  message: string;
}

/** A stable code with a sentence for people. */
export interface Reason {
  code: string;
  message: string;
}

// ---- Shop configuration (docs/pricing.md, lifecycle.md, assignment.md, aggregates.md, security.md)

export interface TaxRule {
  name: string;
  rateBps: number;
  inclusive?: boolean | null;
  /** Split of the tax into components (e.g. CGST + SGST); the remainder minor unit goes to `remainderTo`. */
  split?: { components: { name: string; rateBps: number }[]; remainderTo: string } | null;
}
export interface PricingConfig {
  rounding?: RoundingMode | 'bankers' | null;
  taxes?: TaxRule[] | null;
  urgency?: { surchargeBps?: number | null; taxable?: boolean | null } | null;
  discounts?: {
    orderLevelStacking?: 'best_only' | 'additive' | null;
    maxBpsByRole?: { customer?: number | null; employee?: number | null; admin?: number | null } | null;
  } | null;
  priceOverrides?: { allowed?: boolean | null; requireReason?: boolean | null } | null;
}
export interface LoyaltyTierRule {
  tier: LoyaltyTier;
  minPoints?: number | null;
  /** Major units of the shop currency. */
  minSpend?: AmountInput | null;
  discountBps?: number | null;
  bonusBps?: number | null;
}
export interface LoyaltyConfig {
  qualifyBy?: 'points' | 'spend' | null;
  pointsRateBps?: number | null;
  tiers?: LoyaltyTierRule[] | null;
}
export interface PaymentsConfig {
  advance?: {
    standardBps?: number | null;
    urgentBps?: number | null;
    byTierBps?: { [tier in LoyaltyTier]?: number } | null;
    combine?: 'higher' | 'lower' | null;
    rounding?: RoundingMode | null;
  } | null;
}
export interface LifecycleConfig {
  requireAdvanceBeforeProduction?: boolean | null;
}
export interface CalendarConfig {
  workingHours?: { [day in Weekday]?: WorkingHours } | null;
  /** Shop holidays, `YYYY-MM-DD`. */
  holidays?: string[] | null;
  dailyCapacityMinutes?: number | null;
  urgentLeadTimeBps?: number | null;
}
export interface NotificationsConfig {
  expiryDays?: number | null;
}
export interface MaintenanceConfig {
  autoCancelPendingDays?: number | null;
  notificationRetentionDays?: number | null;
}
export interface AssignmentWeights {
  skill?: number | null;
  workload?: number | null;
  performance?: number | null;
  turnaround?: number | null;
  distance?: number | null;
  affinity?: number | null;
}
export interface AssignmentConfig {
  weights?: AssignmentWeights | null;
  maxDistanceKm?: number | null;
  horizonDays?: number | null;
}
export interface RulesConfig {
  urgentServices?: string[] | null;
  urgentLeadTimeBps?: number | null;
}
export interface RetentionConfig {
  archiveAfterDays?: number | null;
  cancelledArchiveAfterDays?: number | null;
}

/** The shop configuration; every field has a documented default, so `{}` is valid. */
export interface ShopConfig {
  version?: 1 | null;
  /** ISO 4217, default "INR". */
  currency?: string | null;
  /** IANA name, default "Asia/Kolkata". */
  timezone?: string | null;
  pricing?: PricingConfig | null;
  loyalty?: LoyaltyConfig | null;
  payments?: PaymentsConfig | null;
  lifecycle?: LifecycleConfig | null;
  calendar?: CalendarConfig | null;
  notifications?: NotificationsConfig | null;
  maintenance?: MaintenanceConfig | null;
  assignment?: AssignmentConfig | null;
  rules?: RulesConfig | null;
  retention?: RetentionConfig | null;
}
