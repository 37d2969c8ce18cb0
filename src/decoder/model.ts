/**
 * The decoded model of a POP3 UIDL history BLOB.
 *
 * It is built to cross a worker boundary cheaply: per-tag and per-escape data are
 * columns of typed arrays (transferable, no per-object clone cost; the tag columns
 * share one buffer), and the decoded UIDs live in one pooled `text` string, addressed
 * by [start, end) indexes. The raw UIDs and timestamps are not copied: they are read
 * from the history's own `bytes` when asked for (`rawUidOf`, `timestampRawOf`).
 * `tagAt()` in tagView.ts materialises one tag as a plain object when a view needs it.
 *
 * Every byte range is half-open [start, end) in absolute file offsets.
 */

export type Operation = 'get' | 'delete' | 'get-and-delete';
export type Content = 'none' | 'header' | 'body';
export type Severity = 'error' | 'warning' | 'info';

export const DIAGNOSTIC_CODES = [
  'too-short',
  'bad-version',
  'count-mismatch',
  'trailing-bytes',
  'unterminated-tag',
  'tag-too-short',
  'bad-operation',
  'bad-content',
  'bad-timestamp',
  'bad-escape',
  'unescaped-char',
  'needless-escape',
  'uid-empty',
  'uid-too-long',
  'uid-bad-char',
  'bad-utf8',
  'duplicate-uid',
  'escapes-not-listed',
] as const;
export type DiagnosticCode = (typeof DIAGNOSTIC_CODES)[number];

export interface ByteRange {
  start: number;
  end: number;
}

/** A byte range and the tag it lies in (null: header or trailing bytes), e.g. what a view selects. */
export interface TagRange extends ByteRange {
  tag: number | null;
}

export interface HeaderField extends ByteRange {
  /** null when the file ends before the field is complete; its bytes are then unclaimed. */
  value: number | null;
}

export interface Diagnostic extends ByteRange {
  code: DiagnosticCode;
  severity: Severity;
  message: string;
  /** Index of the tag the diagnostic belongs to, or null for file-level ones. */
  tag: number | null;
}

/** Bits of `TagColumns.flags`. */
export const TAG_TERMINATED = 1; // ends in its 0x00 byte
export const TAG_TIMESTAMP_VALID = 2; // 14 digits forming a real date and time
export const TAG_BEYOND_COUNT = 4; // found after the Count tags the header announced
export const TAG_DUPLICATE = 8; // its decoded UID occurs in an earlier tag

/**
 * One column per field; index i is tag i. Byte ranges are absolute offsets.
 * A field the tag is too short to have gets an empty range at the point where the
 * tag ran out (start === end).
 */
export interface TagColumns {
  length: number;
  /** Whole tag, terminator included when present. */
  start: Uint32Array;
  end: Uint32Array;
  /** The operation byte (1 byte) and the content byte (1 byte). */
  operationStart: Uint32Array;
  contentStart: Uint32Array;
  /** The 14 timestamp bytes. */
  timestampStart: Uint32Array;
  timestampEnd: Uint32Array;
  /** The encoded UID bytes, terminator excluded. */
  uidStart: Uint32Array;
  uidEnd: Uint32Array;
  /** The operation and content bytes as recorded; 0 when the tag is too short to have one.
   * `operationOf` / `contentOf` (layout.ts) name them. */
  operationByte: Uint8Array;
  contentByte: Uint8Array;
  /** TAG_* bits. */
  flags: Uint8Array;
  /** Bit i set when the tag has a diagnostic with code DIAGNOSTIC_CODES[i] (never capped). */
  diagnosticBits: Uint32Array;
  /** Escapes of tag i are escape indexes [escapeFirst[i], escapeFirst[i+1]); length + 1 entries. */
  escapeFirst: Uint32Array;
  /** [start, end) into `DecodedHistory.text` of the decoded UID. */
  uidTextStart: Uint32Array;
  uidTextEnd: Uint32Array;
}

/**
 * One `$XX` escape a column; index j is escape j, in file order. Its tag is the one whose
 * [escapeFirst, escapeFirst + 1) holds j, so no column repeats it.
 */
export interface EscapeColumns {
  length: number;
  /** The `$`: an escape's bytes are [start, start + ESCAPE_SIZE), see `escapeEnd`. */
  start: Uint32Array;
  /** The byte value the escape stands for. */
  value: Uint8Array;
}

export interface DecodedHistory {
  /**
   * The bytes the history was decoded from, which every range points into. Posting the
   * history to another thread copies them unless their buffer is transferred too (the
   * decode worker sends them with it anyway).
   */
  bytes: Uint8Array;
  byteLength: number;
  version: HeaderField;
  count: HeaderField;
  tags: TagColumns;
  escapes: EscapeColumns;
  /** The pool every decoded UID is sliced from. */
  text: string;
  /** Bytes no field claims, in file order. */
  trailing: ByteRange[];
  /** In file order, at most MAX_DIAGNOSTICS of them. */
  diagnostics: Diagnostic[];
  /** How many diagnostics were found beyond the cap and left out of `diagnostics`. */
  diagnosticsOmitted: number;
  /** Every diagnostic found, per code, including the omitted ones. */
  diagnosticCounts: Partial<Record<DiagnosticCode, number>>;
}

/** One tag as a plain object, made on demand by `tagAt()`. */
export interface TagView {
  index: number;
  start: number;
  end: number;
  terminated: boolean;
  beyondCount: boolean;
  duplicate: boolean;
  operation: Operation | null;
  content: Content | null;
  /** The recorded characters ('' when absent), so an unknown one can be shown. */
  operationChar: string;
  contentChar: string;
  /** ISO 8601 without zone, e.g. 2012-09-06T13:11:38, or null when not a valid date and time. */
  timestamp: string | null;
  timestampRaw: string;
  rawUid: string;
  uid: string;
  operationRange: ByteRange;
  contentRange: ByteRange;
  timestampRange: ByteRange;
  uidRange: ByteRange;
  escapes: EscapeView[];
  diagnosticCodes: DiagnosticCode[];
}

export interface EscapeView extends ByteRange {
  /** The character the escape stands for (one char, code point = byte value). */
  char: string;
  value: number;
}
