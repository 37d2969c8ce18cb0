import { describe, expect, it } from 'vitest';
import { looksLikeUidlListing, parseUidlListing } from './listing';

describe('parseUidlListing', () => {
  it('reads a full server answer with status line, CRLF and the closing dot', () => {
    const text =
      '+OK 3 messages\r\n1 whqtswO00WBw418f9t5JxYwZ\r\n2 QhdPYR:00WBw1Ph7x7\r\n\r\n  3 abc-def\r\n.\r\n';
    expect(parseUidlListing(text)).toEqual({
      messages: [
        { line: 2, number: 1, uid: 'whqtswO00WBw418f9t5JxYwZ' },
        { line: 3, number: 2, uid: 'QhdPYR:00WBw1Ph7x7' },
        { line: 5, number: 3, uid: 'abc-def' },
      ],
      badLines: [],
    });
  });

  it('reads bare lines without status or dot', () => {
    expect(parseUidlListing('1 a\n2 b').messages.map((m) => m.uid)).toEqual(['a', 'b']);
  });

  it('reports bad lines with their number and text, and carries on', () => {
    const text = [
      '+OK',
      'UIDL',
      '1',
      '2 a b',
      'x y',
      '3 ok',
      '3 again',
      '-ERR no such message',
      '.',
      '4 late',
    ].join('\n');
    const result = parseUidlListing(text);
    expect(result.messages).toEqual([{ line: 6, number: 3, uid: 'ok' }]);
    expect(result.badLines.map(({ line, text }) => [line, text])).toEqual([
      [2, 'UIDL'],
      [3, '1'],
      [4, '2 a b'],
      [5, 'x y'],
      [7, '3 again'],
      [8, '-ERR no such message'],
      [10, '4 late'],
    ]);
    expect(result.badLines[4]!.reason).toBe('message number 3 already given on line 6');
  });
});

describe('looksLikeUidlListing', () => {
  it('takes a listing, with or without +OK and the closing dot', () => {
    expect(looksLikeUidlListing('+OK 2 messages\r\n1 abc\r\n2 def\r\n.\r\n')).toBe(true);
    expect(looksLikeUidlListing('1 whqtswO00WBw418f9t5JxYwZ')).toBe(true);
  });

  it('does not take a BLOB written as hex, base64 or a dump', () => {
    expect(looksLikeUidlListing('03 00 17 00 2B 62 32 30')).toBe(false);
    expect(looksLikeUidlListing('0300170022623230313230393036')).toBe(false);
    expect(looksLikeUidlListing('cb: 61 lpb: 030001002B62')).toBe(false);
    expect(looksLikeUidlListing('AwABACtiMjAxMjA5MDYxMzExMzg=')).toBe(false);
    expect(looksLikeUidlListing('00000000  03 00 01 00 2b 62 32 30  |...+b20|')).toBe(false);
    expect(looksLikeUidlListing('')).toBe(false);
  });
});
