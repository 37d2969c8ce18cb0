/**
 * Words for where a byte is ("Tag 17 › UID › $2d → "-"") and what clicking it selects.
 */
import { asciiChar, hexByte, hexOffset } from '../../decoder/hex';
import { tagIndexAt, tagRange } from '../../decoder/tagView';
import type { DecodedHistory } from '../../decoder/model';
import { contentOf, operationOf } from '../../decoder/layout';
import { firstEscapeEndingAfter } from '../../decoder/columns';
import type { Selection } from '../../shared/selection';
import { classifyBytes, classifyIndex, firstEndingAfter } from './classify';

const TIMESTAMP_PARTS = [
  'year',
  'year',
  'year',
  'year',
  'month',
  'month',
  'day',
  'day',
  'hour',
  'hour',
  'minute',
  'minute',
  'second',
  'second',
] as const;

function charName(byte: number): string {
  return byte === 0x20 ? 'space' : asciiChar(byte);
}

function escapeAt(history: DecodedHistory, offset: number): number {
  const j = firstEscapeEndingAfter(history.escapes, offset);
  return j < history.escapes.length && (history.escapes.start[j] ?? 0) <= offset ? j : -1;
}

function describeInTag(
  history: DecodedHistory,
  bytes: Uint8Array,
  offset: number,
  i: number,
): string {
  const [c] = classifyBytes(history, offset, offset + 1);
  const byte = bytes[offset] ?? 0;
  const prefix = `Tag ${i} › `;
  switch (c?.field) {
    case 'operation':
      return `${prefix}Operation (${charName(byte)} ${operationOf(byte) ?? 'unknown'})`;
    case 'content':
      return `${prefix}Content (${charName(byte)} ${contentOf(byte) ?? 'unknown'})`;
    case 'timestamp': {
      const part = TIMESTAMP_PARTS[offset - (history.tags.timestampStart[i] ?? 0)] ?? 'digit';
      return `${prefix}Timestamp › ${part}`;
    }
    case 'escape': {
      const j = escapeAt(history, offset);
      const start = history.escapes.start[j] ?? offset;
      const code = String.fromCharCode(...bytes.subarray(start, start + 3));
      const value = history.escapes.value[j] ?? 0;
      return `${prefix}UID › ${code} → "${String.fromCharCode(value)}"`;
    }
    case 'uid':
      return `${prefix}UID`;
    case 'terminator':
      return `${prefix}terminator`;
    default:
      return `${prefix}unclaimed byte`;
  }
}

/** Where `offset` is in the BLOB, in words; '' outside the bytes. */
export function describeByte(
  history: DecodedHistory | null,
  bytes: Uint8Array,
  offset: number,
): string {
  if (offset < 0 || offset >= bytes.length) return '';
  const byte = bytes[offset] ?? 0;
  const at = `${hexOffset(offset)} = ${hexByte(byte)}`;
  if (!history) return at;
  let where: string;
  const { version, count } = history;
  const i = tagIndexAt(history, offset);
  if (version.value !== null && offset >= version.start && offset < version.end)
    where = `Header › Version (${version.value})`;
  else if (count.value !== null && offset >= count.start && offset < count.end)
    where = `Header › Count (${count.value})`;
  else if (i >= 0) where = describeInTag(history, bytes, offset, i);
  else if (rangeIndexAt(classifyIndex(history).trailing, offset) >= 0) where = 'Trailing bytes';
  else where = 'Unclaimed byte';
  const error = history.diagnostics.find(
    (d) => d.severity === 'error' && offset >= d.start && offset < d.end,
  );
  return `${at} · ${where}${error ? ` · error: ${error.message}` : ''}`;
}

/** Index of the range holding `offset`, or -1. */
function rangeIndexAt(ranges: { start: number[]; end: number[]; length: number }, offset: number) {
  const j = firstEndingAfter(ranges, offset);
  return j < ranges.length && (ranges.start[j] ?? 0) <= offset ? j : -1;
}

/** What clicking `offset` selects: its whole tag, else the header field or trailing range. */
export function selectionAt(history: DecodedHistory | null, offset: number): Selection | null {
  if (!history || offset < 0 || offset >= history.byteLength) return null;
  const i = tagIndexAt(history, offset);
  if (i >= 0) return tagRange(history, i);
  for (const field of [history.version, history.count]) {
    if (field.value !== null && offset >= field.start && offset < field.end)
      return { start: field.start, end: field.end, tag: null };
  }
  const trailing = classifyIndex(history).trailing;
  const j = rangeIndexAt(trailing, offset);
  if (j >= 0) return { start: trailing.start[j] ?? 0, end: trailing.end[j] ?? 0, tag: null };
  return null;
}
