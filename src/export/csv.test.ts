import { describe, expect, it } from 'vitest';
import { compareWithServer } from '../compare/compare';
import { parseUidlListing } from '../compare/listing';
import { decodeUidlHistory, encodeUidlHistory } from '../decoder/index';
import { csvCell, toCsv } from './csv';

const decode = (uids: string[]) =>
  decodeUidlHistory(
    encodeUidlHistory({
      tags: uids.map((uid) => ({
        operation: 'get',
        content: 'body',
        timestampRaw: '20120906131138',
        uid,
      })),
    }),
  );

/** Splits RFC 4180 text into rows of cells (quoted cells may hold commas, quotes, line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    const pair = text.slice(i, i + 2);
    if (quoted && pair === '""') {
      cell += '"';
      i += 2;
    } else if (c === '"') {
      quoted = !quoted;
      i += 1;
    } else if (!quoted && (c === ',' || pair === '\r\n')) {
      row.push(cell);
      cell = '';
      if (c !== ',') {
        rows.push(row);
        row = [];
      }
      i += c === ',' ? 1 : 2;
    } else {
      cell += c;
      i += 1;
    }
  }
  return rows;
}

/** The documented way back to a value: drop the `'` that neutralised a cell. */
const valueOf = (cell: string) => (cell.startsWith("'") ? cell.slice(1) : cell);

describe('toCsv', () => {
  it('writes a header and one CRLF-ended row per tag', () => {
    const csv = toCsv(decode(['0BC535DB-EA63']));
    expect(csv).toBe(
      'index,start,end,operation,content,timestamp,timestampRaw,rawUid,uid,diagnostics\r\n' +
        '0,4,36,get,body,2012-09-06T13:11:38,20120906131138,0BC535DB$2dEA63,0BC535DB-EA63,\r\n',
    );
  });

  it('neutralises formula starts without losing the value', () => {
    const uids = ['-leading-dash', "=cmd|' /C calc'!A0", '@SUM(1+1)', '+1', "'quoted", 'plain'];
    const rows = parseCsv(toCsv(decode(uids))).slice(1);
    const uidCells = rows.map((row) => row[8]!);
    expect(uidCells).toEqual([
      "'-leading-dash",
      "'=cmd|' /C calc'!A0",
      "'@SUM(1+1)",
      "'+1",
      "''quoted",
      'plain',
    ]);
    expect(uidCells.map(valueOf)).toEqual(uids);
  });

  it('quotes commas, quotes and line breaks, doubling inner quotes', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\r\nlines')).toBe('"two\r\nlines"');
    expect(csvCell('\tTAB')).toBe('"\'\tTAB"');
    expect(csvCell(12)).toBe('12');
  });

  it('round-trips UIDs with quotes, commas and line breaks', () => {
    const uids = ['a"b', 'c,d', 'e\nf', 'g\rh'];
    const rows = parseCsv(toCsv(decode(uids))).slice(1);
    expect(rows.map((row) => valueOf(row[8]!))).toEqual(uids);
  });

  it('lists diagnostic codes and adds the verdict column for a comparison', () => {
    const history = decode(['dup', 'dup', 'gone']);
    const comparison = compareWithServer(history, parseUidlListing('1 dup'));
    const rows = parseCsv(toCsv(history, comparison));
    expect(rows[0]!.at(-1)).toBe('verdict');
    expect(rows.slice(1).map((row) => [row[9], row[10]])).toEqual([
      ['', 'fetched'],
      ['duplicate-uid', 'fetched'],
      ['', 'gone'],
    ]);
  });
});
