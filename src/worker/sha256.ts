/**
 * SHA-256 of some bytes as lower-case hex, through Web Crypto (the page's worker and Node
 * alike). null where the platform has none: `crypto.subtle` exists only in secure contexts.
 */
export async function sha256Hex(bytes: Uint8Array): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return null;
  const digest = new Uint8Array(await subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  let hex = '';
  for (const byte of digest) hex += byte.toString(16).padStart(2, '0');
  return hex;
}
