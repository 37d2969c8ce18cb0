import { describe, expect, it } from 'vitest';
import { decodeUidlHistory, encodeUidlHistory } from './index';
import { TextPool } from './textPool';
import { UidIndex } from './uidIndex';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const BLOCK = 4;

/** 32-bit multiply-xor hash step over one block of chars. */
function stepBlock(hash: number, block: string, factor: number): number {
  let h = hash;
  for (let i = 0; i < block.length; i++) h = Math.imul(h ^ block.charCodeAt(i), factor);
  return h;
}

/**
 * 2^stages distinct UIDs with one and the same hash (Joux's multicollision): at each
 * stage, two different 4-char blocks that take the running state to the same next
 * state, found by the birthday search; every choice of one block per stage collides.
 */
function multicollision(basis: number, factor: number, stages: number): string[] {
  let seed = 12345;
  const random = (): number => {
    // mulberry32
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), seed | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) % ALNUM.length;
  };
  let state = basis;
  const pairs: Array<[string, string]> = [];
  for (let stage = 0; stage < stages; stage++) {
    const seen = new Map<number, string>();
    for (;;) {
      let block = '';
      for (let i = 0; i < BLOCK; i++) block += ALNUM[random()];
      const next = stepBlock(state, block, factor);
      const other = seen.get(next);
      if (other !== undefined && other !== block) {
        pairs.push([other, block]);
        state = next;
        break;
      }
      seen.set(next, block);
    }
  }
  let uids = [''];
  for (const [a, b] of pairs) uids = uids.flatMap((uid) => [uid + a, uid + b]);
  return uids;
}

function indexOf(uids: string[], seed?: number): { index: UidIndex; pool: TextPool } {
  const pool = new TextPool(16);
  const index = new UidIndex(pool, uids.length, seed);
  uids.forEach((uid, tag) => {
    const start = pool.length;
    for (const char of uid) pool.push(char.charCodeAt(0));
    index.add(tag, start, pool.length);
  });
  return { index, pool };
}

describe('duplicate UIDs among crafted hash collisions', { timeout: 60_000 }, () => {
  // FNV-1a, the hash the index used to use, unseeded.
  const fnvCollisions = multicollision(0x811c9dc5, 0x01000193, 16).slice(0, 65_535);

  it('the crafted UIDs are distinct, valid and all share one 32-bit FNV-1a hash', () => {
    expect(new Set(fnvCollisions).size).toBe(65_535);
    expect(fnvCollisions.every((uid) => uid.length === 64 && /^[A-Za-z0-9]+$/.test(uid))).toBe(
      true,
    );
    const { pool } = indexOf(fnvCollisions.slice(0, 2));
    expect(pool.hashRun(0, 64)).toBe(pool.hashRun(64, 128));
  });

  it('takes a number of key comparisons linear in the tags, and finds the repeats', () => {
    const uids = [...fnvCollisions.slice(0, 65_000), ...fnvCollisions.slice(0, 500)];
    const { index } = indexOf(uids);
    expect(index.comparisons).toBeLessThanOrEqual(2 * uids.length);
    expect(index.repeats()).toEqual(
      Array.from({ length: 500 }, (_, i) => ({ tag: 65_000 + i, first: i })),
    );
  });

  it('decodes a history of them with no duplicate and no other diagnostic', () => {
    const bytes = encodeUidlHistory({
      tags: fnvCollisions.map((uid) => ({
        operation: 'get',
        content: 'body',
        timestampRaw: '20240712083015',
        uid,
      })),
    });
    const history = decodeUidlHistory(bytes);
    expect(history.tags.length).toBe(65_535);
    expect(history.diagnostics).toEqual([]);
  });

  it('stays within n log n comparisons even when every UID has one and the same hash', () => {
    // As if UIDs had been crafted against the index's own seed: every add gets hash 0.
    const distinct = fnvCollisions.slice(0, 8000);
    const uids = [...distinct, ...distinct.slice(0, 100)];
    const pool = new TextPool(16);
    const index = new UidIndex(pool, uids.length);
    uids.forEach((uid, tag) => {
      const start = pool.length;
      for (const char of uid) pool.push(char.charCodeAt(0));
      index.add(tag, start, pool.length, 0);
    });
    const repeats = index.repeats();
    const n = uids.length;
    expect(index.comparisons).toBeLessThanOrEqual(4 * n + 1024 + 2 * n * Math.log2(n));
    expect(repeats).toEqual(
      Array.from({ length: 100 }, (_, i) => ({ tag: distinct.length + i, first: i })),
    );
  });
});
