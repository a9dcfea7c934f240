// rules.* — the access policy (docs/security.md) and business rule checks.
import type {
  Actor, AmountInput, DocumentData, EmployeeStatus, OrderStatus, Garment, LoyaltyTier, ShopConfig, Stored, TimestampInput,
  TransactionKind, TransactionStatus,
} from './common';

export type FirestoreOp = 'get' | 'list' | 'create' | 'update' | 'delete';

export interface AuthorizeInput {
  /** The signed-in user, or null for an unauthenticated request. */
  auth: { uid: string; token?: { role?: string | null; [claim: string]: unknown } | null } | null;
  op: FirestoreOp;
  /** Document path, e.g. "orders/o1" or "orders/o1/chat/m1". */
  path: string;
  /** The stored document (`resource.data`), null on create. */
  resource?: DocumentData | null;
  /** The whole document after the write (`request.resource.data`). */
  requestResource?: DocumentData | null;
  /** For list: the query's filters. */
  query?: { filters: { field: string; op: string; value: unknown }[] } | null;
  /** Documents the rules may `get()`, by path. */
  lookups?: { [path: string]: DocumentData | null } | null;
  [extra: string]: unknown;
}

export interface AuthorizeResult {
  allow: boolean;
  /** Id of the policy entry that decided, or "default_deny" / "lookup_limit". */
  rule: string;
  reason: string;
  /** Document lookups the evaluation used (Firestore allows 10). */
  lookups: number;
}

/** The fields of an order document rules.check reads; a whole `/orders` document fits. */
export type RulesOrder = Stored<{
  assignedEmployeeId?: string | null;
  serviceItems?: Stored<{ serviceId: string; garment: Garment; quantity?: number | null; assignedEmployeeId?: string | null }>[] | null;
  measurements?: { [key: string]: unknown } | null;
  pricing?: Stored<{ currency?: string | null; subtotal?: AmountInput | null; totalAmount?: AmountInput | null; discounts?: Stored<{ amount: AmountInput }>[] | null }> | null;
  timeline?: Stored<{ deliveryDate?: TimestampInput | null; urgent?: boolean | null }> | null;
  status?: Stored<{ current: OrderStatus }> | null;
  payment?: Stored<{ transactions?: Stored<{ kind: TransactionKind; status: TransactionStatus; amount: AmountInput }>[] | null }> | null;
}>;
/** The fields of a service document rules.check reads. */
export type RulesService = Stored<{
  serviceId: string;
  isActive?: boolean | null;
  capacity?: Stored<{ dailyLimit?: number | null; queueLimit?: number | null; currentQueue?: number | null }> | null;
  scheduling?: Stored<{ leadTime?: number | null; urgentAvailable?: boolean | null }> | null;
}>;
export type RulesCheckCode =
  | 'service_unknown' | 'service_inactive' | 'daily_capacity_reached' | 'queue_limit_reached'
  | 'urgency_not_offered' | 'lead_time_not_met' | 'measurements_missing' | 'employee_unknown'
  | 'employee_inactive' | 'employee_on_leave' | 'advance_below_required' | 'discount_exceeds_role_limit';

export interface RulesCheckInput {
  order: RulesOrder;
  /** At most 200. */
  services: RulesService[];
  /** At most 500. */
  employees?: Stored<{ employeeId: string; status: EmployeeStatus }>[] | null;
  customer?: Stored<{ measurements?: { [key: string]: unknown } | null; loyalty?: Stored<{ tier?: LoyaltyTier | null }> | null }> | null;
  /** Bookings already made today per service id (for daily capacity). */
  dailyBookings?: { [serviceId: string]: number } | null;
  actor: Actor;
  now: TimestampInput;
  config?: ShopConfig | null;
}

export interface Violation {
  code: RulesCheckCode;
  severity: 'error' | 'warning';
  path: string;
  message: string;
}

export interface RulesCheckResult {
  /** True when there is no violation of severity "error". */
  ok: boolean;
  errors: number;
  warnings: number;
  violations: Violation[];
}

export interface RulesOperations {
  authorize(input: AuthorizeInput): AuthorizeResult;
  check(input: RulesCheckInput): RulesCheckResult;
  /** The complete firestore.rules text generated from the policy table (`entries`: how many). */
  firestore(input?: Record<string, never>): { entries: number; text: string };
  /** firestore.indexes.json for the queries the system makes (`indexes`: how many). */
  indexes(input?: Record<string, never>): { indexes: number; text: string };
}
