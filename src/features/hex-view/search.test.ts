import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findMatch, parseOffset, parsePattern } from './search';

describe('parseOffset', () => {
  it('reads hex with 0x or h, and decimal', () => {
    expect(parseOffset('0x1A')).toEqual({ ok: true, value: 26 });
    expect(parseOffset(' 0X1a ')).toEqual({ ok: true, value: 26 });
    expect(parseOffset('1Ah')).toEqual({ ok: true, value: 26 });
    expect(parseOffset('26')).toEqual({ ok: true, value: 26 });
    expect(parseOffset('1_000')).toEqual({ ok: true, value: 1000 });
  });

  it('explains what it cannot read', () => {
    expect(parseOffset('').ok).toBe(false);
    expect(parseOffset('1A').ok).toBe(false);
    expect(parseOffset('0xZZ').ok).toBe(false);
    expect(parseOffset('-4').ok).toBe(false);
  });
});

describe('parsePattern', () => {
  const bytesOf = (text: string, mode: 'hex' | 'text') => {
    const parsed = parsePattern(text, mode);
    return parsed.ok ? [...parsed.value] : parsed.error;
  };

  it('reads hex pairs however they are spaced', () => {
    expect(bytesOf('03 00 17', 'hex')).toEqual([3, 0, 0x17]);
    expect(bytesOf('030017', 'hex')).toEqual([3, 0, 0x17]);
    expect(bytesOf('0x03, 0xFF', 'hex')).toEqual([3, 255]);
  });

  it('rejects odd digits and non-hex', () => {
    expect(bytesOf('030', 'hex')).toMatch(/two hex digits/);
    expect(bytesOf('0g', 'hex')).toMatch(/Hex bytes only/);
    expect(bytesOf('  ', 'hex')).toMatch(/Type the bytes/);
  });

  it('reads text as ASCII bytes', () => {
    expect(bytesOf('$2d', 'text')).toEqual([0x24, 0x32, 0x64]);
    expect(bytesOf('é', 'text')).toMatch(/ASCII/);
  });
});

describe('findMatch', () => {
  const hay = Uint8Array.from([1, 2, 3, 1, 2, 3, 4]);
  const pat = Uint8Array.from([1, 2]);

  it('finds forward from an offset and wraps round', () => {
    expect(findMatch(hay, pat, 0, 1)).toEqual({ start: 0, end: 2, wrapped: false });
    expect(findMatch(hay, pat, 1, 1)).toEqual({ start: 3, end: 5, wrapped: false });
    expect(findMatch(hay, pat, 4, 1)).toEqual({ start: 0, end: 2, wrapped: true });
  });

  it('finds backward and wraps round', () => {
    expect(findMatch(hay, pat, 6, -1)).toEqual({ start: 3, end: 5, wrapped: false });
    expect(findMatch(hay, pat, 2, -1)).toEqual({ start: 0, end: 2, wrapped: false });
    expect(findMatch(hay, pat, -1, -1)).toEqual({ start: 3, end: 5, wrapped: true });
  });

  it('reports no match', () => {
    expect(findMatch(hay, Uint8Array.from([9]), 0, 1)).toBeNull();
    expect(findMatch(hay, Uint8Array.from([3, 4, 5]), 0, -1)).toBeNull();
  });

  it('agrees with a naive scan', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 1, maxLength: 60, max: 3 }),
        fc.uint8Array({ minLength: 1, maxLength: 3, max: 3 }),
        fc.nat(60),
        (bytes, pattern, from) => {
          const all: number[] = [];
          for (let i = 0; i + pattern.length <= bytes.length; i++)
            if (pattern.every((b, k) => bytes[i + k] === b)) all.push(i);
          const start = Math.min(from, bytes.length);
          const expected = all.find((i) => i >= start) ?? all[0];
          expect(findMatch(bytes, pattern, from, 1)?.start).toBe(expected);
        },
      ),
    );
  });
});
