import { utf8Text } from './utf8';

/**
 * The `$`-escape of UIDs as text. Outlook writes every character that is not an ASCII
 * letter or digit as `$` + two lower-case hex digits of its code (`-` → `$2d`).
 */

function isAlphanumericCode(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a)
  );
}

function escapeCode(code: number): string {
  return `$${code.toString(16).padStart(2, '0')}`;
}

/**
 * Escapes a UID the way Outlook does. A character beyond ASCII (never in a valid UID) is
 * written as the escapes of its UTF-8 bytes, which is how the decoder reads them back.
 */
export function escapeUid(uid: string): string {
  let out = '';
  for (const char of uid) {
    const code = char.codePointAt(0) ?? 0;
    if (isAlphanumericCode(code)) out += char;
    else if (code < 0x80) out += escapeCode(code);
    else for (const byte of utf8Bytes(char)) out += escapeCode(byte);
  }
  return out;
}

/**
 * Decodes each valid `$XX` to its byte, the bytes being the UID's UTF-8 (as the decoder
 * reads them: a bad sequence is U+FFFD); anything else stays as it is.
 */
export function unescapeUid(rawUid: string): string {
  return rawUid.replace(/(?:\$[0-9a-fA-F]{2})+/g, (run: string) => {
    const bytes = new Uint8Array(run.length / 3);
    for (let k = 0; k < bytes.length; k++) bytes[k] = parseInt(run.slice(3 * k + 1, 3 * k + 3), 16);
    return utf8Text(bytes, 0, bytes.length);
  });
}

function utf8Bytes(char: string): number[] {
  const code = char.codePointAt(0) ?? 0xfffd;
  if (code < 0x800) return [0xc0 | (code >> 6), 0x80 | (code & 0x3f)];
  if (code < 0x10000)
    return [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)];
  return [
    0xf0 | (code >> 18),
    0x80 | ((code >> 12) & 0x3f),
    0x80 | ((code >> 6) & 0x3f),
    0x80 | (code & 0x3f),
  ];
}
