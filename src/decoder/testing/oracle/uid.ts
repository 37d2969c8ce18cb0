import { addEscape } from './columns';
import { offsetText, placeText } from './diagnostics';
import {
  ESCAPE_MARK,
  ESCAPE_SIZE,
  MAX_UID_LENGTH,
  TERMINATOR,
  UID_CHAR_MAX,
  UID_CHAR_MIN,
  ALPHANUMERIC,
  hexDigitValue,
  isAsciiAlphanumeric,
} from './layout';
import type { DecodeState } from './state';
import { MAX_FIELD_TEXT } from './state';
import { byteText } from './timestamp';
import { REPLACEMENT_CHAR, UTF8_LENGTH_UNIT, readUtf8 } from './utf8';

/** 'A' for printable ASCII; U+00E9 ('é') for other printable chars; U+0020 for the rest. */
function charName(codePoint: number): string {
  const char = String.fromCodePoint(codePoint);
  if (codePoint >= 0x21 && codePoint <= 0x7e) return `'${char}'`;
  const name = `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
  return codePoint >= 0xa0 && codePoint !== REPLACEMENT_CHAR ? `${name} ('${char}')` : name;
}

/** Value of the `$XX` escape at `at`, or -1 when `at` does not start a valid one. */
function escapeValueAt(bytes: Uint8Array, at: number, end: number): number {
  if (at + 2 >= end) return -1;
  const high = hexDigitValue(bytes[at + 1] ?? 0);
  const low = hexDigitValue(bytes[at + 2] ?? 0);
  return high < 0 || low < 0 ? -1 : high * 16 + low;
}

/**
 * Reads the encoded UID of tag `tag` from `start` up to its 0x00 or the file end, and
 * returns where it ended. Records its escapes, writes the raw and decoded text to the
 * pool and their ranges to the tag's columns, and reports what is wrong with it (adding
 * to the tag's diagnostic bits). Finding the end here, in the one pass over the bytes,
 * saves a separate search for the terminator.
 */
export function readUid(state: DecodeState, tag: number, start: number): number {
  const { bytes, pool, log } = state;
  const end = bytes.length;
  let bits = 0;
  let escapeCount = 0;
  let uidLength = 0;
  const rawTextStart = pool.length;
  const textLimit = rawTextStart + MAX_FIELD_TEXT;
  let i = start;
  while (i < end) {
    const byte = bytes[i] ?? 0;
    if (ALPHANUMERIC[byte] === 1) {
      // Runs of letters and digits are most of every UID: copy them in one go.
      let stop = i + 1;
      while (stop < end && ALPHANUMERIC[bytes[stop] ?? 0] === 1) stop++;
      uidLength += stop - i;
      pool.pushAscii(bytes, i, Math.min(stop, i + Math.max(0, textLimit - pool.length)));
      i = stop;
      continue;
    }
    if (byte === TERMINATOR) break;
    uidLength += 1;
    if (byte < 0x80) {
      if (pool.length < textLimit) pool.push(byte);
      if (byte === ESCAPE_MARK) {
        const value = escapeValueAt(bytes, i, end);
        if (value < 0) {
          bits |= reportBadEscape(state, tag, i, end);
          i += 1;
        } else {
          bits |= recordEscape(state, tag, i, value);
          if (pool.length < textLimit) pool.pushAscii(bytes, i + 1, i + ESCAPE_SIZE);
          escapeCount += 1;
          i += ESCAPE_SIZE;
        }
      } else {
        bits |= log.report('unescaped-char', i, i + 1, tag, () => unescapedMessage(i, i + 1, byte));
        if (byte < UID_CHAR_MIN || byte > UID_CHAR_MAX) {
          bits |= log.report('uid-bad-char', i, i + 1, tag, () => badCharMessage(i, i + 1, byte));
        }
        i += 1;
      }
    } else {
      const read = readUtf8(bytes, i, end);
      const at = i;
      if (read < 0) {
        i -= read;
        if (pool.length < textLimit) pool.push(REPLACEMENT_CHAR);
        bits |= log.report('bad-utf8', at, i, tag, () => badUtf8Message(bytes, at, i));
      } else {
        const codePoint = read % UTF8_LENGTH_UNIT;
        i += Math.floor(read / UTF8_LENGTH_UNIT);
        if (pool.length < textLimit) pool.pushCodePoint(codePoint);
        bits |= log.report('unescaped-char', at, i, tag, () => unescapedMessage(at, i, codePoint));
        bits |= log.report('uid-bad-char', at, i, tag, () => badCharMessage(at, i, codePoint));
      }
    }
  }
  const uidEnd = i;
  const rawTextEnd = pool.length;
  let uidTextStart = rawTextStart;
  let uidTextEnd = rawTextEnd;
  if (escapeCount > 0) {
    uidTextStart = pool.length;
    writeDecoded(state, start, uidEnd, uidTextStart + MAX_FIELD_TEXT);
    uidTextEnd = pool.length;
  }
  if (uidLength > MAX_UID_LENGTH) {
    bits |= log.report(
      'uid-too-long',
      start,
      uidEnd,
      tag,
      () =>
        `${placeText(start, uidEnd)}: the decoded UID is ${uidLength} characters long; a POP3 UID has at most ${MAX_UID_LENGTH} (RFC 1939).`,
    );
  }
  const tags = state.tags;
  tags.rawUidTextStart[tag] = rawTextStart;
  tags.rawUidTextEnd[tag] = rawTextEnd;
  tags.uidTextStart[tag] = uidTextStart;
  tags.uidTextEnd[tag] = uidTextEnd;
  tags.diagnosticBits[tag] = (tags.diagnosticBits[tag] ?? 0) | bits;
  return uidEnd;
}

/** Reports an invalid escape: the `$` and what was read after it, up to the first non-hex byte. */
function reportBadEscape(state: DecodeState, tag: number, at: number, end: number): number {
  const { bytes } = state;
  let stop = at + 1;
  while (stop < end && stop < at + ESCAPE_SIZE && bytes[stop] !== TERMINATOR) {
    const isHex = hexDigitValue(bytes[stop] ?? 0) >= 0;
    stop += 1;
    if (!isHex) break;
  }
  return state.log.report('bad-escape', at, stop, tag, () => badEscapeMessage(bytes, at, stop));
}

function recordEscape(state: DecodeState, tag: number, at: number, value: number): number {
  const { bytes, log } = state;
  const stop = at + ESCAPE_SIZE;
  addEscape(state.escapes, at, stop, tag, value);
  let bits = 0;
  if (isAsciiAlphanumeric(value)) {
    bits |= log.report(
      'needless-escape',
      at,
      stop,
      tag,
      () =>
        `${placeText(at, stop)}: escape ${String.fromCharCode(...bytes.subarray(at, stop))} stands for ${charName(value)}, a letter or digit that Outlook writes as it is.`,
    );
  }
  if (value < UID_CHAR_MIN || value > UID_CHAR_MAX) {
    bits |= log.report('uid-bad-char', at, stop, tag, () => badCharMessage(at, stop, value));
  }
  return bits;
}

/** Appends the decoded UID: each valid `$XX` as the char XX, everything else as read. */
function writeDecoded(state: DecodeState, start: number, end: number, limit: number): void {
  const { bytes, pool } = state;
  let i = start;
  while (i < end && pool.length < limit) {
    const byte = bytes[i] ?? 0;
    if (ALPHANUMERIC[byte] === 1) {
      let stop = i + 1;
      while (stop < end && ALPHANUMERIC[bytes[stop] ?? 0] === 1) stop++;
      pool.pushAscii(bytes, i, Math.min(stop, i + (limit - pool.length)));
      i = stop;
    } else if (byte < 0x80) {
      const value = byte === ESCAPE_MARK ? escapeValueAt(bytes, i, end) : -1;
      pool.push(value < 0 ? byte : value);
      i += value < 0 ? 1 : ESCAPE_SIZE;
    } else {
      const read = readUtf8(bytes, i, end);
      pool.pushCodePoint(read < 0 ? REPLACEMENT_CHAR : read % UTF8_LENGTH_UNIT);
      i += read < 0 ? -read : Math.floor(read / UTF8_LENGTH_UNIT);
    }
  }
}

function unescapedMessage(start: number, end: number, codePoint: number): string {
  return `${placeText(start, end)}: the UID holds ${charName(codePoint)} as it is; Outlook writes every character other than a letter or digit as a $XX escape.`;
}

function badCharMessage(start: number, end: number, codePoint: number): string {
  return `${placeText(start, end)}: the UID character ${charName(codePoint)} is outside 0x21-0x7E, the characters a POP3 UID may hold (RFC 1939).`;
}

function badUtf8Message(bytes: Uint8Array, start: number, end: number): string {
  const shown = Array.from(bytes.subarray(start, end), (b) => byteText(b)).join(' ');
  return `${placeText(start, end)}: ${shown} is not valid UTF-8; shown as U+FFFD.`;
}

function badEscapeMessage(bytes: Uint8Array, start: number, end: number): string {
  if (end - start === 1) {
    return `Byte ${offsetText(start)}: '$' ends the UID, where an escape needs two hex digits after it; kept as '$'.`;
  }
  const after = Array.from(bytes.subarray(start + 1, end), (b) => byteText(b)).join(' ');
  // Reading stops at the first non-hex byte; if the last one read is hex, the UID ended.
  const ending = hexDigitValue(bytes[end - 1] ?? 0) >= 0 ? ' and then the UID ends' : '';
  return `${placeText(start, end)}: '$' is followed by ${after}${ending}, not two hex digits; kept literally.`;
}
