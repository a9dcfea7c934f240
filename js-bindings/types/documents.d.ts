// The seven stored collections (docs/schema.md) and validate.* — one report per document.
//
// Each document type takes two parameters: how timestamps and amounts are written.
// Inputs accept every form (`TimestampInput`, `AmountInput`); the canonical form a
// valid report returns has RFC 3339 UTC strings and JSON numbers (`Canonical*`).
import type {
  AmountInput, Channel, EmployeeStatus, Finding, Garment, ItemStage, LoyaltyTier, MeasurementUnit,
  NotificationType, OrderStatus, PaymentStatus, Priority, Role, ActorRole, ShopConfig, SkillLevel,
  TimestampInput, TransactionKind, TransactionStatus, TransitionTrigger, Weekday, WorkingHours,
  TaxRule, LoyaltyTierRule, RoundingMode,
} from './common';

type T0 = TimestampInput;
type A0 = AmountInput;

// ---- users
export type UserDocument<T = T0> = {
  userId: string;
  email: string;
  displayName: string;
  photoUrl?: string | null;
  /** E.164 phone for SMS (not in the seed; read by notify.plan). */
  phone?: string | null;
  /** Firebase Cloud Messaging device token for push (read by notify.plan). */
  fcmToken?: string | null;
  role: Role;
  createdAt: T;
  updatedAt: T;
  preferences: { notifications: boolean; language: string; timezone: string };
  stats: { totalOrders: number; loyaltyPoints: number; averageRating: number };
  metadata?: { lastLogin: T; deviceInfo?: { [key: string]: unknown } | null; ipAddress?: string | null } | null;
};

// ---- customers
/** The customer's body profile; values in `unit`, up to 3 decimals. */
export type BodyProfile = {
  unit: MeasurementUnit;
  chest?: number | null;
  waist?: number | null;
  hips?: number | null;
  length?: number | null;
  shoulder?: number | null;
  sleeve?: number | null;
  inseam?: number | null;
  customMeasurements?: { [name: string]: number } | null;
};
export type Address = {
  label?: string | null;
  line1: string;
  line2?: string | null;
  city: string;
  state?: string | null;
  postalCode: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
};
export type CustomerDocument<T = T0, A = A0> = {
  customerId: string;
  userId: string;
  personalInfo: {
    name: string;
    email: string;
    /** E.164. */
    phone: string;
    dateOfBirth?: T | null;
    gender?: 'female' | 'male' | 'non_binary' | 'undisclosed' | null;
  };
  measurements: BodyProfile;
  preferences: {
    preferredServices: string[];
    fabricPreferences: string[];
    budgetRange?: { currency?: string | null; min: A; max: A } | null;
    urgencyLevel: 'standard' | 'urgent';
  };
  loyalty: { tier: LoyaltyTier; points: number; currency?: string | null; totalSpent: A; joinDate: T };
  addressBook: Address[];
  emergencyContact?: { name?: string | null; phone?: string | null; relationship?: string | null } | null;
  createdAt: T;
  updatedAt: T;
};

// ---- orders
/** One set per garment; field names per garment (docs/schema.md, plausibility table). */
export type OrderMeasurements<T = T0> = {
  unit: MeasurementUnit;
  garments?: { [garment in Garment]?: { [field: string]: number } } | null;
  custom?: { [name: string]: number } | null;
  takenAt?: T | null;
};
export type OrderServiceItem<A = A0> = {
  itemId: string;
  serviceId: string;
  garment: Garment;
  /** 1–100. */
  quantity: number;
  tier?: string | null;
  addOns?: { name: string; price: A }[] | null;
  stage: ItemStage;
  assignedEmployeeId?: string | null;
  /** Unit price agreed instead of the catalogue price. */
  priceOverride?: { amount: A; reason: string } | null;
};
export type OrderCustomItem<A = A0> = {
  itemId: string;
  description: string;
  price: A;
  reason: string;
  garment?: Garment | null;
  stage: ItemStage;
};
export type OrderDiscount<A = A0> = {
  kind: 'coupon' | 'manual' | 'loyalty';
  type: 'percent' | 'fixed';
  /** Percent discounts: 1–10000 basis points. */
  valueBps?: number | null;
  /** Fixed discounts: > 0. */
  amount?: A | null;
  scope: 'order' | 'line';
  /** Line discounts: the item. */
  itemId?: string | null;
  /** Coupons. */
  code?: string | null;
  /** Manual discounts (with `grantedBy`). */
  reason?: string | null;
  grantedBy?: string | null;
};
export type OrderTax<A = A0> = {
  name: string;
  rateBps: number;
  inclusive: boolean;
  amount: A;
};
export type StatusHistoryEntry<T = T0> = {
  from: OrderStatus;
  to: OrderStatus;
  actor: string;
  role: ActorRole;
  trigger: TransitionTrigger;
  at: T;
  reason?: string | null;
};
export type PaymentTransaction<T = T0, A = A0> = {
  transactionId: string;
  kind: TransactionKind;
  status: TransactionStatus;
  /** > 0, in the order's currency. */
  amount: A;
  idempotencyKey: string;
  gatewayId?: string | null;
  method?: string | null;
  at: T;
};
export type FileReference<T = T0> = {
  storagePath: string;
  contentType: string;
  sizeBytes: number;
  uploadedAt: T;
};
export type WorkAssignment<T = T0> = {
  employeeId: string;
  assignedAt: T;
  assignedBy?: string | null;
};
export type QualityCheck<T = T0> = {
  checkId: string;
  itemId?: string | null;
  inspectorId: string;
  passed: boolean;
  notes?: string | null;
  at: T;
};
export type OrderFeedback<T = T0> = {
  rating?: number | null;
  comments?: string | null;
  submittedAt?: T | null;
};
export type OrderDocument<T = T0, A = A0> = {
  orderId: string;
  customerId: string;
  assignedEmployeeId?: string | null;
  serviceItems: OrderServiceItem<A>[];
  customItems: OrderCustomItem<A>[];
  measurements: OrderMeasurements<T>;
  pricing: {
    /** ISO 4217; every amount of the order is in it. */
    currency: string;
    subtotal: A;
    discounts: OrderDiscount<A>[];
    taxes: OrderTax<A>[];
    totalAmount: A;
    advanceRequired: A;
    remainingAmount: A;
  };
  timeline: { orderDate: T; deliveryDate?: T | null; urgent: boolean };
  status: { current: OrderStatus; history: StatusHistoryEntry<T>[]; lastUpdated: T };
  payment: {
    status: PaymentStatus;
    transactions: PaymentTransaction<T, A>[];
    method?: string | null;
    gatewayId?: string | null;
  };
  attachments: { images: FileReference<T>[]; documents: FileReference<T>[] };
  specialInstructions?: string | null;
  /** itemId → assignment. */
  workAssignments: { [itemId: string]: WorkAssignment<T> };
  qualityChecks: QualityCheck<T>[];
  feedback?: OrderFeedback<T> | null;
  createdAt: T;
  updatedAt: T;
};

// ---- services
export type ServiceCategory = 'stitching' | 'alteration' | 'repair' | 'embroidery' | 'finishing' | 'consultation';
export type ServiceType = 'menswear' | 'womenswear' | 'kidswear' | 'unisex';
export type ServiceDocument<T = T0, A = A0> = {
  serviceId: string;
  name: string;
  category: ServiceCategory;
  type: ServiceType;
  pricing: {
    currency?: string | null;
    basePrice: A;
    tierPricing: { [tier: string]: A };
    minPrice?: A | null;
    maxPrice?: A | null;
  };
  capacity: { dailyLimit: number; queueLimit: number; currentQueue: number };
  requirements: { materials: string[]; tools: string[]; skills: string[]; experience: number };
  /** Minutes, minutes, days. */
  scheduling: { estimatedDuration: number; bufferTime: number; leadTime: number };
  isActive: boolean;
  isPopular: boolean;
  rating: { average: number; count: number; distribution: { [stars in '1' | '2' | '3' | '4' | '5']?: number } };
  createdAt: T;
  updatedAt: T;
};

// ---- employees
export type DateException = {
  /** YYYY-MM-DD. */
  date: string;
  kind: 'leave' | 'holiday' | 'half_day';
  reason?: string | null;
};
export type EmployeeDocument<T = T0> = {
  employeeId: string;
  userId: string;
  personalInfo: { name: string; email: string; phone: string };
  professional: { specializations: string[]; experience: number; certifications: string[]; skillLevel: SkillLevel };
  schedule: {
    workingHours: { [day in Weekday]?: WorkingHours };
    availability: Weekday[];
    exceptions: DateException[];
  };
  workload: { currentOrders: number; capacity: number; utilization: number };
  performance: { rating: number; completedOrders: number; averageTurnaround: number; customerFeedback: number };
  status: EmployeeStatus;
  location?: { latitude: number; longitude: number } | null;
  createdAt: T;
  updatedAt: T;
};

// ---- notifications
export type NotificationDocument<T = T0> = {
  notificationId: string;
  recipientId: string;
  type: NotificationType;
  priority: Priority;
  title: string;
  message: string;
  data: { [key: string]: unknown };
  channels: Channel[];
  status: {
    sent: boolean;
    delivered: boolean;
    read: boolean;
    sentAt?: T | null;
    deliveredAt?: T | null;
    readAt?: T | null;
  };
  expiry?: T | null;
  createdAt: T;
};

// ---- payments
export type PaymentDocument<T = T0, A = A0> = {
  paymentId: string;
  orderId: string;
  customerId: string;
  kind: TransactionKind;
  status: TransactionStatus;
  amount: A;
  currency: string;
  method: string;
  gatewayId?: string | null;
  idempotencyKey: string;
  createdAt: T;
};

/** `T` without `null` anywhere: the canonical form leaves absent/null optionals out. */
export type NonNullDeep<T> = T extends null ? never
  : T extends (infer U)[] ? NonNullDeep<U>[]
  : T extends object ? { [K in keyof T]: NonNullDeep<T[K]> }
  : T;
// Canonical forms: what `document` holds in a valid report (timestamps RFC 3339 UTC,
// amounts JSON numbers, absent/null optionals left out, free-form maps verbatim).
export type CanonicalUser = NonNullDeep<UserDocument<string>>;
export type CanonicalCustomer = NonNullDeep<CustomerDocument<string, number>>;
export type CanonicalOrder = NonNullDeep<OrderDocument<string, number>>;
export type CanonicalService = NonNullDeep<ServiceDocument<string, number>>;
export type CanonicalEmployee = NonNullDeep<EmployeeDocument<string>>;
export type CanonicalNotification = NonNullDeep<NotificationDocument<string>>;
export type CanonicalPayment = NonNullDeep<PaymentDocument<string, number>>;

/**
 * A validation report: an invalid document is a successful call with
 * `valid: false` and every issue; `document` is present only when valid.
 */
export type ValidationReport<D> =
  | { valid: true; issues: Finding[]; document: D }
  | { valid: false; issues: Finding[]; document?: undefined };

/** The whole configuration with every default filled in (`validate.config`). */
export interface CanonicalConfig {
  version: 1;
  currency: string;
  timezone: string;
  pricing: {
    rounding: RoundingMode;
    taxes: TaxRule[];
    urgency: { surchargeBps: number; taxable: boolean };
    discounts: { orderLevelStacking: 'best_only' | 'additive'; maxBpsByRole: { customer: number; employee: number; admin: number } };
    priceOverrides: { allowed: boolean; requireReason: boolean };
  };
  loyalty: {
    qualifyBy: 'points' | 'spend';
    pointsRateBps: number;
    tiers: (Required<Omit<LoyaltyTierRule, 'minSpend'>> & { minSpend: number })[];
  };
  payments: {
    advance: {
      standardBps: number;
      urgentBps: number;
      byTierBps: { [tier in LoyaltyTier]: number };
      combine: 'higher' | 'lower';
      rounding: RoundingMode;
    };
  };
  [section: string]: unknown;
}
export type ConfigReport =
  | { valid: true; issues: Finding[]; config: CanonicalConfig }
  | { valid: false; issues: Finding[]; config?: undefined };

/**
 * Each takes the whole document. Data of unknown shape (Firestore's `DocumentData`)
 * is what the validator is for: pass it with a cast, `data as OrderDocument`.
 */
export interface ValidateOperations {
  user(document: UserDocument): ValidationReport<CanonicalUser>;
  customer(document: CustomerDocument): ValidationReport<CanonicalCustomer>;
  order(document: OrderDocument): ValidationReport<CanonicalOrder>;
  service(document: ServiceDocument): ValidationReport<CanonicalService>;
  employee(document: EmployeeDocument): ValidationReport<CanonicalEmployee>;
  notification(document: NotificationDocument): ValidationReport<CanonicalNotification>;
  payment(document: PaymentDocument): ValidationReport<CanonicalPayment>;
  /** Checks every section known to this build; returns it with all defaults filled in. */
  config(config: ShopConfig): ConfigReport;
}
