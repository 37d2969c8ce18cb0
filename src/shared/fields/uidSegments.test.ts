import { describe, expect, it } from 'vitest';
import { segmentRawUid, visibleChar } from './uidSegments';

describe('segmentRawUid', () => {
  it('splits the worked example into text and its four $2d escapes', () => {
    const segments = segmentRawUid('0BC535DB$2dEA63$2d11E1$2dA75C$2d00215AD7BB74');
    expect(segments.map((s) => s.text)).toEqual([
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
    expect(segmentRawUid('a$2Eb$41')).toEqual([
      { kind: 'text', text: 'a' },
      { kind: 'escape', text: '$2E', char: '.', needless: false },
      { kind: 'text', text: 'b' },
      { kind: 'escape', text: '$41', char: 'A', needless: true },
    ]);
  });

  it('marks a $ without two hex digits as a bad escape and keeps what follows as text', () => {
    expect(segmentRawUid('ab$zz$4')).toEqual([
      { kind: 'text', text: 'ab' },
      { kind: 'bad-escape', text: '$' },
      { kind: 'text', text: 'zz' },
      { kind: 'bad-escape', text: '$' },
      { kind: 'text', text: '4' },
    ]);
    expect(segmentRawUid('$')).toEqual([{ kind: 'bad-escape', text: '$' }]);
  });

  it('rebuilds the input when the segments are joined', () => {
    const raw = 'x$24$2d$$zz$7e';
    expect(
      segmentRawUid(raw)
        .map((s) => s.text)
        .join(''),
    ).toBe(raw);
  });

  it('returns nothing for an empty UID', () => {
    expect(segmentRawUid('')).toEqual([]);
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
