import type { EscapeColumns, TagColumns } from './model';

/**
 * Growable typed-array columns. They double as they fill and are cut to their exact
 * length at the end, so that a transfer to another thread moves only the used bytes.
 * Tag columns start at the size the header announces, so for a sound file the cut is a
 * view (`subarray`) rather than a copy.
 */
function grown<T extends Uint8Array | Uint32Array>(column: T, size: number): T {
  const next = new (column.constructor as new (n: number) => T)(size);
  next.set(column);
  return next;
}

function exact<T extends Uint8Array | Uint32Array>(column: T, length: number): T {
  return (column.length - length <= 8 ? column.subarray(0, length) : column.slice(0, length)) as T;
}

type TagColumnName = Exclude<keyof TagColumns, 'length'>;
const TAG_COLUMN_NAMES: TagColumnName[] = [
  'start',
  'end',
  'operationStart',
  'contentStart',
  'timestampStart',
  'timestampEnd',
  'uidStart',
  'uidEnd',
  'operationByte',
  'contentByte',
  'flags',
  'diagnosticBits',
  'escapeFirst',
  'timestampTextStart',
  'timestampTextEnd',
  'rawUidTextStart',
  'rawUidTextEnd',
  'uidTextStart',
  'uidTextEnd',
];

export function newTagColumns(capacity: number): TagColumns {
  // An object literal, so every decode shares one fast object shape.
  const u32 = (): Uint32Array => new Uint32Array(capacity);
  return {
    length: 0,
    start: u32(),
    end: u32(),
    operationStart: u32(),
    contentStart: u32(),
    timestampStart: u32(),
    timestampEnd: u32(),
    uidStart: u32(),
    uidEnd: u32(),
    operationByte: new Uint8Array(capacity),
    contentByte: new Uint8Array(capacity),
    flags: new Uint8Array(capacity),
    diagnosticBits: u32(),
    escapeFirst: u32(),
    timestampTextStart: u32(),
    timestampTextEnd: u32(),
    rawUidTextStart: u32(),
    rawUidTextEnd: u32(),
    uidTextStart: u32(),
    uidTextEnd: u32(),
  };
}

/** Makes room for one more tag (and the extra `escapeFirst` entry). */
export function ensureTagRoom(columns: TagColumns): void {
  if (columns.length + 1 < columns.start.length) return;
  const size = columns.start.length * 2;
  const record = columns as unknown as Record<string, Uint8Array | Uint32Array>;
  for (const name of TAG_COLUMN_NAMES) record[name] = grown(record[name] as Uint32Array, size);
}

export function finishTagColumns(columns: TagColumns): TagColumns {
  const record = columns as unknown as Record<string, Uint8Array | Uint32Array>;
  for (const name of TAG_COLUMN_NAMES) {
    const length = name === 'escapeFirst' ? columns.length + 1 : columns.length;
    record[name] = exact(record[name] as Uint32Array, length);
  }
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
    end: new Uint32Array(capacity),
    tag: new Uint32Array(capacity),
    value: new Uint8Array(capacity),
  };
}

/**
 * The most escapes a history records (a real one has a few per tag). A crafted file of
 * nothing but `$41` would otherwise fill memory; past this, escapes still decode into
 * the UID text but are not listed.
 */
export const MAX_ESCAPES = 1 << 22;

export function addEscape(
  escapes: EscapeColumns,
  start: number,
  end: number,
  tag: number,
  value: number,
): void {
  const i = escapes.length;
  if (i >= MAX_ESCAPES) return;
  if (i === escapes.start.length) {
    const size = Math.max(16, i * 2);
    escapes.start = grown(escapes.start, size);
    escapes.end = grown(escapes.end, size);
    escapes.tag = grown(escapes.tag, size);
    escapes.value = grown(escapes.value, size);
  }
  escapes.start[i] = start;
  escapes.end[i] = end;
  escapes.tag[i] = tag;
  escapes.value[i] = value;
  escapes.length = i + 1;
}

/** Exact copies of the built columns; the builder's buffers go on to the next decode. */
export function finishEscapeColumns(escapes: EscapeColumns): EscapeColumns {
  const length = escapes.length;
  const result: EscapeColumns = {
    length,
    start: escapes.start.slice(0, length),
    end: escapes.end.slice(0, length),
    tag: escapes.tag.slice(0, length),
    value: escapes.value.slice(0, length),
  };
  if (escapes.start.length <= 1 << 20) spareEscapes = escapes;
  return result;
}
