import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REPLACEMENT_CHAR, UTF8_LENGTH_UNIT, encodeUtf8, readUtf8 } from './utf8';

/** Decodes all bytes with `readUtf8`, as a string and the list of invalid ranges. */
function decodeAll(bytes: Uint8Array): { text: string; invalid: Array<[number, number]> } {
  let text = '';
  const invalid: Array<[number, number]> = [];
  for (let i = 0; i < bytes.length;) {
    const read = readUtf8(bytes, i, bytes.length);
    if (read < 0) {
      invalid.push([i, i - read]);
      text += String.fromCharCode(REPLACEMENT_CHAR);
      i -= read;
    } else {
      text += String.fromCodePoint(read % UTF8_LENGTH_UNIT);
      i += Math.floor(read / UTF8_LENGTH_UNIT);
    }
  }
  return { text, invalid };
}

describe('readUtf8', () => {
  it('agrees with the platform TextDecoder on any bytes, U+FFFD for U+FFFD', () => {
    const decoder = new TextDecoder('utf-8');
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        expect(decodeAll(bytes).text).toBe(decoder.decode(bytes));
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees on byte soup made of UTF-8 lead and continuation bytes', () => {
    const decoder = new TextDecoder('utf-8');
    const soup = fc.uint8Array({ maxLength: 32 }).map((raw) => raw.map((b) => 0x80 + (b % 0x78)));
    fc.assert(
      fc.property(soup, (bytes) => {
        expect(decodeAll(bytes).text).toBe(decoder.decode(bytes));
      }),
      { numRuns: 2000 },
    );
  });

  it('names the exact bytes of each invalid sequence', () => {
    const bytes = new Uint8Array([
      0x41, 0xff, 0xe2, 0x82, 0x41, 0xed, 0xa0, 0x80, 0xf0, 0x9f, 0x98, 0x80,
    ]);
    const { text, invalid } = decodeAll(bytes);
    // 0xFF alone; E2 82 cut short by 'A'; ED A0 is a surrogate (each byte invalid); then 😀.
    expect(invalid).toEqual([
      [1, 2],
      [2, 4],
      [5, 6],
      [6, 7],
      [7, 8],
    ]);
    expect(text).toBe('A\uFFFD\uFFFDA\uFFFD\uFFFD\uFFFD\u{1F600}');
  });

  it('encodeUtf8 writes what TextEncoder writes', () => {
    const encoder = new TextEncoder();
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(encodeUtf8(text)).toEqual(Array.from(encoder.encode(text)));
      }),
    );
  });
});
