/**
 * Builds the one pooled `text` string of the model. Code units collect in a growable
 * Uint16Array and become a string in chunks at the end, because making one small
 * string per field (or concatenating char by char) is what makes a decoder slow.
 */
const CHUNK = 1024;
/**
 * The most text a history keeps (64 Mi code units, far under the engine's string limit).
 * Only a crafted or non-BLOB file gets near it; later fields then get empty text.
 */
export const MAX_TEXT = 1 << 26;
/** The most a pool starts with; a guess from the input size need not be right. */
const INITIAL_MAX = 1 << 23;

/**
 * The units buffer of the last finished decode, kept for the next one: allocating
 * megabytes of fresh typed array per decode costs more in garbage collection than the
 * decode itself. Only one decode at a time can hold it.
 */
let spare: Uint16Array | null = null;
const KEEP_SPARE = 1 << 23;

export class TextPool {
  private units: Uint16Array;
  length = 0;

  constructor(expected: number) {
    const size = Math.min(INITIAL_MAX, Math.max(1024, expected));
    if (spare !== null && spare.length >= size) {
      this.units = spare;
      spare = null;
    } else {
      this.units = new Uint16Array(size);
    }
  }

  /** Hands the buffer on to the next decode; the pool is not used after this. */
  release(): void {
    if (this.units.length <= KEEP_SPARE && (spare === null || spare.length < this.units.length)) {
      spare = this.units;
    }
    this.units = new Uint16Array(0);
    this.length = 0;
  }

  push(unit: number): void {
    if (this.length === this.units.length && !this.grow(1)) return;
    this.units[this.length++] = unit;
  }

  pushCodePoint(codePoint: number): void {
    if (codePoint < 0x10000) {
      this.push(codePoint);
    } else {
      const offset = codePoint - 0x10000;
      this.push(0xd800 + (offset >> 10));
      this.push(0xdc00 + (offset & 0x3ff));
    }
  }

  /** Appends bytes that are all below 0x80, one unit each. */
  pushAscii(bytes: Uint8Array, start: number, end: number): void {
    if (this.length + end - start > this.units.length && !this.grow(end - start)) {
      end = start + (this.units.length - this.length);
    }
    const units = this.units;
    let at = this.length;
    for (let i = start; i < end; i++) units[at++] = bytes[i] ?? 0;
    this.length = at;
  }

  /** Whether units [a, a + n) equal units [b, b + n). */
  equalRuns(a: number, b: number, n: number): boolean {
    const units = this.units;
    for (let i = 0; i < n; i++) if (units[a + i] !== units[b + i]) return false;
    return true;
  }

  /** FNV-1a over units [start, end). */
  hashRun(start: number, end: number): number {
    let hash = 0x811c9dc5;
    const units = this.units;
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ (units[i] ?? 0), 0x01000193);
    return hash >>> 0;
  }

  toString(): string {
    // Through a plain array: `apply` spreads a packed array of small integers directly,
    // while a typed array goes through a slow generic copy.
    const chunk: number[] = new Array<number>(CHUNK).fill(0);
    const units = this.units;
    const parts: string[] = [];
    for (let at = 0; at < this.length; at += CHUNK) {
      const size = Math.min(CHUNK, this.length - at);
      if (size !== chunk.length) chunk.length = size;
      for (let i = 0; i < size; i++) chunk[i] = units[at + i] ?? 0;
      parts.push(String.fromCharCode.apply(null, chunk));
    }
    return parts.join('');
  }

  /** Makes room for `atLeast` more units; false when that would pass MAX_TEXT. */
  private grow(atLeast: number): boolean {
    if (this.length + atLeast > MAX_TEXT) {
      if (this.units.length === MAX_TEXT) return false;
      atLeast = MAX_TEXT - this.length;
    }
    let size = this.units.length * 2;
    while (size < this.length + atLeast) size *= 2;
    const units = new Uint16Array(Math.min(size, MAX_TEXT));
    units.set(this.units.subarray(0, this.length));
    this.units = units;
    return this.length + atLeast <= units.length;
  }
}
