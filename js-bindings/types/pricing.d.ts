// pricing.quote, payment.summarize and loyalty.evaluate (docs/pricing.md).
import type {
  AmountInput, ItemStage, LoyaltyTier, MoneyAmount, PaymentStatus, ShopConfig, Stored, TimestampInput,
  TransactionKind, TransactionStatus,
} from './common';

// ---- pricing.quote
/** The parts of an order document pricing.quote reads (a whole `/orders` document fits). */
export interface QuoteOrder {
  serviceItems?: Stored<{
    itemId: string;
    serviceId: string;
    /** 1…10000. */
    quantity: number;
    /** A key of the service's `tierPricing`. */
    tier?: string | null;
    /** Price per unit. */
    addOns?: { name: string; price: AmountInput }[] | null;
    priceOverride?: { amount: AmountInput; reason?: string | null } | null;
    /** `cancelled` items are not priced. */
    stage?: ItemStage | null;
  }>[] | null;
  customItems?: Stored<{ itemId: string; price: AmountInput; stage?: ItemStage | null }>[] | null;
  /** Absent `urgent` = not urgent. */
  timeline?: Stored<{ urgent?: boolean | null }> | null;
  /** Must equal `config.currency` when present. */
  pricing?: Stored<{ currency?: string | null }> | null;
  [field: string]: unknown;
}
/** The parts of a service document pricing.quote reads. */
export type QuoteService = Stored<{
  serviceId: string;
  isActive: boolean;
  pricing: Stored<{
    basePrice: AmountInput;
    tierPricing?: { [tier: string]: AmountInput } | null;
    minPrice?: AmountInput | null;
    maxPrice?: AmountInput | null;
    currency?: string | null;
  }>;
}>;
export type DiscountSource = 'coupon' | 'manual' | 'loyalty';
export type DiscountKind = 'percent' | 'fixed';
export type DiscountScope = 'order' | 'line';
/** A discount request (strict): `rateBps` for percent, `amount` for fixed; `itemId` for line scope. */
export type QuoteDiscount =
  | { name: string; source: DiscountSource; kind: 'percent'; rateBps: number; scope?: 'order' | null }
  | { name: string; source: DiscountSource; kind: 'percent'; rateBps: number; scope: 'line'; itemId: string }
  | { name: string; source: DiscountSource; kind: 'fixed'; amount: AmountInput; scope?: 'order' | null }
  | { name: string; source: DiscountSource; kind: 'fixed'; amount: AmountInput; scope: 'line'; itemId: string };
/** A stored `payment.transactions[]` entry (`gatewayId`, `method`, `at` are not read). */
export type TransactionInput = Stored<{
  transactionId: string;
  kind: TransactionKind;
  status: TransactionStatus;
  /** > 0. */
  amount: AmountInput;
  idempotencyKey: string;
  gatewayId?: string | null;
  method?: string | null;
  at?: TimestampInput | null;
}>;
export interface QuoteInput {
  order: QuoteOrder;
  services: QuoteService[];
  /** A customer document; only `loyalty.tier` is read. */
  customer?: Stored<{ loyalty?: Stored<{ tier?: LoyaltyTier | null }> | null }> | null;
  discounts?: QuoteDiscount[] | null;
  payments?: TransactionInput[] | null;
  /** Required; `{}` means every default. */
  config: ShopConfig;
}
export interface TaxLine {
  name: string;
  inclusive: boolean;
  rateBps: number;
  amount: MoneyAmount;
  components: { name: string; amount: MoneyAmount }[];
}
export interface QuoteLine {
  itemId: string;
  kind: 'service' | 'custom';
  serviceId: string | null;
  quantity: number;
  unitBase: MoneyAmount;
  addOns: MoneyAmount;
  unitPrice: MoneyAmount;
  clamped: 'none' | 'min' | 'max';
  gross: MoneyAmount;
  lineDiscount: MoneyAmount;
  surcharge: MoneyAmount;
  orderDiscount: MoneyAmount;
  amount: MoneyAmount;
  taxable: MoneyAmount;
  taxes: TaxLine[];
  taxTotal: MoneyAmount;
  total: MoneyAmount;
}
export interface QuoteDiscountResult {
  name: string;
  source: DiscountSource;
  kind: DiscountKind;
  scope: DiscountScope;
  itemId: string | null;
  rateBps: number | null;
  value: MoneyAmount;
  applied: boolean;
}
export type QuoteExplanationCode =
  | 'cancelled_item_excluded' | 'price_override' | 'tier_price' | 'clamped_to_min' | 'clamped_to_max'
  | 'coupon_discount' | 'manual_discount' | 'loyalty_discount' | 'line_discount_clamped'
  | 'urgency_surcharge' | 'discount_not_applied' | 'order_discount_clamped' | 'tax' | 'tax_included'
  | 'advance' | 'amount_paid';
export interface QuoteResult {
  currency: string;
  lines: QuoteLine[];
  discounts: QuoteDiscountResult[];
  taxes: TaxLine[];
  subtotal: MoneyAmount;
  surchargeTotal: MoneyAmount;
  discountTotal: MoneyAmount;
  taxTotal: MoneyAmount;
  total: MoneyAmount;
  advanceBps: number;
  advanceRequired: MoneyAmount;
  amountPaid: MoneyAmount;
  remainingAmount: MoneyAmount;
  explanations: { code: QuoteExplanationCode; text: string; amount: MoneyAmount | null }[];
}
export interface PricingOperations {
  /** Prices an order line by line with an explanation of every step. */
  quote(input: QuoteInput): QuoteResult;
}

// ---- payment.summarize
export interface PaymentSummaryInput {
  /** The order total, major units. */
  total: AmountInput;
  currency: string;
  /** At most 1000. */
  transactions: TransactionInput[];
  /** Between 0 and total. */
  advanceRequired?: AmountInput | null;
}
export interface PaymentSummary {
  currency: string;
  total: MoneyAmount;
  status: PaymentStatus;
  overpaid: boolean;
  paid: MoneyAmount;
  refunded: MoneyAmount;
  netPaid: MoneyAmount;
  due: MoneyAmount;
  overpaidAmount: MoneyAmount;
  pending: MoneyAmount;
  paymentsCounted: number;
  /** transactionIds counted as repeats of an idempotency key. */
  duplicates: string[];
  advanceRequired: MoneyAmount | null;
  advanceMet: boolean | null;
}
export interface PaymentOperations {
  summarize(input: PaymentSummaryInput): PaymentSummary;
}

// ---- loyalty.evaluate
export interface LoyaltyEvaluateInput {
  loyalty: {
    tier: LoyaltyTier;
    points: number;
    /** Absent = `points`; never below it. */
    lifetimePoints?: number | null;
    totalSpent: AmountInput;
  };
  order: { total: AmountInput; currency: string; completedAt: TimestampInput };
  config: ShopConfig;
}
export interface LoyaltyEvaluation {
  basePoints: number;
  bonusPoints: number;
  pointsEarned: number;
  points: number;
  lifetimePoints: number;
  totalSpent: MoneyAmount;
  previousTier: LoyaltyTier;
  tier: LoyaltyTier;
  tierChanged: boolean;
  /** null at platinum. */
  nextTier: LoyaltyTier | null;
  /** One of missingPoints / missingSpend is set (per `qualifyBy`), the other null. */
  missingPoints: number | null;
  missingSpend: MoneyAmount | null;
  completedAt: string;
  explanations: { code: 'points_base' | 'points_tier_bonus' | 'tier_upgraded'; text: string; points: number | null }[];
}
export interface LoyaltyOperations {
  evaluate(input: LoyaltyEvaluateInput): LoyaltyEvaluation;
}
