import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeUidlHistory } from '../../decoder/decode';
import { tagIndexAt } from '../../decoder/tagView';
import { classifyBytes } from './classify';
import { sampleHistory } from './testHistory';

const { bytes, history } = sampleHistory();

function fields(start: number, end: number): string[] {
  return classifyBytes(history, start, end).map((c) => c.field);
}

describe('classifyBytes', () => {
  it('names the header fields', () => {
    expect(fields(0, 4)).toEqual(['version', 'version', 'count', 'count']);
  });

  it('names every field of a tag from the model ranges', () => {
    expect(fields(4, 27)).toEqual([
      'operation',
      'content',
      ...Array<string>(14).fill('timestamp'),
      'uid',
      'uid',
      'escape',
      'escape',
      'escape',
      'uid',
      'terminator',
    ]);
  });

  it('marks where tags and escapes begin and end', () => {
    const c = classifyBytes(history, 0, bytes.length);
    expect(c.flatMap((b, i) => (b.tagFirst ? [i] : []))).toEqual([4, 27]);
    expect(c.flatMap((b, i) => (b.tagLast ? [i] : []))).toEqual([26, 44]);
    expect(c.flatMap((b, i) => (b.escapeFirst ? [i] : []))).toEqual([22]);
    expect(c.flatMap((b, i) => (b.escapeLast ? [i] : []))).toEqual([24]);
    expect(c.slice(4, 27).every((b) => b.tag === 0)).toBe(true);
    expect(c[3]?.tag).toBe(-1);
  });

  it('marks bytes under an error diagnostic, not under a warning', () => {
    const c = classifyBytes(history, 0, bytes.length);
    expect(c.flatMap((b, i) => (b.error ? [i] : []))).toEqual(
      Array.from({ length: 14 }, (_, k) => 29 + k),
    );
    expect(fields(45, 47)).toEqual(['trailing', 'trailing']);
  });

  it('classifies a part of the file the same as the whole', () => {
    const whole = classifyBytes(history, 0, bytes.length);
    fc.assert(
      fc.property(fc.nat(bytes.length), fc.nat(bytes.length), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(classifyBytes(history, lo, hi)).toEqual(whole.slice(lo, hi));
      }),
    );
  });

  it('leaves the bytes of a short file unclaimed by header fields', () => {
    const short = decodeUidlHistory(Uint8Array.from([3]));
    expect(classifyBytes(short, 0, 1)[0]?.field).not.toBe('version');
  });
});

describe('tagIndexAt', () => {
  it('finds the tag holding an offset by binary search', () => {
    expect(tagIndexAt(history, 3)).toBe(-1);
    expect(tagIndexAt(history, 4)).toBe(0);
    expect(tagIndexAt(history, 26)).toBe(0);
    expect(tagIndexAt(history, 27)).toBe(1);
    expect(tagIndexAt(history, 44)).toBe(1);
    expect(tagIndexAt(history, 45)).toBe(-1);
  });
});
