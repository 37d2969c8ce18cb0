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

/** The platform's TextDecoder, when it has one: the pure core is typed without it. */
interface PlatformTextDecoder {
  decode(input: Uint8Array): string;
}
const PlatformDecoder = (
  globalThis as { TextDecoder?: new (label?: string) => PlatformTextDecoder }
).TextDecoder;
const platformUtf8: PlatformTextDecoder | null = PlatformDecoder
  ? new PlatformDecoder('utf-8')
  : null;

const CHUNK = 4096;

/**
 * Bytes [start, end) as text: UTF-8, each invalid sequence one U+FFFD by the maximal
 * subpart rule of `readUtf8` (the platform decoder's rule too). With `maxUnits`, whole
 * characters are kept while fewer than that many UTF-16 units have been written.
 */
export function utf8Text(
  bytes: Uint8Array,
  start = 0,
  end = bytes.length,
  maxUnits = Infinity,
): string {
  if (end - start <= maxUnits && platformUtf8 !== null) {
    // Within the limit the cut cannot apply: the platform decoder gives the same text.
    return platformUtf8.decode(bytes.subarray(start, end));
  }
  return utf8TextByReader(bytes, start, end, maxUnits);
}

/** `utf8Text` with `readUtf8` alone, where there is no platform decoder (or a cut). */
export function utf8TextByReader(
  bytes: Uint8Array,
  start: number,
  end: number,
  maxUnits = Infinity,
): string {
  const parts: string[] = [];
  const units: number[] = [];
  let written = 0;
  let i = start;
  while (i < end && written < maxUnits) {
    const read = readUtf8(bytes, i, end);
    let codePoint: number;
    if (read < 0) {
      codePoint = REPLACEMENT_CHAR;
      i -= read;
    } else {
      const length = Math.floor(read / UTF8_LENGTH_UNIT);
      codePoint = read - length * UTF8_LENGTH_UNIT;
      i += length;
    }
    if (codePoint < 0x10000) {
      units.push(codePoint);
      written += 1;
    } else {
      const offset = codePoint - 0x10000;
      units.push(0xd800 + (offset >> 10), 0xdc00 + (offset & 0x3ff));
      written += 2;
    }
    if (units.length >= CHUNK) {
      parts.push(String.fromCharCode.apply(null, units));
      units.length = 0;
    }
  }
  parts.push(String.fromCharCode.apply(null, units));
  return parts.join('');
}
