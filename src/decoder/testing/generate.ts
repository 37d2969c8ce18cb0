import { encodeUidlHistory, type AuthoredTag } from '../encode';

/** mulberry32: a small seeded generator, so every run makes the same history (and fuzz run). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const two = (n: number): string => String(n).padStart(2, '0');

/**
 * Tags in the styles real POP3 servers give UIDs (Exchange GUIDs, Gmail ids, qmail and
 * maildir names, time.sequence numbers, Dovecot hex), all different, with timestamps
 * that move forward a few seconds to hours at a time.
 */
export function makeLargeTags(tagCount: number, seed: number): AuthoredTag[] {
  const random = seededRandom(seed);
  const hex = (size: number, upper = false): string => {
    let out = '';
    for (let i = 0; i < size; i++) out += Math.floor(random() * 16).toString(16);
    return upper ? out.toUpperCase() : out;
  };
  let time = Date.UTC(2019, 0, 1, 8, 0, 0);
  const tags: AuthoredTag[] = [];
  for (let i = 0; i < tagCount; i++) {
    time += Math.floor(random() * random() * 4 * 3600_000) + 1000;
    const at = new Date(time);
    const timestampRaw = `${at.getUTCFullYear()}${two(at.getUTCMonth() + 1)}${two(at.getUTCDate())}${two(at.getUTCHours())}${two(at.getUTCMinutes())}${two(at.getUTCSeconds())}`;
    const seconds = Math.floor(time / 1000);
    const style = Math.floor(random() * 5);
    let uid: string;
    if (style === 0) {
      uid = `${hex(8, true)}-${hex(4, true)}-11E1-${hex(4, true)}-${hex(8, true)}${i.toString(16).padStart(4, '0').toUpperCase()}`;
    } else if (style === 1) {
      uid = `GmailId${hex(10)}${i.toString(16).padStart(6, '0')}`;
    } else if (style === 2) {
      uid = `${seconds}.${i}`;
    } else if (style === 3) {
      uid = `${seconds}.M${Math.floor(random() * 999999)}P${i}.mx${1 + (i % 3)}.example.net,S=${Math.floor(random() * 90000) + 400}`;
    } else {
      uid = `${i.toString(16).padStart(8, '0')}${hex(8)}`;
    }
    const roll = random();
    const [operation, content] =
      roll < 0.7 ? ['+', 'b'] : roll < 0.8 ? ['+', 'h'] : roll < 0.92 ? ['-', ' '] : ['&', 'b'];
    tags.push({ operation: operation ?? '+', content: content ?? 'b', timestampRaw, uid });
  }
  return tags;
}

/** A well-formed history of `tagCount` tags (65,535 is the most Count can announce). */
export function makeLargeHistory(tagCount: number, seed: number): Uint8Array {
  return encodeUidlHistory({ count: tagCount & 0xffff, tags: makeLargeTags(tagCount, seed) });
}

/** The i-th of a run of server GUIDs in the worked example's style. */
export const guidUid = (i: number): string =>
  `0BC535DB-EA63-11E1-A75C-${i.toString(16).padStart(12, '0')}`;

/** `count` fetched-body tags of the UIDs `guidUid(0..count)`, every third one a delete. */
export function makeGuidHistory(count: number): Uint8Array {
  return encodeUidlHistory({
    tags: Array.from({ length: count }, (_, i) => ({
      operation: i % 3 === 0 ? 'delete' : 'get',
      content: 'body',
      timestampRaw: '20120906131138',
      uid: guidUid(i),
    })),
  });
}
