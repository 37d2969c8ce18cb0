import { toHex } from './hex';
import type {
  ByteRange,
  Content,
  DecodedHistory,
  Diagnostic,
  DiagnosticCode,
  HeaderField,
  Operation,
  TagView,
} from './model';
import { tagAt } from './tagView';

export interface EscapeJson extends ByteRange {
  char: string;
  /** The byte value the escape stands for. */
  value: number;
}

export interface TagJson extends ByteRange {
  index: number;
  operation: Operation | null;
  content: Content | null;
  /** ISO 8601 without zone, as recorded; null when not a valid date and time. */
  timestamp: string | null;
  timestampRaw: string;
  rawUid: string;
  uid: string;
  escapes: EscapeJson[];
  operationChar: string;
  contentChar: string;
  terminated: boolean;
  beyondCount: boolean;
  duplicate: boolean;
  operationRange: ByteRange;
  contentRange: ByteRange;
  timestampRange: ByteRange;
  uidRange: ByteRange;
  diagnosticCodes: DiagnosticCode[];
  /** The tag's bytes without its terminator, so the file can be rebuilt exactly. */
  hex?: string;
}

export interface TrailingJson extends ByteRange {
  hex?: string;
}

/** The JSON export: field names are fixed; fields may be added, never renamed. */
export interface HistoryJson {
  byteLength: number;
  version: HeaderField;
  count: HeaderField;
  tags: TagJson[];
  trailing: TrailingJson[];
  diagnostics: Diagnostic[];
  diagnosticsOmitted: number;
  diagnosticCounts: Partial<Record<DiagnosticCode, number>>;
}

/** Tag `i` as it appears in `toJson(history, bytes).tags`. */
export function tagJson(history: DecodedHistory, i: number, bytes?: Uint8Array): TagJson {
  const view = tagAt(history, i);
  const tag: TagJson = {
    index: view.index,
    start: view.start,
    end: view.end,
    operation: view.operation,
    content: view.content,
    timestamp: view.timestamp,
    timestampRaw: view.timestampRaw,
    rawUid: view.rawUid,
    uid: view.uid,
    escapes: view.escapes.map(({ start, end, char, value }) => ({ start, end, char, value })),
    operationChar: view.operationChar,
    contentChar: view.contentChar,
    terminated: view.terminated,
    beyondCount: view.beyondCount,
    duplicate: view.duplicate,
    operationRange: view.operationRange,
    contentRange: view.contentRange,
    timestampRange: view.timestampRange,
    uidRange: view.uidRange,
    diagnosticCodes: view.diagnosticCodes,
  };
  if (bytes) tag.hex = tagHex(view, bytes);
  return tag;
}

/** A tag's `hex` in the JSON: its bytes but the terminator, from which the tag is rebuilt. */
export function tagHex(view: TagView, bytes: Uint8Array): string {
  return toHex(bytes.subarray(view.start, view.uidRange.end));
}

/** Everything of `toJson(history, bytes)` but the tags (an empty list in their place). */
export function headJson(history: DecodedHistory, bytes?: Uint8Array): HistoryJson {
  return {
    byteLength: history.byteLength,
    version: { ...history.version },
    count: { ...history.count },
    tags: [],
    trailing: history.trailing.map(({ start, end }) =>
      bytes ? { start, end, hex: toHex(bytes.subarray(start, end)) } : { start, end },
    ),
    diagnostics: history.diagnostics.map((d) => ({ ...d })),
    diagnosticsOmitted: history.diagnosticsOmitted,
    diagnosticCounts: { ...history.diagnosticCounts },
  };
}

/**
 * The decoded history as plain JSON. Pass the file's bytes to include each tag's and
 * each trailing range's hex: then `encodeUidlHistory` rebuilds the file byte for byte,
 * whatever it held. Without them the tags are rebuilt from their fields, which loses
 * only bytes that were not valid UTF-8. (For the largest histories, whose JSON is more
 * text than one string can hold, export/jsonStream.ts writes it tag by tag.)
 */
export function toJson(history: DecodedHistory, bytes?: Uint8Array): HistoryJson {
  const json = headJson(history, bytes);
  for (let i = 0; i < history.tags.length; i++) json.tags.push(tagJson(history, i, bytes));
  return json;
}
