/**
 * Which field each byte of the BLOB belongs to, read from the decoded model's ranges
 * (never re-parsed). Classification is per visible row: binary searches find the
 * first tag, escape, trailing range and error range that reach the row, so the cost
 * does not grow with the file.
 */
import type { ByteRange, DecodedHistory } from '../../decoder/model';
import { TAG_TERMINATED } from '../../decoder/model';
import { escapeEnd, firstEscapeEndingAfter } from '../../decoder/columns';

export type FieldKind =
  | 'version'
  | 'count'
  | 'operation'
  | 'content'
  | 'timestamp'
  | 'uid'
  | 'escape'
  | 'terminator'
  | 'trailing'
  | 'none';

export interface ByteClass {
  field: FieldKind;
  /** Tag the byte lies in, or -1. */
  tag: number;
  /** Under a diagnostic of severity error. */
  error: boolean;
  /** First / last byte of its tag or of its escape: where the boxes are drawn. */
  tagFirst: boolean;
  tagLast: boolean;
  escapeFirst: boolean;
  escapeLast: boolean;
}

interface Sorted {
  start: ArrayLike<number>;
  end: ArrayLike<number>;
  length: number;
}

/** Index of the first entry whose end is past `offset` (entries sorted, not overlapping). */
export function firstEndingAfter(ranges: Sorted, offset: number): number {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((ranges.end[mid] ?? 0) > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

interface RangeColumns extends Sorted {
  start: number[];
  end: number[];
}

function toColumns(ranges: readonly ByteRange[]): RangeColumns {
  const sorted = [...ranges].filter((r) => r.end > r.start).sort((a, b) => a.start - b.start);
  const start: number[] = [];
  const end: number[] = [];
  for (const r of sorted) {
    const last = end.length - 1;
    if (last >= 0 && r.start <= (end[last] ?? 0)) end[last] = Math.max(end[last] ?? 0, r.end);
    else {
      start.push(r.start);
      end.push(r.end);
    }
  }
  return { start, end, length: start.length };
}

/** What classification needs beyond the model, computed once per history. */
export interface ClassifyIndex {
  errors: RangeColumns;
  trailing: RangeColumns;
}

const indexes = new WeakMap<DecodedHistory, ClassifyIndex>();

export function classifyIndex(history: DecodedHistory): ClassifyIndex {
  let index = indexes.get(history);
  if (!index) {
    index = {
      errors: toColumns(history.diagnostics.filter((d) => d.severity === 'error')),
      trailing: toColumns(history.trailing),
    };
    indexes.set(history, index);
  }
  return index;
}

function blank(): ByteClass {
  return {
    field: 'none',
    tag: -1,
    error: false,
    tagFirst: false,
    tagLast: false,
    escapeFirst: false,
    escapeLast: false,
  };
}

/** Classes of the bytes [start, end). */
export function classifyBytes(history: DecodedHistory, start: number, end: number): ByteClass[] {
  const out: ByteClass[] = [];
  for (let i = start; i < end; i++) out.push(blank());
  const mark = (from: number, to: number, apply: (c: ByteClass) => void) => {
    for (let o = Math.max(from, start); o < Math.min(to, end); o++) {
      const c = out[o - start];
      if (c) apply(c);
    }
  };
  const { version, count, tags, escapes } = history;
  if (version.value !== null) mark(version.start, version.end, (c) => (c.field = 'version'));
  if (count.value !== null) mark(count.start, count.end, (c) => (c.field = 'count'));

  const { errors, trailing } = classifyIndex(history);
  for (let j = firstEndingAfter(trailing, start); j < trailing.length; j++) {
    if ((trailing.start[j] ?? end) >= end) break;
    mark(trailing.start[j] ?? 0, trailing.end[j] ?? 0, (c) => (c.field = 'trailing'));
  }

  for (let i = firstEndingAfter(tags, start); i < tags.length; i++) {
    const tagStart = tags.start[i] ?? 0;
    if (tagStart >= end) break;
    const tagEnd = tags.end[i] ?? 0;
    mark(tagStart, tagEnd, (c) => (c.tag = i));
    mark(tagStart, tagStart + 1, (c) => (c.tagFirst = true));
    mark(tagEnd - 1, tagEnd, (c) => (c.tagLast = true));
    // A field the tag is too short to have has a recorded byte of 0 / an empty range.
    const operationStart = tags.operationStart[i] ?? 0;
    if (tags.operationByte[i])
      mark(operationStart, operationStart + 1, (c) => (c.field = 'operation'));
    const contentStart = tags.contentStart[i] ?? 0;
    if (tags.contentByte[i]) mark(contentStart, contentStart + 1, (c) => (c.field = 'content'));
    mark(tags.timestampStart[i] ?? 0, tags.timestampEnd[i] ?? 0, (c) => (c.field = 'timestamp'));
    mark(tags.uidStart[i] ?? 0, tags.uidEnd[i] ?? 0, (c) => (c.field = 'uid'));
    if ((tags.flags[i] ?? 0) & TAG_TERMINATED)
      mark(tagEnd - 1, tagEnd, (c) => (c.field = 'terminator'));
  }

  for (let j = firstEscapeEndingAfter(escapes, start); j < escapes.length; j++) {
    const escapeStart = escapes.start[j] ?? 0;
    if (escapeStart >= end) break;
    const stop = escapeEnd(escapes, j);
    mark(escapeStart, stop, (c) => (c.field = 'escape'));
    mark(escapeStart, escapeStart + 1, (c) => (c.escapeFirst = true));
    mark(stop - 1, stop, (c) => (c.escapeLast = true));
  }

  for (let j = firstEndingAfter(errors, start); j < errors.length; j++) {
    if ((errors.start[j] ?? end) >= end) break;
    mark(errors.start[j] ?? 0, errors.end[j] ?? 0, (c) => (c.error = true));
  }
  return out;
}
