import { describe, expect, it } from 'vitest';
import { hexByte, hexOffset } from './hex';

describe('hexOffset', () => {
  it('writes at least four upper-case hex digits and lets larger offsets grow', () => {
    expect(hexOffset(4)).toBe('0x0004');
    expect(hexOffset(0xab)).toBe('0x00AB');
    expect(hexOffset(0x12345)).toBe('0x12345');
    expect(hexOffset(0xabcde)).toBe('0xABCDE');
  });
});

describe('hexByte', () => {
  it('writes two upper-case hex digits', () => {
    expect(hexByte(0)).toBe('00');
    expect(hexByte(0x0a)).toBe('0A');
    expect(hexByte(0xff)).toBe('FF');
  });
});
