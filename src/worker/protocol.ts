/**
 * The messages between the page and the decode worker. Each request carries an id;
 * every response names the request it answers, so the page can drop a stale one.
 */
import type { DecodedHistory } from '../decoder/model';
import type { HistorySummary } from '../decoder/summary';
import type { StoreInfo } from '../input/types';

/** Where the bytes come from. A File/Blob posts cheaply: the worker reads it. */
export type DecodeSource =
  /** `history`: which history of a .msg holding several to open (0-based; default the first). */
  | { kind: 'file'; file: Blob; name: string; history?: number }
  | { kind: 'text'; text: string; name: string }
  | { kind: 'example' };

export interface DecodeRequest {
  type: 'decode';
  id: number;
  source: DecodeSource;
}

export type WorkerRequest = DecodeRequest;

export type ProgressPhase = 'reading' | 'scanning' | 'decoding';

export interface DecodeProgress {
  phase: ProgressPhase;
  /** Fraction done, 0..1; null when the total is not known (a store being scanned). */
  fraction: number | null;
  /** What has been done so far, when there is no fraction: "12 folders, 1.2 MiB read". */
  detail?: string;
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
  /**
   * The header's totals of `history`, summed up in the worker with it so the page need not;
   * absent for a blob made on the page (the page then sums it up).
   */
  summary?: HistorySummary;
  /** How the bytes were obtained when not read as-is, e.g. "decoded from hex text". */
  sourceNote: string | null;
  /** Why there is no history, or what was left out; null when all went well. */
  problem: string | null;
  isExample: boolean;
  /** Only the first part of a file far too large for a history was read. */
  truncated: boolean;
  /** What the Outlook .msg the history came from says about itself; null for other sources. */
  msg: MsgSummary | null;
  /** The histories found in the .pst/.ost the history came from; null for other sources. */
  store: StoreInfo | null;
  /** SHA-256 (lower-case hex) of the BLOB found, i.e. of `bytes` when there is a history; null otherwise. */
  sha256: string | null;
  /**
   * SHA-256 of the file as given (a .msg, hex text or the BLOB itself); null for a paste or the
   * example, and for a file too large to be read whole.
   */
  sourceSha256: string | null;
}

export interface MsgSummary {
  /** PidTagMessageClass, e.g. `IPM.MessageManager`, when the .msg has one. */
  messageClass: string | null;
  subject: string | null;
  /** Every attachment that holds a history, in file order. */
  histories: { attachment: string; tagCount: number; errorCount: number }[];
  /** Index into `histories` of the one open. */
  chosen: number;
}

export type WorkerResponse =
  | { type: 'progress'; id: number; progress: DecodeProgress }
  | { type: 'opened'; id: number; blob: OpenedBlob }
  | { type: 'failed'; id: number; message: string };
