import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_BAD_LINES, looksLikeUidlListing, parseUidlListing } from './listing';

describe('parseUidlListing', () => {
  it('reads a full server answer with status line, CRLF and the closing dot', () => {
    const text =
      '+OK 3 messages\r\n1 whqtswO00WBw418f9t5JxYwZ\r\n2 QhdPYR:00WBw1Ph7x7\r\n\r\n  3 abc-def\r\n.\r\n';
    const listing = parseUidlListing(text);
    expect([...listing.messages]).toEqual([
      { line: 2, number: 1, uid: 'whqtswO00WBw418f9t5JxYwZ' },
      { line: 3, number: 2, uid: 'QhdPYR:00WBw1Ph7x7' },
      { line: 5, number: 3, uid: 'abc-def' },
    ]);
    expect(listing.badLines).toEqual([]);
    expect(listing.badLineCount).toBe(0);
  });

  it('reads bare lines without status or dot', () => {
    expect([...parseUidlListing('1 a\n2 b').messages].map((m) => m.uid)).toEqual(['a', 'b']);
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
    expect([...result.messages]).toEqual([{ line: 6, number: 3, uid: 'ok' }]);
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

/**
 * RFC 1939's UIDL answer read the plain way, a string per line: the reading
 * `parseUidlListing` must give, by character codes, for any text.
 */
function readByLines(text: string) {
  const messages: { line: number; number: number; uid: string }[] = [];
  const badLines: { line: number; text: string; reason: string }[] = [];
  const numbers = new Map<number, number>();
  let closed = false;
  text.split(/\r\n|\n|\r/).forEach((raw, i) => {
    const line = i + 1;
    const trimmed = raw.trim();
    if (trimmed === '') return;
    const bad = (reason: string) => badLines.push({ line, text: raw, reason });
    if (closed) return bad("after the closing '.'");
    if (trimmed === '.') return void (closed = true);
    if (/^\+OK\b/i.test(trimmed)) {
      if (messages.length > 0) bad('a status line in the middle of the listing');
      return;
    }
    if (/^-ERR\b/i.test(trimmed)) return bad('the server answered with an error');
    const fields = trimmed.split(/[ \t]+/);
    if (!/^\d+$/.test(fields[0]!)) return bad('does not start with a message number');
    if (fields.length === 1) return bad('has no UID after the message number');
    if (fields.length > 2) return bad('has more than one UID (a UID cannot contain spaces)');
    const number = Number(fields[0]);
    const earlier = numbers.get(number);
    if (earlier !== undefined)
      return bad(`message number ${number} already given on line ${earlier}`);
    numbers.set(number, line);
    messages.push({ line, number, uid: fields[1]! });
  });
  return { messages, badLines };
}

describe('parseUidlListing, against a reading line by line', () => {
  // Pieces a listing is made of, and the characters that trip a reader up.
  const piece = fc.constantFrom(
    '+OK',
    '+ok 2 messages',
    '+OKAY',
    '-ERR',
    '-err x',
    '.',
    ' ',
    '\t',
    '\u00a0',
    '\ufeff',
    '\u2028',
    '\r',
    '\n',
    '\r\n',
    '1',
    '2',
    '07',
    '12345678901234567890',
    'abc',
    'QhdPYR:00WBw1Ph7x7',
    '$',
    'é',
    '_',
  );
  const text = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));

  it('reads any text the same way', () => {
    fc.assert(
      fc.property(text, (listing) => {
        const parsed = parseUidlListing(listing);
        expect({ messages: [...parsed.messages], badLines: parsed.badLines }).toEqual(
          readByLines(listing),
        );
        expect(parsed.badLineCount).toBe(parsed.badLines.length);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('parseUidlListing limits', () => {
  it(`keeps the first ${MAX_BAD_LINES} bad lines and counts the rest`, () => {
    const lines = Array.from({ length: MAX_BAD_LINES + 7 }, (_, i) => `junk ${i}`);
    const listing = parseUidlListing(['1 a', ...lines, '2 b'].join('\n'));
    expect(listing.badLineCount).toBe(MAX_BAD_LINES + 7);
    expect(listing.badLines).toHaveLength(MAX_BAD_LINES);
    expect(listing.badLines.at(-1)).toEqual({
      line: MAX_BAD_LINES + 1,
      text: `junk ${MAX_BAD_LINES - 1}`,
      reason: 'does not start with a message number',
    });
    expect([...listing.messages].map((m) => m.uid)).toEqual(['a', 'b']);
  });

  it('finds the message of a line and its number', () => {
    const { messages } = parseUidlListing('+OK\n1 a\n\n7 b\nx\n9 c');
    expect([2, 4, 6, 3, 5].map((line) => messages.indexOfLine(line))).toEqual([0, 1, 2, -1, -1]);
    expect(messages.numberOfLine(4)).toBe(7);
    expect(messages.numberOfLine(5)).toBeNull();
  });
});

describe('looksLikeUidlListing on a long text', () => {
  it('judges a million-line listing from its start', () => {
    const lines = Array.from({ length: 1_000_000 }, (_, i) => `${i + 1} uid-${i}`);
    expect(looksLikeUidlListing(lines.join('\r\n'))).toBe(true);
  });

  it('does not take a long hex dump whose start has a stray listing-like line', () => {
    const dump = Array.from(
      { length: 20_000 },
      (_, i) => `${i.toString(16).padStart(8, '0')}  03 00 01 00 2b 62 32 30  |...+b20|`,
    );
    expect(looksLikeUidlListing(['1 abc', ...dump].join('\n'))).toBe(false);
  });
});
