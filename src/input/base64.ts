const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Both the standard and the URL-safe alphabet; the value of each character, or -1. */
const VALUES = (() => {
  const values = new Int8Array(128).fill(-1);
  for (let i = 0; i < ALPHABET.length; i++) values[ALPHABET.charCodeAt(i)] = i;
  values['-'.charCodeAt(0)] = 62;
  values['_'.charCodeAt(0)] = 63;
  return values;
})();

const isLineBreak = (code: number) => code === 0x0a || code === 0x0d;
const isBlank = (code: number) => code <= 0x20 || code === 0xa0 || code === 0xfeff;

/**
 * Whether the text, line breaks aside, is base64 in shape (padding optional). One pass
 * over the characters, no copies: a pasted or dropped text may be tens of megabytes.
 */
export function looksLikeBase64(text: string): boolean {
  let first = 0;
  let last = text.length;
  while (first < last && isBlank(text.charCodeAt(first))) first++;
  while (last > first && isBlank(text.charCodeAt(last - 1))) last--;
  let body = 0;
  let padding = 0;
  for (let i = first; i < last; i++) {
    const code = text.charCodeAt(i);
    if (isLineBreak(code)) continue;
    if (code === 0x3d) {
      padding++;
    } else if (padding > 0 || code >= 128 || (VALUES[code] ?? -1) < 0) {
      return false;
    } else {
      body++;
    }
  }
  const length = body + padding;
  if (length < 4 || body === 0 || padding > 2) return false;
  return body % 4 !== 1 && (padding === 0 || length % 4 === 0);
}

/**
 * Decodes base64 (standard or URL-safe, line breaks and padding optional).
 * Call only on text `looksLikeBase64` accepted.
 */
export function decodeBase64(text: string): Uint8Array {
  const bytes = new Uint8Array(Math.floor((text.length * 3) / 4));
  let bits = 0;
  let bitCount = 0;
  let out = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // White space and the padding carry no bits.
    if (code === 0x3d || isBlank(code)) continue;
    bits = ((bits << 6) | (VALUES[code] ?? 0)) & 0xffffff;
    bitCount += 6;
    if (bitCount >= 8) {
      bitCount -= 8;
      bytes[out++] = (bits >> bitCount) & 0xff;
    }
  }
  return bytes.subarray(0, out);
}
