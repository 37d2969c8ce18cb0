import { escapeEnd } from './columns';
import { codesOfBits } from './diagnostics';
import { MAX_FIELD_TEXT } from './state';
import { utf8Text } from './utf8';
import { contentOf, operationOf } from './layout';
import {
  TAG_BEYOND_COUNT,
  TAG_DUPLICATE,
  TAG_TERMINATED,
  TAG_TIMESTAMP_VALID,
  type DecodedHistory,
  type EscapeView,
  type TagRange,
  type TagView,
} from './model';

/** The recorded operation or content byte as a one-char string ('' when absent). */
function recordedChar(byte: number, present: boolean): string {
  if (!present) return '';
  return byte < 0x80 ? String.fromCharCode(byte) : '\uFFFD';
}

/*
 * One tag's strings, for views that touch many tags (sorting, searching, comparing)
 * and should not build a TagView for each. The decoded UID is a slice of the pool; the
 * raw UID and the timestamp are read from the file's bytes.
 */

/** The decoded UID of tag `i`. */
export function uidOf(history: DecodedHistory, i: number): string {
  return history.text.slice(history.tags.uidTextStart[i] ?? 0, history.tags.uidTextEnd[i] ?? 0);
}

/** The UID of tag `i` as stored, `$`-escapes and all (cut after MAX_FIELD_TEXT characters). */
export function rawUidOf(history: DecodedHistory, i: number): string {
  const { uidStart, uidEnd } = history.tags;
  return utf8Text(history.bytes, uidStart[i] ?? 0, uidEnd[i] ?? 0, MAX_FIELD_TEXT);
}

/** The timestamp digits of tag `i` as recorded. */
export function timestampRawOf(history: DecodedHistory, i: number): string {
  const { timestampStart, timestampEnd } = history.tags;
  return utf8Text(history.bytes, timestampStart[i] ?? 0, timestampEnd[i] ?? 0);
}

/** yyyymmddhhmmss → yyyy-mm-ddThh:mm:ss, as recorded (no zone). */
export function isoTimestamp(digits: string): string {
  return `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6, 8)}T${digits.slice(8, 10)}:${digits.slice(10, 12)}:${digits.slice(12, 14)}`;
}

/** Materialises tag `index` as a plain object. */
export function tagAt(history: DecodedHistory, index: number): TagView {
  const t = history.tags;
  const at = (column: Uint32Array | Uint8Array): number => column[index] ?? 0;
  const flags = at(t.flags);
  const operationStart = at(t.operationStart);
  const contentStart = at(t.contentStart);
  const timestampStart = at(t.timestampStart);
  const hasOperation = contentStart > operationStart;
  const hasContent = timestampStart > contentStart;
  const timestampRaw = timestampRawOf(history, index);
  const escapes: EscapeView[] = [];
  const e = history.escapes;
  for (let j = at(t.escapeFirst); j < (t.escapeFirst[index + 1] ?? 0); j++) {
    const value = e.value[j] ?? 0;
    escapes.push({
      start: e.start[j] ?? 0,
      end: escapeEnd(e, j),
      char: String.fromCharCode(value),
      value,
    });
  }
  return {
    index,
    start: at(t.start),
    end: at(t.end),
    terminated: (flags & TAG_TERMINATED) !== 0,
    beyondCount: (flags & TAG_BEYOND_COUNT) !== 0,
    duplicate: (flags & TAG_DUPLICATE) !== 0,
    operation: hasOperation ? operationOf(at(t.operationByte)) : null,
    content: hasContent ? contentOf(at(t.contentByte)) : null,
    operationChar: recordedChar(at(t.operationByte), hasOperation),
    contentChar: recordedChar(at(t.contentByte), hasContent),
    timestamp: (flags & TAG_TIMESTAMP_VALID) !== 0 ? isoTimestamp(timestampRaw) : null,
    timestampRaw,
    rawUid: rawUidOf(history, index),
    uid: uidOf(history, index),
    operationRange: { start: operationStart, end: contentStart },
    contentRange: { start: contentStart, end: timestampStart },
    timestampRange: { start: timestampStart, end: at(t.timestampEnd) },
    uidRange: { start: at(t.uidStart), end: at(t.uidEnd) },
    escapes,
    diagnosticCodes: codesOfBits(at(t.diagnosticBits)),
  };
}

/** Tag `index`'s whole range, terminator included, named by its index. */
export function tagRange(history: DecodedHistory, index: number): TagRange {
  return { start: history.tags.start[index] ?? 0, end: history.tags.end[index] ?? 0, tag: index };
}

/** The tag whose range holds `offset` (binary search), or -1 for header and trailing bytes. */
export function tagIndexAt(history: DecodedHistory, offset: number): number {
  const { start, end, length } = history.tags;
  let low = 0;
  let high = length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    if ((end[mid] ?? 0) <= offset) low = mid + 1;
    else if ((start[mid] ?? 0) > offset) high = mid - 1;
    else return mid;
  }
  return -1;
}
