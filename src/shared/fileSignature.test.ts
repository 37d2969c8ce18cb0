import { describe, expect, it } from 'vitest';
import { recognizeSignature } from './fileSignature';

describe('recognizeSignature', () => {
  it('names a PNG by its signature', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(recognizeSignature(png)).toBe('a PNG image');
  });

  it('names nothing for a BLOB or for too few bytes', () => {
    expect(recognizeSignature(new Uint8Array([3, 0, 23, 0, 0x2b, 0x62]))).toBeNull();
    expect(recognizeSignature(new Uint8Array([0x89, 0x50]))).toBeNull();
  });
});
