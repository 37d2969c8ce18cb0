import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHexText } from '../input/hexText';
import { bytesToCArray, bytesToHex } from './bytes';

const BYTES = Uint8Array.from([0x03, 0x00, 0x17, 0x00, 0x2b, 0x62, 0xff]);

describe('copying selected bytes', () => {
  it('writes hex pairs of the half-open range', () => {
    expect(bytesToHex(BYTES, 2, 5)).toBe('17 00 2B');
    expect(bytesToHex(BYTES, 3, 3)).toBe('');
  });

  it('writes a short C array on one line', () => {
    expect(bytesToCArray(BYTES, 5, 7)).toBe('{ 0x62, 0xFF }');
    expect(bytesToCArray(BYTES, 0, 0)).toBe('{ }');
  });

  it('wraps a long C array 16 bytes per line', () => {
    const bytes = Uint8Array.from({ length: 20 }, (_, i) => i);
    const lines = bytesToCArray(bytes).split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toBe(
      `  ${[...bytes.subarray(0, 16)].map((b) => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`).join(', ')},`,
    );
    expect(lines[2]).toBe('  0x10, 0x11, 0x12, 0x13');
  });

  it('writes what the hex text reader reads back', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 200 }), (bytes) => {
        for (const text of [bytesToHex(bytes), bytesToCArray(bytes)]) {
          const read = parseHexText(text);
          expect(read.kind === 'blob' ? [...read.bytes] : read.message).toEqual([...bytes]);
        }
      }),
    );
  });
});
