import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeUidlHistory } from '../../decoder/index';
import { makeLargeHistory } from '../../decoder/testing/generate';
import { escapeCells } from './escapeCells';
import { segmentsOfCells, uidSegments } from './uidSegments';
import { visibleChar } from './visibleChar';

/** The segments of `rawUid` written as the one tag of a BLOB, bytes as given. */
function segmentsOf(rawUid: string) {
  const tag = new TextEncoder().encode(`+b20120906131138${rawUid}\0`);
  const bytes = new Uint8Array([3, 0, 1, 0, ...tag]);
  return uidSegments(decodeUidlHistory(bytes), bytes, 0);
}

describe('uidSegments', () => {
  it('splits the worked example into text and its four $2d escapes', () => {
    const segments = segmentsOf('0BC535DB$2dEA63$2d11E1$2dA75C$2d00215AD7BB74');
    expect(segments.map((s) => s.raw)).toEqual([
      '0BC535DB',
      '$2d',
      'EA63',
      '$2d',
      '11E1',
      '$2d',
      'A75C',
      '$2d',
      '00215AD7BB74',
    ]);
    const escapes = segments.filter((s) => s.kind === 'escape');
    expect(escapes).toHaveLength(4);
    expect(escapes.every((s) => s.char === '-' && !s.needless)).toBe(true);
  });

  it('accepts upper-case hex and marks an escape of a letter or digit as needless', () => {
    expect(segmentsOf('a$2Eb$41')).toEqual([
      { kind: 'text', raw: 'a' },
      { kind: 'escape', raw: '$2E', char: '.', needless: false },
      { kind: 'text', raw: 'b' },
      { kind: 'escape', raw: '$41', char: 'A', needless: true },
    ]);
  });

  it('marks a $ without two hex digits as a bad escape and keeps what follows as text', () => {
    expect(segmentsOf('ab$zz$4')).toEqual([
      { kind: 'text', raw: 'ab' },
      { kind: 'bad-escape', raw: '$' },
      { kind: 'text', raw: 'zz' },
      { kind: 'bad-escape', raw: '$' },
      { kind: 'text', raw: '4' },
    ]);
    expect(segmentsOf('$')).toEqual([{ kind: 'bad-escape', raw: '$' }]);
  });

  it('rebuilds the input when the segments are joined', () => {
    const raw = 'x$24$2d$$zz$7e';
    expect(
      segmentsOf(raw)
        .map((s) => s.raw)
        .join(''),
    ).toBe(raw);
  });

  it('keeps a character written unescaped as UTF-8 whole, and a bad byte as U+FFFD', () => {
    const bytes = new Uint8Array([
      3,
      0,
      1,
      0,
      ...new TextEncoder().encode('+b20120906131138a\u00e9'),
      0xff,
      0x62,
      0,
    ]);
    expect(uidSegments(decodeUidlHistory(bytes), bytes, 0)).toEqual([
      { kind: 'text', raw: 'a\u00e9\ufffdb' },
    ]);
  });

  it('returns nothing for an empty UID', () => {
    expect(segmentsOf('')).toEqual([]);
  });
});

describe('visibleChar', () => {
  it('keeps printable ASCII and replaces space and controls with visible stand-ins', () => {
    expect(visibleChar('-')).toBe('-');
    expect(visibleChar(' ')).toBe('\u2420');
    expect(visibleChar('\n')).toBe('\u240a');
    expect(visibleChar('\u007f')).toBe('\u2421');
  });
});

describe('uidSegments read straight from the bytes', () => {
  // The escape cells are the definition (each byte, escape and UTF-8 character of a UID
  // as the strip under the table shows it); the segments are read from the bytes directly
  // for speed and must come out the same for any bytes.
  const uidByte = fc.oneof(
    fc.constantFrom(
      ...'$$$0123456789abcdefABCDEFxyzXYZ-.@<>_ \t'.split('').map((c) => c.charCodeAt(0)),
    ),
    fc.integer({ min: 0x01, max: 0xff }),
  );
  const rawUid = fc.array(uidByte, { maxLength: 40 });

  it('equal the segments of the escape cells, for fuzzed UIDs and damaged tags', () => {
    fc.assert(
      fc.property(fc.array(rawUid, { minLength: 1, maxLength: 6 }), fc.boolean(), (uids, cut) => {
        const parts: number[] = [3, 0, uids.length, 0];
        for (const uid of uids)
          parts.push(...new TextEncoder().encode('+b20120906131138'), ...uid, 0);
        // Without its last terminator (a truncated file), the last UID runs to the end.
        const bytes = new Uint8Array(cut ? parts.slice(0, -1) : parts);
        const history = decodeUidlHistory(bytes);
        for (let tag = 0; tag < history.tags.length; tag++) {
          expect(uidSegments(history, bytes, tag)).toEqual(
            segmentsOfCells(escapeCells(history, bytes, tag)),
          );
        }
      }),
      { numRuns: 400 },
    );
  });

  it('equal them for a generated history of realistic UIDs', () => {
    const bytes = makeLargeHistory(500, 7);
    const history = decodeUidlHistory(bytes);
    let escaped = 0;
    for (let tag = 0; tag < history.tags.length; tag++) {
      const segments = uidSegments(history, bytes, tag);
      escaped += segments.filter((s) => s.kind === 'escape').length;
      expect(segments).toEqual(segmentsOfCells(escapeCells(history, bytes, tag)));
    }
    expect(escaped).toBeGreaterThan(100);
  });

  it('reads a UID far longer than a call can take arguments for (a tag with no terminator)', () => {
    const long = new Uint8Array(300_000).fill(0x61);
    const bytes = new Uint8Array([
      3,
      0,
      1,
      0,
      ...new TextEncoder().encode('+b20120906131138'),
      ...long,
    ]);
    const [segment, ...rest] = uidSegments(decodeUidlHistory(bytes), bytes, 0);
    expect(rest).toEqual([]);
    expect(segment).toEqual({ kind: 'text', raw: 'a'.repeat(300_000) });
  });
});
