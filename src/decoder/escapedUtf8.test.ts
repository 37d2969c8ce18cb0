/**
 * FORMAT.md: each `$XX` is a byte, the tags are UTF-8, and decoding gives back the UID's
 * bytes. So escaped bytes 0x80 and up are read as UTF-8 (RFC 3629), a character of two to
 * four escapes, and escaped bytes that are not UTF-8 are bad UTF-8. Every expectation is
 * worked out from the bytes below: a tag of one UID starts at 4, its UID at 20.
 */
import { describe, expect, it } from 'vitest';
import { decodeUidlHistory, escapeUid, tagAt, unescapeUid } from './index';

const history = (...uids: string[]) =>
  decodeUidlHistory(
    new Uint8Array([
      ...[0x03, 0x00, uids.length, 0x00],
      ...uids.flatMap((uid) => [...new TextEncoder().encode(`+b20240712083015${uid}`), 0]),
    ]),
  );
const codes = (h: ReturnType<typeof history>) => h.diagnostics.map((d) => [d.code, d.start, d.end]);

describe('escaped UTF-8 in a UID', () => {
  it('reads a two-byte character from two escapes, flagged once as a character no UID may hold', () => {
    const h = history('caf$c3$a9');
    expect(tagAt(h, 0).uid).toBe('café');
    // caf at 20..23, $c3 at 23, $a9 at 26, the 0x00 at 29.
    expect(codes(h)).toEqual([['uid-bad-char', 23, 29]]);
    expect(Array.from(h.escapes.start.subarray(0, h.escapes.length))).toEqual([23, 26]);
    expect(Array.from(h.escapes.value.subarray(0, h.escapes.length))).toEqual([0xc3, 0xa9]);
  });

  it('reads a four-byte character as one character of two UTF-16 units', () => {
    const h = history('a$f0$9f$98$80');
    expect(tagAt(h, 0).uid).toBe('a\u{1f600}');
    expect(codes(h)).toEqual([['uid-bad-char', 21, 33]]);
  });

  it('takes a lone escaped byte that is not UTF-8 for bad UTF-8, decoded as U+FFFD', () => {
    const h = history('x$e9y');
    expect(tagAt(h, 0).uid).toBe('x\ufffdy');
    expect(codes(h)).toEqual([['bad-utf8', 21, 24]]);
  });

  it('cuts a sequence short where a byte is not its continuation (maximal subpart)', () => {
    // E2 82 is the start of a three-byte character; 78 ('x', escaped) cannot continue it.
    const h = history('$e2$82$78');
    expect(tagAt(h, 0).uid).toBe('\ufffdx');
    expect(codes(h).map(([code, start, end]) => [code, start, end])).toEqual([
      ['bad-utf8', 20, 26],
      ['needless-escape', 26, 29],
    ]);
  });

  it('makes an escaped and an unescaped character the same UID', () => {
    const h = history('caf$c3$a9', 'café');
    expect(tagAt(h, 1).uid).toBe('café');
    expect(h.diagnostics.map((d) => d.code)).toContain('duplicate-uid');
  });

  it('is what the escaping writes and the unescaping reads', () => {
    expect(escapeUid('café')).toBe('caf$c3$a9');
    expect(escapeUid('a.b€')).toBe('a$2eb$e2$82$ac');
    expect(unescapeUid('caf$c3$a9$2d1')).toBe('café-1');
    expect(unescapeUid('x$e9y')).toBe('x\ufffdy');
  });
});
