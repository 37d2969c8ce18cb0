import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeUidlHistory, encodeUidlHistory } from '../../decoder';
import { workedExampleBytes } from '../../decoder/testing/workedExample';
import { escapeCells } from './escapeCells';

function cellsOf(bytes: Uint8Array, tag = 0) {
  return escapeCells(decodeUidlHistory(bytes), bytes, tag);
}

describe('escapeCells', () => {
  const bytes = workedExampleBytes();
  const cells = cellsOf(bytes);

  it('gives each $2d escape one cell spanning its three bytes, decoded to "-"', () => {
    const escapes = cells.filter((c) => c.kind === 'escape');
    expect(escapes).toHaveLength(4);
    for (const cell of escapes) {
      expect(cell.end - cell.start).toBe(3);
      expect(cell.hex).toEqual(['24', '32', '64']);
      expect(cell.ascii).toEqual(['$', '2', 'd']);
      expect(cell.decoded).toBe('-');
      expect(cell.escape).not.toBeNull();
    }
  });

  it('covers the UID and its terminator byte by byte, with no gap or overlap', () => {
    // Tag 0 begins at 4, its UID 16 bytes later; 44 UID bytes, then its 0x00 at 64.
    expect(cells[0]?.start).toBe(20);
    for (let k = 1; k < cells.length; k++) expect(cells[k]?.start).toBe(cells[k - 1]?.end);
    const last = cells.at(-1);
    expect(last).toMatchObject({ kind: 'terminator', start: 64, end: 65, hex: ['00'] });
    const hexCount = cells.reduce((n, c) => n + c.hex.length, 0);
    expect(hexCount).toBe(45);
  });

  it('reads back the decoded UID from the cells', () => {
    const decoded = cells.map((c) => c.decoded).join('');
    expect(decoded).toBe('0BC535DB-EA63-11E1-A75C-00215AD7BB74');
  });

  it('marks a malformed escape, a needless one and an unescaped character', () => {
    const odd = encodeUidlHistory({
      tags: [
        { operation: 'get', content: 'body', timestampRaw: '20120906131138', rawUid: 'a$zq$41.b' },
      ],
    });
    const kinds = cellsOf(odd).map((c) => [c.kind, c.ascii.join('')]);
    expect(kinds).toEqual([
      ['char', 'a'],
      ['bad-escape', '$'],
      ['char', 'z'],
      ['char', 'q'],
      ['needless-escape', '$41'],
      ['unescaped', '.'],
      ['char', 'b'],
      ['terminator', ''],
    ]);
  });

  it('leaves out the terminator of a tag the file cuts short', () => {
    const cut = encodeUidlHistory({
      tags: [
        {
          operation: 'get',
          content: 'body',
          timestampRaw: '20120906131138',
          uid: 'ab',
          terminated: false,
        },
      ],
    });
    expect(cellsOf(cut).map((c) => c.kind)).toEqual(['char', 'char']);
  });

  it('keeps an unescaped UTF-8 character in one cell, and marks bytes that are not UTF-8', () => {
    const nonAscii = new Uint8Array(readFileSync('fixtures/non-ascii-uid.bin'));
    const cells = cellsOf(nonAscii);
    expect(cells.map((c) => c.decoded).join('')).toBe('caf\u00e9\u20ac1');
    expect(cells.find((c) => c.decoded === '\u20ac')).toMatchObject({
      kind: 'unescaped',
      hex: ['E2', '82', 'AC'],
    });

    const badUtf8 = new Uint8Array(readFileSync('fixtures/diag-bad-utf8.bin'));
    const history = decodeUidlHistory(badUtf8);
    const kinds = Array.from({ length: history.tags.length }, (_, tag) =>
      escapeCells(history, badUtf8, tag).map((c) => c.kind),
    ).flat();
    expect(kinds).toContain('bad-utf8');
  });

  it('draws an invisible character as its stand-in, escaped or written as UTF-8', () => {
    // `A$0aB` then U+202E (E2 80 AE) and U+200B (E2 80 8B) unescaped, then `C`.
    const prefix = [...'+b20120906131138A$0aB'].map((c) => c.charCodeAt(0));
    const tagBytes = [...prefix, 0xe2, 0x80, 0xae, 0xe2, 0x80, 0x8b, 0x43, 0];
    const bytes = Uint8Array.from([3, 0, 1, 0, ...tagBytes]);
    const cells = cellsOf(bytes).filter((c) => c.kind !== 'terminator');
    expect(cells.map((c) => [c.decoded, c.invisible])).toEqual([
      ['A', false],
      ['\u240a', true],
      ['B', false],
      ['U+202E', true],
      ['U+200B', true],
      ['C', false],
    ]);
    expect(cells.map((c) => c.char).join('')).toBe('A\nB\u202e\u200bC');
  });

  it('gives an escaped UTF-8 character one cell over its escapes, and bad escaped bytes theirs', () => {
    // UID at 20: c a f, then $c3$a9 at 23..29 ("é"), then $e9 at 29..32 (not UTF-8), 0x00 at 32.
    const uid = new TextEncoder().encode('+b20240712083015caf$c3$a9$e9');
    const bytes = new Uint8Array([0x03, 0x00, 0x01, 0x00, ...uid, 0x00]);
    const cells = cellsOf(bytes);
    expect(cells.map((c) => [c.kind, c.start, c.end, c.char])).toEqual([
      ['char', 20, 21, 'c'],
      ['char', 21, 22, 'a'],
      ['char', 22, 23, 'f'],
      ['escape', 23, 29, '\u00e9'],
      ['bad-utf8', 29, 32, '\ufffd'],
      ['terminator', 32, 33, ''],
    ]);
    expect(cells[3]?.ascii).toEqual(['$', 'c', '3', '$', 'a', '9']);
  });
});
