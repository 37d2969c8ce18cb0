import { describe, expect, it } from 'vitest';
import { decodeUidlHistory, encodeUidlHistory } from '../decoder/index';
import { compareWithServer } from './compare';
import { parseUidlListing } from './listing';
import { bodyTag as tag } from '../decoder/testing/bodyTag';

// Tags: 0 kept, 1 fetched-then-deleted (two records), 3 get-and-delete, 4 gone,
// 5 case near-miss, 6 whitespace near-miss, 7 an unknown operation.
const history = decodeUidlHistory(
  encodeUidlHistory({
    tags: [
      tag('get', 'kept-1'),
      tag('get', 'both-2'),
      tag('delete', 'both-2'),
      tag('get-and-delete', 'gad-3'),
      tag('get', 'gone-4'),
      tag('get', 'CASE-5'),
      tag('get', ' space-6'),
      tag('?', 'odd-7'),
    ],
  }),
);

const listing = parseUidlListing(
  [
    '+OK',
    '1 kept-1',
    '2 both-2',
    '3 gad-3',
    '4 case-5',
    '5 space-6',
    '6 odd-7',
    '7 brand-new',
    '.',
  ].join('\r\n'),
);

describe('compareWithServer', () => {
  const comparison = compareWithServer(history, listing);

  it('gives each server message its verdict; delete wins over get', () => {
    expect([...comparison.messages].map((m) => [m.uid, m.verdict, m.tags])).toEqual([
      ['kept-1', 'fetched', [0]],
      ['both-2', 'deleted', [1, 2]],
      // A get-and-delete the server still lists: the delete Outlook asked for did not happen.
      ['gad-3', 'deleted', [3]],
      ['case-5', 'new', []],
      ['space-6', 'new', []],
      ['odd-7', 'new', [7]],
      ['brand-new', 'new', []],
    ]);
  });

  it('marks history entries the server no longer lists as gone', () => {
    expect(comparison.tagVerdicts).toEqual([
      'fetched',
      'deleted',
      'deleted',
      'deleted',
      'gone',
      'gone',
      'gone',
      'new',
    ]);
    expect(comparison.counts).toEqual({ fetched: 1, deleted: 2, new: 4, gone: 3 });
  });

  it('flags UIDs that differ only in case or surrounding whitespace', () => {
    expect(comparison.nearMisses).toEqual([
      { line: 5, serverUid: 'case-5', tag: 5, historyUid: 'CASE-5', difference: 'case' },
      { line: 6, serverUid: 'space-6', tag: 6, historyUid: ' space-6', difference: 'whitespace' },
    ]);
  });

  it('pairs a gone tag with a server UID that another tag matches exactly', () => {
    const twoCases = decodeUidlHistory(
      encodeUidlHistory({ tags: [tag('get', 'abc'), tag('get', 'ABC')] }),
    );
    const result = compareWithServer(twoCases, parseUidlListing('1 abc'));
    expect(result.tagVerdicts).toEqual(['fetched', 'gone']);
    expect(result.nearMisses).toEqual([
      { line: 1, serverUid: 'abc', tag: 1, historyUid: 'ABC', difference: 'case' },
    ]);
  });

  it('takes the verdict from the latest record with a known operation', () => {
    // Per UID, in file order: get then get-and-delete; delete then get; get then an
    // unknown operation; get-and-delete alone; get alone.
    const sequences = decodeUidlHistory(
      encodeUidlHistory({
        tags: [
          tag('get', 'a'),
          tag('get-and-delete', 'a'),
          tag('delete', 'b'),
          tag('get', 'b'),
          tag('get', 'c'),
          tag('?', 'c'),
          tag('get-and-delete', 'd'),
          tag('get', 'e'),
        ],
      }),
    );
    const result = compareWithServer(sequences, parseUidlListing('1 a\n2 b\n3 c\n4 d\n5 e'));
    expect([...result.messages].map((m) => [m.uid, m.verdict])).toEqual([
      ['a', 'deleted'],
      ['b', 'fetched'],
      ['c', 'fetched'],
      ['d', 'deleted'],
      ['e', 'fetched'],
    ]);
  });

  it('carries the listing’s bad lines along', () => {
    const result = compareWithServer(history, parseUidlListing('1 kept-1\nnonsense'));
    expect(result.badLines).toEqual([
      { line: 2, text: 'nonsense', reason: 'does not start with a message number' },
    ]);
  });

  it('names each new UID once, by the first line that lists it', () => {
    const result = compareWithServer(
      history,
      parseUidlListing('1 brand-new\n2 kept-1\n3 other-new\n4 brand-new\n5 case-5'),
    );
    expect(Array.from(result.distinctNew, (i) => result.messages.uid(i))).toEqual([
      'brand-new',
      'other-new',
      'case-5',
    ]);
    expect(Array.from(result.distinctNew)).toEqual([0, 2, 4]);
  });
});
