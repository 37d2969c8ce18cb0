import type { HeaderField } from './model';

/**
 * Reads the header fields off the bytes and records where each began and ended, so
 * that their ranges are measured by the reader rather than computed by hand. (The tag
 * reader measures its fields the same way, in tag.ts, without a cursor object per
 * field: that bookkeeping cost more than reading the bytes.)
 */
export class Cursor {
  readonly bytes: Uint8Array;
  readonly length: number;
  pos: number;

  constructor(bytes: Uint8Array, pos = 0) {
    this.bytes = bytes;
    this.length = bytes.length;
    this.pos = pos;
  }

  /** A little-endian 16-bit field; value null (and nothing consumed) if the bytes run out. */
  readU16(): HeaderField {
    const start = this.pos;
    if (this.length - start < 2) return { value: null, start, end: start };
    const value = (this.bytes[start] ?? 0) | ((this.bytes[start + 1] ?? 0) << 8);
    this.pos = start + 2;
    return { value, start, end: this.pos };
  }
}
