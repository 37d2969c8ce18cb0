import { utf8Text } from './utf8';

/**
 * Builds the one pooled `text` string of the model: the decoded UIDs, one after another.
 * (Raw UIDs and timestamps are not pooled: they are the file's own bytes, read from
 * their ranges when asked for.)
 *
 * The UID readers write each decoded character as UTF-8 into `bytes` and count the
 * UTF-16 units it will take in the string (`units`), so that a tag's [start, end) into
 * `text` is known as it is read. At the end one UTF-8 decode makes the string: native
 * where the platform has a TextDecoder, and one byte per character for ASCII UIDs.
 */

/**
 * The most UID text a history keeps (64 Mi code units, far under the engine's string
 * limit). Only a file of more than 64 MiB can reach it; tags past it are not read, and
 * the decoder says so with a diagnostic.
 */
export const MAX_TEXT = 1 << 26;

/** UTF-8 bytes one pooled unit can take at most (U+FFFD for one bad byte). */
export const MAX_BYTES_PER_UNIT = 3;

/**
 * The buffer of the last finished decode, kept for the next one: allocating megabytes
 * of fresh typed array per decode costs more in garbage collection than filling it.
 * Only one decode at a time can hold it.
 */
let spare: Uint8Array | null = null;
const KEEP_SPARE = 1 << 24;

export class TextPool {
  /** Decoded UIDs as UTF-8; [0, length) is used. */
  bytes: Uint8Array;
  length = 0;
  /** UTF-16 units the used bytes decode to. */
  units = 0;

  constructor(expected: number) {
    const size = Math.max(1024, expected);
    if (spare !== null && spare.length >= size) {
      this.bytes = spare;
      spare = null;
    } else {
      this.bytes = new Uint8Array(size);
    }
  }

  /** Makes room for `size` more bytes, so that a reader can write them without checks. */
  reserve(size: number): void {
    if (this.length + size <= this.bytes.length) return;
    let next = this.bytes.length * 2;
    while (next < this.length + size) next *= 2;
    const bytes = new Uint8Array(next);
    bytes.set(this.bytes.subarray(0, this.length));
    this.bytes = bytes;
  }

  /** Appends one UTF-16 unit (as its UTF-8), for builders outside the UID reader. */
  push(unit: number): void {
    this.reserve(MAX_BYTES_PER_UNIT);
    const bytes = this.bytes;
    if (unit < 0x80) {
      bytes[this.length++] = unit;
    } else if (unit < 0x800) {
      bytes[this.length++] = 0xc0 | (unit >> 6);
      bytes[this.length++] = 0x80 | (unit & 0x3f);
    } else {
      bytes[this.length++] = 0xe0 | (unit >> 12);
      bytes[this.length++] = 0x80 | ((unit >> 6) & 0x3f);
      bytes[this.length++] = 0x80 | (unit & 0x3f);
    }
    this.units += 1;
  }

  /** Plain 32-bit FNV-1a over bytes [start, end): the unseeded hash crafted collisions target. */
  hashRun(start: number, end: number): number {
    let hash = 0x811c9dc5;
    const bytes = this.bytes;
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ (bytes[i] ?? 0), 0x01000193);
    return hash >>> 0;
  }

  /** Whether bytes [a, a + n) equal bytes [b, b + n). */
  equalRuns(a: number, b: number, n: number): boolean {
    const bytes = this.bytes;
    for (let i = 0; i < n; i++) if (bytes[a + i] !== bytes[b + i]) return false;
    return true;
  }

  /** The pooled text, once; the pool's buffer goes on to the next decode. */
  finish(): string {
    const text = utf8Text(this.bytes, 0, this.length);
    if (this.bytes.length <= KEEP_SPARE && (spare === null || spare.length < this.bytes.length)) {
      spare = this.bytes;
    }
    this.bytes = new Uint8Array(0);
    this.length = 0;
    return text;
  }
}
