/**
 * A small UTF-8 reader for the pure core, which has no TextDecoder. It reads one
 * character at a time so that the caller knows the exact bytes of every character
 * and of every invalid sequence.
 *
 * `readUtf8` returns `codePoint + length * UTF8_LENGTH_UNIT` for a valid character and
 * `-length` for an invalid sequence (length = bytes to skip, following the WHATWG
 * "maximal subpart" rule, so a decoder elsewhere shows the same U+FFFD count).
 */
export const UTF8_LENGTH_UNIT = 0x200000;
export const REPLACEMENT_CHAR = 0xfffd;

export function readUtf8(bytes: Uint8Array, at: number, end: number): number {
  const lead = bytes[at] ?? 0;
  if (lead < 0x80) return lead + UTF8_LENGTH_UNIT;
  let needed: number;
  let codePoint: number;
  let low = 0x80;
  let high = 0xbf;
  if (lead >= 0xc2 && lead <= 0xdf) {
    needed = 1;
    codePoint = lead & 0x1f;
  } else if (lead >= 0xe0 && lead <= 0xef) {
    needed = 2;
    codePoint = lead & 0x0f;
    if (lead === 0xe0) low = 0xa0;
    else if (lead === 0xed) high = 0x9f; // no surrogates
  } else if (lead >= 0xf0 && lead <= 0xf4) {
    needed = 3;
    codePoint = lead & 0x07;
    if (lead === 0xf0) low = 0x90;
    else if (lead === 0xf4) high = 0x8f; // nothing above U+10FFFF
  } else {
    return -1;
  }
  let length = 1;
  while (needed > 0) {
    const i = at + length;
    if (i >= end) return -length;
    const next = bytes[i] ?? 0;
    if (next < low || next > high) return -length;
    low = 0x80;
    high = 0xbf;
    codePoint = (codePoint << 6) | (next & 0x3f);
    length += 1;
    needed -= 1;
  }
  return codePoint + length * UTF8_LENGTH_UNIT;
}

/** Appends a code point as UTF-8 to `out`. */
export function writeUtf8(codePoint: number, out: number[]): void {
  if (codePoint < 0x80) out.push(codePoint);
  else if (codePoint < 0x800) out.push(0xc0 | (codePoint >> 6), 0x80 | (codePoint & 0x3f));
  else if (codePoint < 0x10000)
    out.push(0xe0 | (codePoint >> 12), 0x80 | ((codePoint >> 6) & 0x3f), 0x80 | (codePoint & 0x3f));
  else
    out.push(
      0xf0 | (codePoint >> 18),
      0x80 | ((codePoint >> 12) & 0x3f),
      0x80 | ((codePoint >> 6) & 0x3f),
      0x80 | (codePoint & 0x3f),
    );
}

/** Encodes a string as UTF-8 (lone surrogates become U+FFFD). */
export function encodeUtf8(text: string): number[] {
  const out: number[] = [];
  for (const char of text) {
    const codePoint = char.codePointAt(0) ?? REPLACEMENT_CHAR;
    writeUtf8(codePoint >= 0xd800 && codePoint <= 0xdfff ? REPLACEMENT_CHAR : codePoint, out);
  }
  return out;
}
