// Shapes shared by several domains.

/** A timestamp: RFC 3339 text, a Date (sent as its ISO text) or Firestore's object forms. */
export type TimestampInput =
  | string
  | Date
  | { seconds: number; nanoseconds?: number }
  | { _seconds: number; _nanoseconds?: number };

/** An amount in major units as the seed stores it (19.99) or as a decimal string ("19.99"). */
export type AmountInput = number | string;

/** A stored Firestore document as the seed defines it (see docs/schema.md). */
export type DocumentData = { [field: string]: unknown };

export type Role = 'customer' | 'employee' | 'admin';
export type ActorRole = Role | 'system';
export interface Actor {
  uid: string;
  role: ActorRole;
}

/** The shop configuration (docs/pricing.md and each domain's doc); `{}` means all defaults. */
export interface ShopConfig {
  version?: number;
  currency?: string;
  timezone?: string;
  [section: string]: unknown;
}

/** One finding located in the input by a JSON Pointer. */
export interface Finding {
  path: string;
  code: string;
  message: string;
}
