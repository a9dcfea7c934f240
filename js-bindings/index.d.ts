// Type declarations for tailor-core. The operation-specific input and result
// types are in ./types/*.d.ts files, one per domain, re-exported here.

/** One problem, located by a JSON Pointer into the operation input. */
export interface Issue {
  readonly path: string;
  readonly code: string;
  readonly message: string;
}

/** Thrown for every error envelope and for inputs JSON cannot carry unchanged. */
export declare class TailorError extends Error {
  readonly name: 'TailorError';
  /** Stable snake_case code, e.g. "invalid_input", "unknown_operation". */
  readonly code: string;
  readonly details: readonly Issue[];
  constructor(code: string, message: string, details?: Issue[]);
}

export interface OperationInfo {
  readonly name: string;
  readonly summary: string;
}

export interface LoadOptions {
  /** Node: path of tailor_core_node.wasm (default: the packaged file). */
  wasmPath?: string;
  /** The wasm bytes, when you already have them. */
  wasmBinary?: Uint8Array | ArrayBuffer;
  /** Browser: URL of tailor_core_web.wasm (bundlers find the default themselves). */
  wasmUrl?: string;
  /** Browser: full control over where files are fetched from. */
  locateFile?: (file: string, prefix: string) => string;
}

/** A successful envelope's shape, for users of the low-level `call`. */
export type Envelope<T = unknown> =
  | { ok: true; result: T }
  | { ok: false; error: { code: string; message: string; details: Issue[] } };

export interface CoreBase {
  /** Library version, e.g. "0.1.0". */
  readonly version: string;
  /** JSON contract version; changes on any incompatible operation change. */
  readonly contractVersion: number;
  /** The IANA time-zone release compiled into the module, e.g. "2026f". */
  readonly tzdata: string;
  /** Every operation with a one-line summary, sorted by name. */
  readonly operations: readonly OperationInfo[];
  /** Diagnostics: bytes of wasm linear memory (grows, never shrinks). */
  memoryBytes(): number;
  /**
   * Low-level: operation name + JSON text (or UTF-8 bytes) → envelope text.
   * Never throws for bad input; the envelope says what is wrong.
   */
  call(op: string, jsonText: string | Uint8Array): string;
}

export type Core = CoreBase & import('./types/operations').Operations;
export type * from './types/common';
export type * from './types/documents';
export type * from './types/pricing';
export type * from './types/rules';
export type * from './types/lifecycle';
export type * from './types/assign';
export type * from './types/sync';
export type * from './types/aggregates';
export type * from './types/operations';

/** Loads the wasm module once; every later call returns the same instance. */
export declare function load(options?: LoadOptions): Promise<Core>;

declare const _default: { load: typeof load; TailorError: typeof TailorError };
export default _default;
