import { describe, expect, it } from 'vitest';
import { allRows, comparisonRows, nearMissMessageCount } from './comparisonRows';
import { sampleComparison } from '../../compare/testing';

const { history, comparison } = sampleComparison();
const summary = (filter: Parameters<typeof comparisonRows>[2]) =>
  allRows(comparisonRows(history, comparison, filter)).map((row) => [
    row.number,
    row.uid,
    row.verdict,
    row.tags,
  ]);

describe('comparisonRows', () => {
  it('lists every server message in listing order, then the gone tags', () => {
    expect(summary('all')).toEqual([
      [1, 'kept-1', 'fetched', [0]],
      [2, 'del-2', 'deleted', [1]],
      [3, 'brand-new', 'new', []],
      [4, 'case-4', 'new', []],
      [null, 'gone-3', 'gone', [2]],
      [null, 'CASE-4', 'gone', [3]],
    ]);
  });

  it('keeps only the rows of one verdict', () => {
    expect(summary('new')).toEqual([
      [3, 'brand-new', 'new', []],
      [4, 'case-4', 'new', []],
    ]);
    expect(summary('gone').map(([, uid]) => uid)).toEqual(['gone-3', 'CASE-4']);
    expect(summary('fetched').map(([, uid]) => uid)).toEqual(['kept-1']);
  });

  it('attaches the near miss to both sides and filters the server side', () => {
    const all = allRows(comparisonRows(history, comparison, 'all'));
    const server = all.find((row) => row.uid === 'case-4')!;
    const gone = all.find((row) => row.uid === 'CASE-4')!;
    expect(server.nearMisses).toEqual([
      { line: 6, number: 4, serverUid: 'case-4', tag: 3, historyUid: 'CASE-4', difference: 'case' },
    ]);
    expect(gone.nearMisses).toEqual(server.nearMisses);
    expect(summary('near-miss')).toEqual([[4, 'case-4', 'new', []]]);
    expect(nearMissMessageCount(comparison)).toBe(1);
  });

  it('gives rows ids that stay the same across filters', () => {
    const ids = (filter: Parameters<typeof comparisonRows>[2]) =>
      allRows(comparisonRows(history, comparison, filter)).map((row) => row.id);
    expect(ids('all')).toEqual(['line-2', 'line-3', 'line-5', 'line-6', 'tag-2', 'tag-3']);
    expect(ids('new')).toEqual(['line-5', 'line-6']);
  });
});
