import { describe, expect, it } from 'vitest';
import {
  codePointDescription,
  escapeInvisible,
  invisibleStandIn,
  isInvisibleCodePoint,
  visibleRuns,
} from './invisible';

describe('isInvisibleCodePoint', () => {
  it('keeps printable ASCII and visible letters of other scripts', () => {
    for (let c = 0x21; c <= 0x7e; c++) expect(isInvisibleCodePoint(c)).toBe(false);
    for (const char of ['é', 'Ж', '中', '\ufffd', '😀'])
      expect(isInvisibleCodePoint(char.codePointAt(0)!)).toBe(false);
  });

  it('marks every control, space, zero-width, bidi and other non-printing code point', () => {
    const ranges: [number, number][] = [
      [0x00, 0x20], // C0 controls and the space
      [0x7f, 0xa0], // DEL, the C1 controls, NO-BREAK SPACE
      [0x200b, 0x200f], // zero-width characters and direction marks
      [0x202a, 0x202e], // bidi embeddings and overrides
      [0x2066, 0x2069], // bidi isolates
      [0xfeff, 0xfeff], // byte order mark
    ];
    for (const [from, to] of ranges)
      for (let c = from; c <= to; c++) expect(isInvisibleCodePoint(c), c.toString(16)).toBe(true);
    // Soft hyphen, word joiner, a tag character, private use, a lone surrogate, unassigned.
    for (const c of [0xad, 0x2060, 0xe0041, 0xe000, 0xd800, 0x0378])
      expect(isInvisibleCodePoint(c), c.toString(16)).toBe(true);
  });
});

describe('visibleRuns', () => {
  it('tells apart UIDs that look the same when drawn as they are', () => {
    expect(visibleRuns('UID0001')).toEqual([{ kind: 'text', text: 'UID0001' }]);
    expect(visibleRuns('UID\u200b0001')).toEqual([
      { kind: 'text', text: 'UID' },
      { kind: 'invisible', codePoint: 0x200b },
      { kind: 'text', text: '0001' },
    ]);
    expect(visibleRuns('\u202e1000DIU')).toEqual([
      { kind: 'invisible', codePoint: 0x202e },
      { kind: 'text', text: '1000DIU' },
    ]);
  });

  it('reads a code point beyond the BMP as one run', () => {
    expect(visibleRuns('a\u{e0041}b😀')).toEqual([
      { kind: 'text', text: 'a' },
      { kind: 'invisible', codePoint: 0xe0041 },
      { kind: 'text', text: 'b😀' },
    ]);
  });
});

describe('stand-ins and escapes', () => {
  it('shows ASCII controls as control pictures and the rest as U+XXXX', () => {
    expect(invisibleStandIn(0x00)).toBe('\u2400');
    expect(invisibleStandIn(0x0a)).toBe('\u240a');
    expect(invisibleStandIn(0x20)).toBe('\u2420');
    expect(invisibleStandIn(0x7f)).toBe('\u2421');
    expect(invisibleStandIn(0x85)).toBe('U+0085');
    expect(invisibleStandIn(0x202e)).toBe('U+202E');
    expect(invisibleStandIn(0xe0041)).toBe('U+E0041');
    expect(codePointDescription(0x202e)).toBe('U+202E RIGHT-TO-LEFT OVERRIDE');
    expect(codePointDescription(0xe0041)).toBe('U+E0041');
  });

  it('escapes for a terminal, leaving visible text alone', () => {
    expect(escapeInvisible('a\u001b[2Jb')).toBe('a\\x1b[2Jb');
    expect(escapeInvisible('\u202e1000DIU')).toBe('\\u202e1000DIU');
    expect(escapeInvisible('UID\u200b0001 x')).toBe('UID\\u200b0001\\x20x');
    expect(escapeInvisible('\u{e0041}é')).toBe('\\u{e0041}é');
  });
});
