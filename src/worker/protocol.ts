/**
 * The messages between the page and the decode worker. Each request carries an id;
 * every response names the request it answers, so the page can drop a stale one.
 */
import type { DecodedHistory } from '../decoder/model';

/** Where the bytes come from. A File/Blob posts cheaply: the worker reads it. */
export type DecodeSource =
  | { kind: 'file'; file: Blob; name: string }
  | { kind: 'text'; text: string; name: string }
  | { kind: 'example' };

export interface DecodeRequest {
  type: 'decode';
  id: number;
  source: DecodeSource;
}

export type WorkerRequest = DecodeRequest;

export type ProgressPhase = 'reading' | 'decoding';

export interface DecodeProgress {
  phase: ProgressPhase;
  /** Fraction done, 0..1. */
  fraction: number;
}

/** What the worker made of a source: the bytes it read and, when it could, their history. */
export interface OpenedBlob {
  name: string;
  /** Size of the source as given (a file may be larger than the bytes read). */
  sourceSize: number;
  /** The BLOB bytes: read as-is, converted from hex text, or only the first part of a huge file. */
  bytes: Uint8Array;
  /** null when the bytes could not be taken for a BLOB at all (`problem` says why). */
  history: DecodedHistory | null;
  /** How the bytes were obtained when not read as-is, e.g. "decoded from hex text". */
  sourceNote: string | null;
  /** Why there is no history, or what was left out; null when all went well. */
  problem: string | null;
  isExample: boolean;
  /** Only the first part of a file far too large for a history was read. */
  truncated: boolean;
}

export type WorkerResponse =
  | { type: 'progress'; id: number; progress: DecodeProgress }
  | { type: 'opened'; id: number; blob: OpenedBlob }
  | { type: 'failed'; id: number; message: string };
