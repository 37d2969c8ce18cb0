/** Why a store could not be scanned, or a value not read: one stable code and one sentence. */
export type StoreErrorCode =
  | 'not-a-store'
  | 'truncated'
  | 'unsupported'
  | 'encrypted'
  | 'btree-cycle'
  | 'out-of-bounds'
  | 'malformed'
  | 'too-large'
  | 'cancelled';

export interface StoreError {
  kind: 'error';
  code: StoreErrorCode;
  message: string;
  /** Absolute file offset the problem was found at, when there is one. */
  offset?: number;
}

/**
 * Raised inside the reader and turned into a `StoreError` at its public edges (`scanStore`,
 * an attachment's `readData`); nothing outside this folder ever sees it thrown.
 */
export class StoreFault extends Error {
  constructor(
    readonly code: StoreErrorCode,
    message: string,
    readonly offset?: number,
  ) {
    super(message);
  }
}

export function fault(code: StoreErrorCode, message: string, offset?: number): never {
  throw new StoreFault(code, message, offset);
}

export function toStoreError(error: unknown): StoreError {
  if (error instanceof StoreFault) {
    return error.offset === undefined
      ? { kind: 'error', code: error.code, message: error.message }
      : { kind: 'error', code: error.code, message: error.message, offset: error.offset };
  }
  // A failing source (a file that vanished, a read that rejected) is reported, not rethrown.
  const text = error instanceof Error ? error.message : String(error);
  return { kind: 'error', code: 'truncated', message: `The store could not be read: ${text}` };
}

export const hex = (n: number): string => `0x${n.toString(16).toUpperCase()}`;
