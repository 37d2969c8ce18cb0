import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { utf8Text, utf8TextByReader } from './utf8';

describe('utf8Text', () => {
  it('gives, with or without the platform decoder, what the platform decoder gives', () => {
    const platform = new TextDecoder('utf-8');
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const expected = platform.decode(bytes);
        expect(utf8TextByReader(bytes, 0, bytes.length)).toBe(expected);
        expect(utf8Text(bytes)).toBe(expected);
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps whole characters while under the cut', () => {
    const bytes = new TextEncoder().encode('ab\u{1F600}cd');
    expect(utf8Text(bytes, 0, bytes.length, 3)).toBe('ab\u{1F600}');
    expect(utf8Text(bytes, 0, bytes.length, 2)).toBe('ab');
    expect(utf8Text(bytes, 1, 4, 10)).toBe('b\uFFFD');
  });
});
