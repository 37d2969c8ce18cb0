import { encodeUidlHistory, type AuthoredTag } from '../decoder/index';

/** The 32 printable ASCII characters that are not letters or digits: all escaped. */
const PUNCTUATION = Array.from({ length: 0x7f - 0x21 }, (_, i) => String.fromCharCode(0x21 + i))
  .filter((c) => !/[A-Za-z0-9]/.test(c))
  .join('');

/**
 * The largest history Outlook can write: 65,535 tags, each UID 70 characters that all
 * need an escape (210 bytes of `$XX`), all different. 14.2 MiB.
 */
export function largestHistory(tags = 65_535): Uint8Array {
  const authored: AuthoredTag[] = [];
  for (let i = 0; i < tags; i++) {
    let uid = '';
    for (let n = i, k = 0; k < 70; k++, n = Math.floor(n / 32)) uid += PUNCTUATION[n % 32];
    authored.push({ operation: 'get', content: 'body', timestampRaw: '20240712083015', uid });
  }
  return encodeUidlHistory({ tags: authored });
}
