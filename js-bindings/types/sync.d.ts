// sync.merge and sync.queue (docs/sync.md).
import type { Actor, DocumentData, ShopConfig, TimestampInput } from './common';

/** When and by whom each field was last written, keyed by JSON Pointer. */
export interface FieldTimes {
  [pointer: string]: { at: TimestampInput; writer: string };
}
/** One side of a merge: the stored document (null = deleted / not yet created). */
export interface MergeSide {
  document: DocumentData | null;
  fieldTimes?: FieldTimes | null;
}
export interface MergeInput {
  collection: 'orders' | 'customers' | 'employees';
  /** The common ancestor. */
  base: MergeSide;
  local: MergeSide;
  remote: MergeSide;
}
export type ConflictKind =
  | 'concurrent_assignment' | 'immutable_changed' | 'status_move_rejected' | 'delete_vs_edit'
  | 'entry_differs' | 'charge_on_cancelled_order' | 'shape_changed';
export type MergeRule =
  | 'one_side_changed' | 'same_on_both' | 'later_write' | 'writer_tie_break' | 'value_tie_break'
  | 'union_by_id' | 'status_sequence';
export interface MergeConflict {
  /** JSON Pointer into the merged document. */
  path: string;
  kind: ConflictKind;
  /** That side's value; an absent key means the field is absent on that side. */
  local?: unknown;
  remote?: unknown;
  base?: unknown;
  reason: string;
}
export interface MergeResult {
  document: DocumentData | null;
  conflicts: MergeConflict[];
  decisions: { path: string; rule: MergeRule; winner: 'local' | 'remote' | 'both' }[];
}

export type MutationKind = 'payment' | 'status' | 'write';
export interface Mutation {
  /** Document path: collection/id[/sub/id…]. */
  path: string;
  /** Keys starting with "/" are JSON Pointers (set as a whole); others are field names. */
  patch: { [key: string]: unknown };
  clientTime: TimestampInput;
  idempotencyKey: string;
  kind: MutationKind;
  actor?: Actor | null;
}
export interface QueueInput {
  mutations: Mutation[];
  now?: TimestampInput | null;
  /**
   * The stored documents the mutations touch, by path ("orders/o1"); null = does
   * not exist. With them, each queued mutation carrying an actor gets `checks`
   * from the access policy and (for status moves) the status machine.
   */
  documents?: { [path: string]: DocumentData | null } | null;
  /** Only the `lifecycle` section is read (status-machine guards). */
  config?: ShopConfig | null;
}
/** One answer for a queued mutation: the access policy or the status machine. */
export interface QueueCheck {
  check: 'access' | 'status';
  allow: boolean;
  /** The policy entry or status-machine guard that decided. */
  rule: string;
  reason: string;
}
export interface Superseded {
  field: string;
  by: string;
  byIndex: number;
}
export interface QueuedMutation {
  position: number;
  index: number;
  idempotencyKey: string;
  kind: MutationKind;
  path: string;
  clientTime: string;
  actor?: Actor;
  /** Always pointer keys, without superseded fields. */
  patch: { [pointer: string]: unknown };
  superseded: Superseded[];
  /** The access policy's and status machine's answers (empty without an actor or the stored document). */
  checks: QueueCheck[];
  flags: 'client_time_after_now'[];
}
export type MutationFate =
  | { index: number; idempotencyKey: string; fate: 'queued'; position: number }
  | { index: number; idempotencyKey: string; fate: 'duplicate'; duplicateOf: number }
  | { index: number; idempotencyKey: string; fate: 'coalesced'; fields: Superseded[] }
  | { index: number; idempotencyKey: string; fate: 'key_conflict'; conflictsWith: number[]; reason: string };
export interface QueueResult {
  queue: QueuedMutation[];
  /** One per input mutation, in input order. */
  fates: MutationFate[];
  counts: { received: number; queued: number; duplicates: number; coalesced: number; keyConflicts: number };
}
export interface SyncOperations {
  merge(input: MergeInput): MergeResult;
  queue(input: QueueInput): QueueResult;
}
