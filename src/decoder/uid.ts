import * as C from './codes';
import { MAX_ESCAPES, growEscapeColumns } from './columns';
import { ESCAPE_MARK, ESCAPE_SIZE, UID_CHAR_MAX, UID_CHAR_MIN, hexDigitValue } from './layout';
import { badEscapeEnd } from './messages';
import type { DecodeState, UidReading } from './state';
import { MAX_FIELD_TEXT } from './state';
import { MAX_BYTES_PER_UNIT } from './textPool';
import { HASH_MASK, hashStep } from './uidIndex';
import { readUtf8, UTF8_LENGTH_UNIT } from './utf8';

// What a UID byte is, for the one branch the reader takes on it.
const END = 0; // 0x00, the terminator
const ALNUM = 1; // a letter or digit: stored as it is
const MARK = 2; // '$', an escape
const PUNCT = 3; // other printable ASCII: should have been escaped
const CONTROL = 4; // other ASCII: should have been escaped, and no UID may hold it
const HIGH = 5; // 0x80 and up: the start of a UTF-8 sequence (or of bad bytes)

const BYTE_CLASS = new Uint8Array(256);
for (let byte = 0; byte < 256; byte++) {
  const alnum =
    (byte >= 0x30 && byte <= 0x39) ||
    (byte >= 0x41 && byte <= 0x5a) ||
    (byte >= 0x61 && byte <= 0x7a);
  BYTE_CLASS[byte] =
    byte === 0
      ? END
      : alnum
        ? ALNUM
        : byte === ESCAPE_MARK
          ? MARK
          : byte >= 0x80
            ? HIGH
            : byte < UID_CHAR_MIN || byte > UID_CHAR_MAX
              ? CONTROL
              : PUNCT;
}

/** Each byte's hex digit value, -1 for a byte that is not one. */
const HEX_VALUE = new Int8Array(256);
for (let byte = 0; byte < 256; byte++) HEX_VALUE[byte] = hexDigitValue(byte);

const REPLACEMENT_UTF8 = [0xef, 0xbf, 0xbd];
/** The byte values of a run of escapes being read as one UTF-8 character. */
const ESCAPED = new Uint8Array(4);

/**
 * Lists the escape at `start` (its `$`) standing for `value`; past MAX_ESCAPES, says once
 * that escapes are no longer listed. Returns the diagnostic bits for the tag.
 */
function listEscape(state: DecodeState, tag: number, start: number, value: number): number {
  const { escapes, log } = state;
  const e = escapes.length;
  if (e < MAX_ESCAPES) {
    if (e === escapes.start.length) growEscapeColumns(escapes);
    escapes.start[e] = start;
    escapes.value[e] = value;
    escapes.length = e + 1;
    return 0;
  }
  if (log.counts[C.ESCAPES_NOT_LISTED] !== 0) return 0;
  return log.report(C.ESCAPES_NOT_LISTED, start, start + ESCAPE_SIZE, tag, MAX_ESCAPES);
}

/**
 * Reads the encoded UID of tag `tag` from `start` up to its 0x00 or the file end, and
 * returns where it ended. In that one pass over the bytes it records the escapes,
 * writes the decoded UID to the pool (hashing it for the duplicate index), and reports
 * what only the bytes show: bad and needless escapes, characters that should have
 * been escaped, bad UTF-8. What it found goes into `reading` (the caller puts it in
 * the columns); the checks of the UID as a whole are in checks.ts.
 */
export function readUid(
  state: DecodeState,
  tag: number,
  start: number,
  reading: UidReading,
): number {
  const { bytes, pool, log } = state;
  const end = bytes.length;
  pool.reserve((MAX_FIELD_TEXT + 2) * MAX_BYTES_PER_UNIT);
  const out = pool.bytes;
  const poolStart = pool.length;
  let p = poolStart;
  // UTF-16 units written (the text keeps whole characters while under MAX_FIELD_TEXT).
  let units = 0;
  let chars = 0;
  const factor = state.uids.factor;
  let hash = state.uids.basis;
  let bits = 0;
  let i = start;
  while (i < end) {
    const byte = bytes[i] ?? 0;
    const kind = BYTE_CLASS[byte] ?? HIGH;
    if (kind === ALNUM) {
      if (units < MAX_FIELD_TEXT) {
        out[p++] = byte;
        // hashStep written out: nearly every byte of a UID comes this way.
        hash = Math.imul(hash ^ byte, factor) & HASH_MASK;
        units += 1;
      }
      chars += 1;
      i += 1;
      continue;
    }
    if (kind === END) break;
    chars += 1;
    let unit: number;
    if (kind === MARK) {
      const value =
        i + 2 < end
          ? ((HEX_VALUE[bytes[i + 1] ?? 0] ?? -1) << 4) | (HEX_VALUE[bytes[i + 2] ?? 0] ?? -1)
          : -1;
      if (value < 0) {
        bits |= log.report(C.BAD_ESCAPE, i, badEscapeEnd(bytes, i), tag, 0);
        unit = ESCAPE_MARK;
        i += 1;
      } else if (value >= 0x80) {
        // Escapes of bytes 0x80 and up are the UTF-8 of one character: `$c3$a9` is "é".
        // A lead escape takes the continuation escapes after it; bytes that are not UTF-8
        // are bad UTF-8, as they are unescaped.
        let count = 1;
        ESCAPED[0] = value;
        while (count < 4) {
          const at = i + count * ESCAPE_SIZE;
          if (at + 2 >= end || bytes[at] !== ESCAPE_MARK) break;
          const next =
            ((HEX_VALUE[bytes[at + 1] ?? 0] ?? -1) << 4) | (HEX_VALUE[bytes[at + 2] ?? 0] ?? -1);
          if (next < 0x80 || next > 0xbf) break;
          ESCAPED[count++] = next;
        }
        const read = readUtf8(ESCAPED, 0, count);
        const length = read < 0 ? -read : Math.floor(read / UTF8_LENGTH_UNIT);
        for (let k = 0; k < length; k++)
          bits |= listEscape(state, tag, i + k * ESCAPE_SIZE, ESCAPED[k] ?? 0);
        const rangeEnd = i + length * ESCAPE_SIZE;
        if (read < 0) bits |= log.report(C.BAD_UTF8, i, rangeEnd, tag, 0);
        else bits |= log.report(C.UID_BAD_CHAR, i, rangeEnd, tag, read - length * UTF8_LENGTH_UNIT);
        if (units < MAX_FIELD_TEXT) {
          const written = read < 0 ? REPLACEMENT_UTF8 : ESCAPED.subarray(0, length);
          for (const b of written) {
            out[p++] = b;
            hash = hashStep(hash, b, factor);
          }
          units += read - length * UTF8_LENGTH_UNIT > 0xffff ? 2 : 1;
        }
        i = rangeEnd;
        continue;
      } else {
        bits |= listEscape(state, tag, i, value);
        if (BYTE_CLASS[value] === ALNUM) {
          bits |= log.report(C.NEEDLESS_ESCAPE, i, i + ESCAPE_SIZE, tag, value);
        }
        if (value < UID_CHAR_MIN || value > UID_CHAR_MAX) {
          bits |= log.report(C.UID_BAD_CHAR, i, i + ESCAPE_SIZE, tag, value);
        }
        unit = value;
        i += ESCAPE_SIZE;
      }
    } else if (kind !== HIGH) {
      bits |= log.report(C.UNESCAPED_CHAR, i, i + 1, tag, byte);
      if (kind === CONTROL) bits |= log.report(C.UID_BAD_CHAR, i, i + 1, tag, byte);
      unit = byte;
      i += 1;
    } else {
      // A character of two to four bytes, or bad bytes: copied as the UTF-8 they are.
      const at = i;
      const read = readUtf8(bytes, i, end);
      if (read < 0) {
        i -= read;
        bits |= log.report(C.BAD_UTF8, at, i, tag, 0);
        if (units < MAX_FIELD_TEXT) {
          for (const b of REPLACEMENT_UTF8) {
            out[p++] = b;
            hash = hashStep(hash, b, factor);
          }
          units += 1;
        }
      } else {
        const length = Math.floor(read / UTF8_LENGTH_UNIT);
        const codePoint = read - length * UTF8_LENGTH_UNIT;
        i += length;
        bits |= log.report(C.UNESCAPED_CHAR, at, i, tag, codePoint);
        bits |= log.report(C.UID_BAD_CHAR, at, i, tag, codePoint);
        if (units < MAX_FIELD_TEXT) {
          for (let k = at; k < i; k++) {
            const b = bytes[k] ?? 0;
            out[p++] = b;
            hash = hashStep(hash, b, factor);
          }
          units += codePoint > 0xffff ? 2 : 1;
        }
      }
      continue;
    }
    // One character of code `unit` (at most 0xFF): one or two bytes of UTF-8.
    if (units < MAX_FIELD_TEXT) {
      if (unit < 0x80) {
        out[p++] = unit;
        hash = hashStep(hash, unit, factor);
      } else {
        const lead = 0xc0 | (unit >> 6);
        const trail = 0x80 | (unit & 0x3f);
        out[p++] = lead;
        out[p++] = trail;
        hash = hashStep(hashStep(hash, lead, factor), trail, factor);
      }
      units += 1;
    }
  }
  reading.textStart = pool.units;
  pool.units += units;
  reading.textEnd = pool.units;
  pool.length = p;
  reading.bits = bits;
  reading.chars = chars;
  reading.poolStart = poolStart;
  reading.poolEnd = p;
  reading.hash = hash;
  return i;
}
