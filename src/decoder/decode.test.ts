import { describe, expect, it } from 'vitest';
import {
  contentOf,
  decodeUidlHistory,
  encodeUidlHistory,
  operationOf,
  tagAt,
  tagIndexAt,
  type DiagnosticCode,
} from './index';
import { TAG_DUPLICATE } from './model';
import { tag } from './testing/fixtures';

const codes = (bytes: Uint8Array): DiagnosticCode[] =>
  decodeUidlHistory(bytes).diagnostics.map((d) => d.code);

describe('decodeUidlHistory', () => {
  it('says how Count and the tags found disagree', () => {
    const fewer = decodeUidlHistory(encodeUidlHistory({ count: 23, tags: [tag('a'), tag('b')] }));
    expect(fewer.diagnostics).toMatchObject([{ code: 'count-mismatch', start: 2, end: 4 }]);
    expect(fewer.diagnostics[0]?.message).toMatch(/Count says 23 but 2 tags are present/);

    const cut = encodeUidlHistory({ count: 3, tags: [tag('a'), tag('b', { terminated: false })] });
    expect(decodeUidlHistory(cut).diagnostics[0]?.message).toMatch(
      /Count says 3 but 1 terminated tag is present/,
    );
  });

  it('reads tag-like strings past Count as tags, flags them, and stops at the first that is not', () => {
    const bytes = encodeUidlHistory({
      count: 1,
      tags: [tag('a'), tag('b'), tag('c', { operation: '&' })],
      trailingHex: '00ff',
    });
    const history = decodeUidlHistory(bytes);
    expect(history.tags.length).toBe(3);
    expect([0, 1, 2].map((i) => tagAt(history, i).beyondCount)).toEqual([false, true, true]);
    expect(history.trailing).toEqual([{ start: bytes.length - 2, end: bytes.length }]);
    expect(codes(bytes)).toEqual(['count-mismatch', 'trailing-bytes']);
    expect(history.diagnostics[0]?.message).toMatch(/Count says 1 but 3 tags are present/);
  });

  it('keeps decoding after a wrong version, as version 3', () => {
    const history = decodeUidlHistory(encodeUidlHistory({ version: 7, tags: [tag('a')] }));
    expect(history.version.value).toBe(7);
    expect(history.diagnostics.map((d) => d.code)).toEqual(['bad-version']);
    expect(tagAt(history, 0).uid).toBe('a');
  });

  it('lists an unterminated last tag up to the file end', () => {
    const bytes = encodeUidlHistory({ tags: [tag('a'), tag('bcd', { terminated: false })] });
    const last = tagAt(decodeUidlHistory(bytes), 1);
    expect(last).toMatchObject({ terminated: false, end: bytes.length, uid: 'bcd' });
    expect(last.diagnosticCodes).toEqual(['unterminated-tag']);
  });

  it('gives the fields a short tag lacks empty ranges where it ran out', () => {
    const bytes = encodeUidlHistory({ tags: [tag('', { timestampRaw: '2012' })] });
    const view = tagAt(decodeUidlHistory(bytes), 0);
    expect(view.timestampRange).toEqual({ start: 6, end: 10 });
    expect(view.uidRange).toEqual({ start: 10, end: 10 });
    expect(view.timestamp).toBeNull();
    expect(view.diagnosticCodes).toEqual(['tag-too-short']);
    const empty = tagAt(decodeUidlHistory(new Uint8Array([3, 0, 1, 0, 0])), 0);
    expect(empty).toMatchObject({ operation: null, operationChar: '', start: 4, end: 5 });
    expect(empty.operationRange).toEqual({ start: 4, end: 4 });
  });

  it('decodes escapes in either case, keeps bad ones literally and names them', () => {
    const bytes = encodeUidlHistory({ tags: [tag('', { rawUid: 'a$2Eb$2ec$zz$' })] });
    const history = decodeUidlHistory(bytes);
    expect(tagAt(history, 0).uid).toBe('a.b.c$zz$');
    expect(history.diagnostics.map((d) => [d.code, d.end - d.start])).toEqual([
      ['bad-escape', 2],
      ['bad-escape', 1],
    ]);
  });

  it('names the first tag with a repeated UID, on the repeat only', () => {
    const bytes = encodeUidlHistory({
      tags: [tag('x.1'), tag('y'), tag('', { rawUid: 'x$2E1' }), tag('x.1')],
    });
    const history = decodeUidlHistory(bytes);
    const repeats = history.diagnostics.filter((d) => d.code === 'duplicate-uid');
    expect(repeats.map((d) => d.tag)).toEqual([2, 3]);
    for (const repeat of repeats) expect(repeat.message).toMatch(/same UID as tag 0/);
    expect([0, 1, 2, 3].map((i) => tagAt(history, i).duplicate)).toEqual([
      false,
      false,
      true,
      true,
    ]);
  });

  it('puts diagnostics in file order, file-level ones first at the same offset', () => {
    const bytes = encodeUidlHistory({ version: 9, count: 5, tags: [tag('a', { operation: '?' })] });
    expect(codes(bytes)).toEqual(['bad-version', 'count-mismatch', 'bad-operation']);
  });

  it('keeps at most maxDiagnostics, counting all of them', () => {
    const tags = Array.from({ length: 20 }, (_, i) => tag(`${i}`, { content: 'x' }));
    const history = decodeUidlHistory(encodeUidlHistory({ count: 25, tags }), {
      maxDiagnostics: 5,
    });
    expect(history.diagnostics).toHaveLength(5);
    expect(history.diagnostics[0]?.code).toBe('count-mismatch');
    expect(history.diagnosticsOmitted).toBe(16);
    expect(history.diagnosticCounts).toEqual({ 'bad-content': 20, 'count-mismatch': 1 });
    // The per-tag bits are never capped.
    expect(tagAt(history, 19).diagnosticCodes).toEqual(['bad-content']);
  });

  it('reports progress with bytes consumed, ending at the total', () => {
    const tags = Array.from({ length: 9000 }, (_, i) => tag(`uid${i}`));
    const bytes = encodeUidlHistory({ tags });
    const calls: Array<[number, number]> = [];
    decodeUidlHistory(bytes, { onProgress: (done, total) => calls.push([done, total]) });
    expect(calls.length).toBeGreaterThanOrEqual(3);
    expect(calls.at(-1)).toEqual([bytes.length, bytes.length]);
    for (let i = 1; i < calls.length; i++) {
      expect(calls[i]![0]).toBeGreaterThanOrEqual(calls[i - 1]![0]);
    }
  });
});

describe('tagIndexAt', () => {
  it('finds the tag of every byte, -1 in the header and trailing bytes', () => {
    const bytes = encodeUidlHistory({ tags: [tag('a'), tag('bb'), tag('ccc')], trailingHex: 'ff' });
    const history = decodeUidlHistory(bytes);
    const found = Array.from(bytes, (_, offset) => tagIndexAt(history, offset));
    const expected = Array.from(bytes, (_, offset) => {
      for (let i = 0; i < history.tags.length; i++) {
        if (offset >= history.tags.start[i]! && offset < history.tags.end[i]!) return i;
      }
      return -1;
    });
    expect(found).toEqual(expected);
    expect(found.slice(0, 4)).toEqual([-1, -1, -1, -1]);
    expect(found.at(-1)).toBe(-1);
    expect(tagIndexAt(history, bytes.length)).toBe(-1);
  });
});

describe('operationOf and contentOf', () => {
  it('name the bytes Outlook writes and nothing else', () => {
    expect(['+', '-', '&', '?'].map((c) => operationOf(c.charCodeAt(0)))).toEqual([
      'get',
      'delete',
      'get-and-delete',
      null,
    ]);
    expect([' ', 'h', 'b', 'B'].map((c) => contentOf(c.charCodeAt(0)))).toEqual([
      'none',
      'header',
      'body',
      null,
    ]);
  });
});

describe('repeated UIDs', () => {
  /** The tags a BLOB of these raw UIDs (bytes as given) flags as repeating an earlier one. */
  function repeated(...rawUids: number[][]): boolean[] {
    const prefix = [...new TextEncoder().encode('+b20120906131138')];
    const bytes = new Uint8Array([
      3,
      0,
      rawUids.length,
      0,
      ...rawUids.flatMap((uid) => [...prefix, ...uid, 0]),
    ]);
    const history = decodeUidlHistory(bytes);
    return Array.from(history.tags.flags, (flags) => (flags & TAG_DUPLICATE) !== 0);
  }
  const ascii = (text: string): number[] => [...new TextEncoder().encode(text)];

  // The reader hashes each character as it decodes it, on a different path for each way a
  // character can be written: a UID is a repeat whichever way each copy spells it (the
  // character last, so that its path gives the hash its final value).
  it.each([
    ['a letter, plain and as a needless escape', ascii('xA'), ascii('x$41')],
    ['a character written unescaped and escaped', ascii('x-'), ascii('x$2d')],
    ['a non-ASCII character as raw UTF-8 and as escapes', ascii('x\u00e9'), ascii('x$c3$a9')],
    ['a bad byte, raw and escaped (both U+FFFD)', [0x78, 0xff], ascii('x$ff')],
  ])('finds %s', (_, first, second) => {
    expect(repeated(first, second)).toEqual([false, true]);
    expect(repeated(second, first)).toEqual([false, true]);
  });
});
