import type { ByteRange, HeaderField } from './model';

/**
 * Reads fields off the bytes and records where each began and ended, so that every
 * range in the model is measured by the reader rather than computed by hand.
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

  remaining(): number {
    return this.length - this.pos;
  }

  /** A little-endian 16-bit field; value null (and nothing consumed) if the bytes run out. */
  readU16(): HeaderField {
    const start = this.pos;
    if (this.length - start < 2) return { value: null, start, end: start };
    const value = (this.bytes[start] ?? 0) | ((this.bytes[start + 1] ?? 0) << 8);
    this.pos = start + 2;
    return { value, start, end: this.pos };
  }

  /**
   * Up to `size` bytes, never past `limit` (an empty range where the bytes run out),
   * recorded into `field`, which is returned. Fields are reused from tag to tag so that
   * reading a tag allocates nothing.
   */
  take(size: number, limit: number, field: ByteRange): ByteRange {
    field.start = this.pos;
    field.end = Math.min(this.pos + size, limit);
    this.pos = field.end;
    return field;
  }

  /** Skips one byte if there is one; says whether it did. */
  skip(): boolean {
    if (this.pos >= this.length) return false;
    this.pos += 1;
    return true;
  }
}
