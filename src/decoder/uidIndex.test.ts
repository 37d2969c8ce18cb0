import { describe, expect, it } from 'vitest';
import { TextPool } from './textPool';
import { UidIndex } from './uidIndex';

describe('UidIndex', () => {
  it('pairs every repeated UID with its first tag, past growth of its columns', () => {
    const pool = new TextPool(16);
    const index = new UidIndex(pool, 0);
    const expected: Array<{ tag: number; first: number }> = [];
    const seen = new Map<string, number>();
    for (let tag = 0; tag < 5000; tag++) {
      const uid = `uid${(tag * 7919) % 3001}`;
      const start = pool.length;
      for (const char of uid) pool.push(char.charCodeAt(0));
      index.add(tag, start, pool.length);
      const first = seen.get(uid);
      if (first === undefined) seen.set(uid, tag);
      else expected.push({ tag, first });
    }
    expect(index.repeats()).toEqual(expected);
  });

  it('compares the text of UIDs whose hashes are equal', () => {
    const pool = new TextPool(16);
    const index = new UidIndex(pool, 0);
    // 'uid3pwu' and 'uida5fa' have the same 32-bit FNV-1a hash.
    ['uid3pwu', 'uida5fa', 'uid3pwu', 'uida5fa'].forEach((uid, tag) => {
      const start = pool.length;
      for (const char of uid) pool.push(char.charCodeAt(0));
      index.add(tag, start, pool.length);
    });
    expect(pool.hashRun(0, 7)).toBe(pool.hashRun(7, 14));
    expect(index.repeats()).toEqual([
      { tag: 2, first: 0 },
      { tag: 3, first: 1 },
    ]);
  });
});
