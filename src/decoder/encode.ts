import { escapeUid } from './escape';
import { fromHex } from './hex';
import type { HistoryJson, TagJson } from './json';
import { CONTENT_CHARS, EXPECTED_VERSION, OPERATION_CHARS } from './layout';
import type { Content, Operation } from './model';
import { encodeUtf8 } from './utf8';

/** Any other text; keeps the names offered as completions. */
type OtherText = string & Record<never, never>;

/** A tag written by hand (tests, fixtures, examples). */
export interface AuthoredTag {
  /** A name ('get') or the recorded character itself ('+', or anything to make a bad one). */
  operation: Operation | OtherText;
  content: Content | OtherText;
  /** The 14 timestamp characters as recorded, e.g. "20120906131138". */
  timestampRaw: string;
  /** The real UID, `$`-escaped the way Outlook does. */
  uid?: string;
  /** The UID exactly as stored; wins over `uid`. */
  rawUid?: string;
  /** The UID bytes as hex, written verbatim (to make bytes that are not UTF-8); wins over both. */
  rawUidHex?: string;
  /** The same as bytes, e.g. copied from a file's own tag; wins over all three. */
  rawUidBytes?: Uint8Array;
  /** Default true; false leaves off the 0x00. */
  terminated?: boolean;
}

export interface AuthoredHistory {
  /** Default 3. */
  version?: number;
  /** Default: the number of tags. */
  count?: number;
  tags: AuthoredTag[];
  /** Bytes written after the last tag, as hex. */
  trailingHex?: string;
}

export type EncodeInput = HistoryJson | AuthoredHistory;

function isHistoryJson(input: EncodeInput): input is HistoryJson {
  return typeof input.version === 'object' && input.version !== null;
}

function u16(value: number): number[] {
  return [value & 0xff, (value >> 8) & 0xff];
}

function charOf(value: string, names: Readonly<Record<string, string>>): string {
  return Object.hasOwn(names, value) ? (names[value] ?? '') : value;
}

function authoredTagBytes(tag: AuthoredTag): ArrayLike<number> {
  if (tag.rawUidBytes !== undefined) {
    const head = encodeUtf8(
      charOf(tag.operation, OPERATION_CHARS) +
        charOf(tag.content, CONTENT_CHARS) +
        tag.timestampRaw,
    );
    const out = new Uint8Array(
      head.length + tag.rawUidBytes.length + (tag.terminated !== false ? 1 : 0),
    );
    out.set(head);
    out.set(tag.rawUidBytes, head.length);
    return out;
  }
  const rawUid = tag.rawUidHex === undefined ? (tag.rawUid ?? escapeUid(tag.uid ?? '')) : '';
  const text =
    charOf(tag.operation, OPERATION_CHARS) +
    charOf(tag.content, CONTENT_CHARS) +
    tag.timestampRaw +
    rawUid;
  const bytes = encodeUtf8(text);
  if (tag.rawUidHex !== undefined) bytes.push(...(fromHex(tag.rawUidHex) ?? []));
  if (tag.terminated !== false) bytes.push(0);
  return bytes;
}

/** A tag of the JSON export: its hex when present (exact), else rebuilt from its fields. */
function jsonTagBytes(tag: TagJson): number[] {
  const exact = tag.hex === undefined ? null : fromHex(tag.hex);
  const bytes = exact
    ? Array.from(exact)
    : encodeUtf8(tag.operationChar + tag.contentChar + tag.timestampRaw + tag.rawUid);
  if (tag.terminated) bytes.push(0);
  return bytes;
}

/**
 * Writes a BLOB from the JSON export (rebuilding the exported file byte for byte) or
 * from an authored history.
 */
export function encodeUidlHistory(input: EncodeInput): Uint8Array {
  const pieces: Array<{ start: number; bytes: ArrayLike<number> }> = [];
  if (isHistoryJson(input)) {
    if (input.version.value !== null)
      pieces.push({ start: input.version.start, bytes: u16(input.version.value) });
    if (input.count.value !== null)
      pieces.push({ start: input.count.start, bytes: u16(input.count.value) });
    for (const tag of input.tags) pieces.push({ start: tag.start, bytes: jsonTagBytes(tag) });
    for (const range of input.trailing) {
      pieces.push({ start: range.start, bytes: fromHex(range.hex ?? '') ?? [] });
    }
    pieces.sort((a, b) => a.start - b.start);
  } else {
    pieces.push({ start: 0, bytes: u16(input.version ?? EXPECTED_VERSION) });
    pieces.push({ start: 2, bytes: u16(input.count ?? input.tags.length) });
    for (const tag of input.tags) pieces.push({ start: 0, bytes: authoredTagBytes(tag) });
    pieces.push({ start: 0, bytes: fromHex(input.trailingHex ?? '') ?? [] });
  }
  const out = new Uint8Array(pieces.reduce((size, piece) => size + piece.bytes.length, 0));
  let at = 0;
  for (const piece of pieces) {
    out.set(piece.bytes, at);
    at += piece.bytes.length;
  }
  return out;
}
