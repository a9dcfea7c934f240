// rules.* — the access policy (docs/security.md) and business rule checks.
import type { Actor, DocumentData, ShopConfig, TimestampInput } from './common';

export type FirestoreOp = 'get' | 'list' | 'create' | 'update' | 'delete';

export interface AuthorizeInput {
  /** The signed-in user, or null for an unauthenticated request. */
  auth: { uid: string; token?: { role?: string; [claim: string]: unknown } } | null;
  op: FirestoreOp;
  /** Document path, e.g. "orders/o1" or "orders/o1/chat/m1". */
  path: string;
  /** The stored document (`resource.data`), null on create. */
  resource?: DocumentData | null;
  /** The whole document after the write (`request.resource.data`). */
  requestResource?: DocumentData | null;
  /** For list: the query's filters. */
  query?: { filters: { field: string; op: string; value: unknown }[] };
  /** Documents the rules may `get()`, by path. */
  lookups?: { [path: string]: DocumentData | null };
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

export interface RulesCheckInput {
  order: DocumentData;
  services: DocumentData[];
  employees?: DocumentData[];
  customer?: DocumentData;
  /** Bookings already made today per service id (for daily capacity). */
  dailyBookings?: { [serviceId: string]: number };
  actor: Actor;
  now: TimestampInput;
  config?: ShopConfig;
}

export interface Violation {
  code: string;
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
