const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Both the standard and the URL-safe alphabet; the value of each character, or -1. */
const VALUES = (() => {
  const values = new Int8Array(128).fill(-1);
  for (let i = 0; i < ALPHABET.length; i++) values[ALPHABET.charCodeAt(i)] = i;
  values['-'.charCodeAt(0)] = 62;
  values['_'.charCodeAt(0)] = 63;
  return values;
})();

/** Whether the text, line breaks aside, is base64 in shape (padding optional). */
export function looksLikeBase64(text: string): boolean {
  const compact = text.replace(/\r?\n|\r/g, '').trim();
  if (compact.length < 4) return false;
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(compact)) return false;
  const body = compact.replace(/=+$/, '');
  return body.length % 4 !== 1 && (compact.length === body.length || compact.length % 4 === 0);
}

/**
 * Decodes base64 (standard or URL-safe, line breaks and padding optional).
 * Call only on text `looksLikeBase64` accepted.
 */
export function decodeBase64(text: string): Uint8Array {
  const body = text.replace(/\s+/g, '').replace(/=+$/, '');
  const bytes = new Uint8Array(Math.floor((body.length * 3) / 4));
  let bits = 0;
  let bitCount = 0;
  let out = 0;
  for (let i = 0; i < body.length; i++) {
    bits = ((bits << 6) | (VALUES[body.charCodeAt(i)] ?? 0)) & 0xffffff;
    bitCount += 6;
    if (bitCount >= 8) {
      bitCount -= 8;
      bytes[out++] = (bits >> bitCount) & 0xff;
    }
  }
  return bytes.subarray(0, out);
}
