import type { EscapeColumns, TagColumns } from './model';
import { ESCAPE_SIZE } from './layout';

/**
 * Growable typed-array columns. The tag columns are views of one ArrayBuffer, sized for
 * the tags the header announces (plus one), so a sound file fills them without regrowing
 * and a transfer to another thread moves one buffer. The escape columns double as they
 * fill and are cut to their exact length at the end.
 */
function grown<T extends Uint8Array | Uint32Array>(column: T, size: number): T {
  const next = new (column.constructor as new (n: number) => T)(size);
  next.set(column);
  return next;
}

const U32_COLUMNS = [
  'start',
  'end',
  'operationStart',
  'contentStart',
  'timestampStart',
  'timestampEnd',
  'uidStart',
  'uidEnd',
  'diagnosticBits',
  'escapeFirst',
  'uidTextStart',
  'uidTextEnd',
] as const;
const U8_COLUMNS = ['operationByte', 'contentByte', 'flags'] as const;

type Columns = Omit<TagColumns, 'length'>;

/** All tag columns for `capacity` tags as views of one buffer. */
function columnsIn(capacity: number): Columns {
  // Uint32 columns first, so every one starts 4-byte aligned.
  const u32Size = U32_COLUMNS.length * capacity * 4;
  const buffer = new ArrayBuffer(u32Size + U8_COLUMNS.length * capacity);
  const u32 = (i: number): Uint32Array => new Uint32Array(buffer, i * capacity * 4, capacity);
  const u8 = (i: number): Uint8Array => new Uint8Array(buffer, u32Size + i * capacity, capacity);
  // An object literal, so every decode shares one fast object shape.
  return {
    start: u32(0),
    end: u32(1),
    operationStart: u32(2),
    contentStart: u32(3),
    timestampStart: u32(4),
    timestampEnd: u32(5),
    uidStart: u32(6),
    uidEnd: u32(7),
    diagnosticBits: u32(8),
    escapeFirst: u32(9),
    uidTextStart: u32(10),
    uidTextEnd: u32(11),
    operationByte: u8(0),
    contentByte: u8(1),
    flags: u8(2),
  };
}

export function newTagColumns(capacity: number): TagColumns {
  return { length: 0, ...columnsIn(capacity) };
}

/** Columns holding the first `length` entries of `from`, in a buffer of `capacity` tags. */
function copyColumns(from: TagColumns, capacity: number, length: number): void {
  const next = columnsIn(capacity);
  for (const name of U32_COLUMNS) next[name].set(from[name].subarray(0, length));
  for (const name of U8_COLUMNS) next[name].set(from[name].subarray(0, length));
  Object.assign(from, next);
}

/** Makes room for one more tag (and the extra `escapeFirst` entry). */
export function ensureTagRoom(columns: TagColumns): void {
  if (columns.length + 1 < columns.start.length) return;
  copyColumns(columns, columns.start.length * 2, columns.length + 1);
}

/**
 * Cuts the columns to their length (`escapeFirst` to length + 1): views of the same
 * buffer when little is unused, else a copy into a buffer of the exact size.
 */
export function finishTagColumns(columns: TagColumns): TagColumns {
  const length = columns.length;
  const capacity = columns.start.length;
  if (capacity - (length + 1) > 64 && capacity > 2 * (length + 1)) {
    copyColumns(columns, length + 1, length + 1);
  }
  for (const name of U32_COLUMNS) {
    columns[name] = columns[name].subarray(0, name === 'escapeFirst' ? length + 1 : length);
  }
  for (const name of U8_COLUMNS) columns[name] = columns[name].subarray(0, length);
  return columns;
}

/**
 * The escape columns are built in buffers kept from one decode to the next (the result
 * gets exact copies): they are sized by a guess, and allocating them anew per decode
 * costs more in garbage collection than filling them.
 */
let spareEscapes: EscapeColumns | null = null;

export function newEscapeColumns(capacity: number): EscapeColumns {
  if (spareEscapes !== null && spareEscapes.start.length >= capacity) {
    const escapes = spareEscapes;
    spareEscapes = null;
    escapes.length = 0;
    return escapes;
  }
  return {
    length: 0,
    start: new Uint32Array(capacity),
    value: new Uint8Array(capacity),
  };
}

/**
 * The most escapes a history records (a real one has a few per tag). A crafted file of
 * nothing but `$41` would otherwise fill memory; past this, escapes still decode into
 * the UID text but are not listed, which an `escapes-not-listed` diagnostic says once.
 */
export const MAX_ESCAPES = 1 << 23;

/** Doubles the escape columns' room (the UID reader fills them itself, checking room). */
export function growEscapeColumns(escapes: EscapeColumns): void {
  const size = Math.max(16, escapes.start.length * 2);
  escapes.start = grown(escapes.start, size);
  escapes.value = grown(escapes.value, size);
}

/**
 * The built columns cut to their length: views of the builder's buffers when most of
 * them is used (no copy, so the largest history does not hold its escapes twice), else
 * exact copies, the builder's buffers going on to the next decode.
 */
export function finishEscapeColumns(escapes: EscapeColumns): EscapeColumns {
  const length = escapes.length;
  if (2 * length >= escapes.start.length) {
    return {
      length,
      start: escapes.start.subarray(0, length),
      value: escapes.value.subarray(0, length),
    };
  }
  const result: EscapeColumns = {
    length,
    start: escapes.start.slice(0, length),
    value: escapes.value.slice(0, length),
  };
  if (escapes.start.length <= 1 << 20) spareEscapes = escapes;
  return result;
}

/** Just after escape j's second hex digit: every escape listed is `$` and two digits. */
export function escapeEnd(escapes: EscapeColumns, j: number): number {
  return (escapes.start[j] ?? 0) + ESCAPE_SIZE;
}

/** Index of the first escape whose bytes end past `offset` (escapes are in file order). */
export function firstEscapeEndingAfter(escapes: EscapeColumns, offset: number): number {
  let lo = 0;
  let hi = escapes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((escapes.start[mid] ?? 0) + ESCAPE_SIZE > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
