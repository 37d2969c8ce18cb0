import { describeChar, textError } from './position';
import type { InputError } from './types';

/** Bytes read from a stretch of text, or where and why that failed. */
export type BytesOrError = { kind: 'bytes'; bytes: Uint8Array } | InputError;

/** Value of each ASCII hex digit, -1 for anything else. */
const DIGIT = (() => {
  const values = new Int8Array(128).fill(-1);
  for (let i = 0; i < 16; i++) {
    values['0123456789abcdef'.charCodeAt(i)] = i;
    values['0123456789ABCDEF'.charCodeAt(i)] = i;
  }
  return values;
})();

/** The value of the hex digit at text[i], or -1. */
export const digitAt = (text: string, i: number) => {
  const code = text.charCodeAt(i);
  return code < 128 ? DIGIT[code]! : -1;
};

const isLineBreak = (code: number) => code === 0x0a || code === 0x0d;
// Whitespace, commas, semicolons, colons and dashes (`03-00-17`, as .NET prints bytes).
const isSeparator = (code: number) =>
  code === 0x20 ||
  code === 0x09 ||
  code === 0x0c ||
  code === 0x0b ||
  isLineBreak(code) ||
  code === 0x2c ||
  code === 0x3b ||
  code === 0x3a ||
  code === 0x2d;

/** A token whose last digit is waiting for its pair. */
interface Pending {
  nibble: number;
  at: number;
  end: number;
  lineBreakAfter: boolean;
}

/**
 * Reads hex digits from text[start, end): pairs separated (or not) by whitespace, commas,
 * semicolons, colons or dashes, with or without `0x`. A `0x` token of one or two digits is
 * one byte; a longer one is a run of byte pairs. Unprefixed digits must come in pairs,
 * except that a run cut by a line break may continue on the next line, as when a long
 * hex string is wrapped at an odd width.
 */
export function readHexDigits(text: string, start: number, end: number): BytesOrError {
  const bytes = new Uint8Array(Math.ceil((end - start) / 2));
  let out = 0;
  let pending: Pending | null = null;
  const oddError = (p: Pending) => {
    const digits = text.slice(p.at, p.end);
    return textError(
      text,
      p.at,
      `Odd number of hex digits (${digits.length}) in "${shorten(digits)}"`,
    );
  };

  let i = start;
  while (i < end) {
    const code = text.charCodeAt(i);
    if (isSeparator(code)) {
      if (pending && isLineBreak(code)) pending.lineBreakAfter = true;
      i++;
      continue;
    }
    const prefixed = code === 0x30 && (text[i + 1] === 'x' || text[i + 1] === 'X');
    const digitsStart = prefixed ? i + 2 : i;
    let j = digitsStart;
    while (j < end && digitAt(text, j) !== -1) j++;
    if (j === digitsStart || (j < end && !isSeparator(text.charCodeAt(j)))) {
      const bad = j === digitsStart && !prefixed ? i : j;
      const found =
        bad < end ? `unexpected character ${describeChar(text[bad]!)}` : 'missing hex digits';
      return textError(text, bad, `Not hex text: ${found}`);
    }
    const length = j - digitsStart;
    let k = digitsStart;
    if (pending) {
      if (prefixed || !pending.lineBreakAfter || length % 2 === 0) return oddError(pending);
      bytes[out++] = (pending.nibble << 4) | digitAt(text, k++);
      pending = null;
    } else if (prefixed && length <= 2) {
      bytes[out++] = parseInt(text.slice(digitsStart, j), 16);
      k = j;
    } else if (length % 2 === 1) {
      if (prefixed) return oddError({ nibble: 0, at: digitsStart, end: j, lineBreakAfter: false });
      pending = { nibble: digitAt(text, j - 1), at: digitsStart, end: j, lineBreakAfter: false };
    }
    for (; k + 1 < j; k += 2) bytes[out++] = (digitAt(text, k) << 4) | digitAt(text, k + 1);
    i = j;
  }
  if (pending) return oddError(pending);
  return { kind: 'bytes', bytes: bytes.slice(0, out) };
}

function shorten(digits: string): string {
  return digits.length > 16 ? `${digits.slice(0, 8)}…${digits.slice(-8)}` : digits;
}
