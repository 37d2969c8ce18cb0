/**
 * Byte-to-string decoding for the input forms, on the decoder's one UTF-8 reader, so
 * that bad bytes get the same U+FFFD everywhere (one per maximal subpart).
 */

import { UTF8_LENGTH_UNIT, readUtf8, utf8Text } from '../decoder/utf8';

/** Decodes UTF-8; each maximal invalid sequence becomes one U+FFFD, as in the decoder. */
export function decodeUtf8(bytes: Uint8Array, start = 0, end = bytes.length): string {
  return utf8Text(bytes, start, end);
}

/**
 * 8-bit text of unknown code page (MAPI `…001E` strings, text files): UTF-8 when it is
 * well-formed, else Latin-1, which at least keeps every byte visible.
 */
export function decodeUtf8OrLatin1(bytes: Uint8Array, start = 0, end = bytes.length): string {
  return isWellFormedUtf8(bytes, start, end)
    ? utf8Text(bytes, start, end)
    : decodeLatin1(bytes, start, end);
}

function isWellFormedUtf8(bytes: Uint8Array, start: number, end: number): boolean {
  let i = start;
  while (i < end) {
    const read = readUtf8(bytes, i, end);
    if (read < 0) return false;
    i += Math.floor(read / UTF8_LENGTH_UNIT);
  }
  return true;
}

/** Each byte is the code point of the same value (ISO 8859-1). */
export function decodeLatin1(bytes: Uint8Array, start = 0, end = bytes.length): string {
  const out = new TextBuilder();
  for (let i = start; i < end; i++) out.push(bytes[i]!);
  return out.finish();
}

/** UTF-16 little-endian, as MAPI stores `…001F` string properties. An odd last byte is dropped. */
export function decodeUtf16le(bytes: Uint8Array, start = 0, end = bytes.length): string {
  const out = new TextBuilder();
  for (let i = start; i + 1 < end; i += 2) out.pushUnit(bytes[i]! | (bytes[i + 1]! << 8));
  return out.finish();
}

/** Decodes a text file: UTF-16LE when it starts with that BOM, else UTF-8 or Latin-1 (BOM dropped). */
export function decodeTextFile(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16le(bytes, 2);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeUtf8(bytes, 3);
  return decodeUtf8OrLatin1(bytes);
}

/** Collects UTF-16 code units in a fixed buffer and turns them into text a slice at a time. */
class TextBuilder {
  private readonly units = new Uint16Array(CHUNK + 1);
  private length = 0;
  private readonly parts: string[] = [];

  push(codePoint: number): void {
    if (codePoint > 0xffff) {
      const offset = codePoint - 0x10000;
      this.pushUnit(0xd800 | (offset >> 10));
      this.pushUnit(0xdc00 | (offset & 0x3ff));
    } else {
      this.pushUnit(codePoint);
    }
  }

  pushUnit(unit: number): void {
    this.units[this.length++] = unit;
    if (this.length === CHUNK) this.flush();
  }

  finish(): string {
    this.flush();
    return this.parts.join('');
  }

  private flush(): void {
    // fromCharCode takes its units as arguments; a slice keeps the call within stack limits.
    this.parts.push(
      String.fromCharCode.apply(null, this.units.subarray(0, this.length) as unknown as number[]),
    );
    this.length = 0;
  }
}

const CHUNK = 8192;
