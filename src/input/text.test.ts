import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeUtf8, decodeUtf8OrLatin1 } from './text';

const strictDecoder = new TextDecoder('utf-8', { fatal: true });
const strictly = (bytes: Uint8Array): string | null => {
  try {
    return strictDecoder.decode(bytes);
  } catch {
    return null;
  }
};

describe('decodeUtf8 / decodeUtf8OrLatin1', () => {
  it('agree with the platform decoder on well-formed text, and fall back to Latin-1 otherwise', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array(),
          fc.string({ unit: 'binary' }).map((s) => new TextEncoder().encode(s)),
        ),
        (bytes) => {
          const platform = strictly(bytes);
          if (platform !== null) {
            expect(decodeUtf8(bytes)).toBe(platform);
            expect(decodeUtf8OrLatin1(bytes)).toBe(platform);
          } else {
            expect(decodeUtf8OrLatin1(bytes)).toBe(String.fromCharCode(...bytes));
          }
        },
      ),
    );
  });

  it('writes one U+FFFD per maximal invalid sequence, like the decoder and the platform', () => {
    expect(decodeUtf8(new Uint8Array([0x61, 0xe2, 0x82, 0x62, 0xff]))).toBe('a\uFFFDb\uFFFD');
    const lenient = new TextDecoder('utf-8');
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        expect(decodeUtf8(bytes)).toBe(lenient.decode(bytes));
      }),
    );
  });
});
