import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  decodeUidlHistory,
  encodeUidlHistory,
  rawUidOf,
  uidOf,
  type AuthoredTag,
} from '../../decoder';
import {
  NO_TAG_FILTER,
  sortByKey,
  tagOrder,
  warmUp,
  type SortColumn,
  type TagFilter,
} from './tagOrder';
import { RANK_SLICE, stringRank } from './stringRank';

const tag = (
  operation: string,
  content: string,
  timestampRaw: string,
  uid: string,
): AuthoredTag => ({ operation, content, timestampRaw, uid });

const history = decodeUidlHistory(
  encodeUidlHistory({
    tags: [
      tag('get', 'body', '20120906131138', 'b-2'),
      tag('delete', 'header', '20110101000000', 'A.1'),
      tag('get-and-delete', 'none', '20130101000000', 'c@3'),
      tag('get', 'body', '20120101000000', 'Zz'),
    ],
  }),
);

const all: TagFilter = NO_TAG_FILTER;
const sorted = (column: SortColumn, desc = false) => [...tagOrder(history, { column, desc }, all)];
const filtered = (filter: Partial<TagFilter>) => [
  ...tagOrder(history, null, { ...all, ...filter }),
];

describe('tagOrder sorting', () => {
  it('keeps file order without a sort', () => {
    expect([...tagOrder(history, null, all)]).toEqual([0, 1, 2, 3]);
  });

  it('orders by timestamp digits, both ways', () => {
    expect(sorted('timestamp')).toEqual([1, 3, 0, 2]);
    expect(sorted('timestamp', true)).toEqual([2, 0, 3, 1]);
  });

  it('orders decoded UIDs by code unit, upper case before lower case', () => {
    expect(sorted('uid')).toEqual([1, 3, 0, 2]);
  });

  it('orders raw UIDs as stored, escapes included', () => {
    // A$2e1, Zz, b$2d2, c$403
    expect(sorted('rawUid')).toEqual([1, 3, 0, 2]);
  });

  it('orders operations by name and keeps file order among equal ones, both ways', () => {
    expect(sorted('operation')).toEqual([1, 0, 3, 2]);
    expect(sorted('operation', true)).toEqual([2, 0, 3, 1]);
  });

  it('orders by offset, and by index backwards', () => {
    expect(sorted('offset')).toEqual([0, 1, 2, 3]);
    expect(sorted('index', true)).toEqual([3, 2, 1, 0]);
  });
});

describe('tagOrder filtering', () => {
  it('keeps one operation or one content', () => {
    expect(filtered({ operation: '+'.charCodeAt(0) })).toEqual([0, 3]);
    expect(filtered({ content: 'h'.charCodeAt(0) })).toEqual([1]);
    expect(filtered({ operation: '+'.charCodeAt(0), content: ' '.charCodeAt(0) })).toEqual([]);
  });

  it('finds a decoded UID by any part, ignoring case', () => {
    expect(filtered({ search: 'a.' })).toEqual([1]);
    expect(filtered({ search: '@' })).toEqual([2]);
  });

  it('finds a raw UID by its escape text', () => {
    expect(filtered({ search: '$2D' })).toEqual([0]);
  });

  it('finds what a case-free search of "raw UID, newline, UID" per tag finds', () => {
    const char = fc.constantFrom('a', 'B', 'z', '1', '-', '.', '$', 'é', 'É', 'İ', '€');
    const text = fc.array(char, { minLength: 1, maxLength: 8 }).map((c) => c.join(''));
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 6 }), text, (uids, query) => {
        const h = decodeUidlHistory(
          encodeUidlHistory({ tags: uids.map((uid) => tag('get', 'body', '20120906131138', uid)) }),
        );
        const needle = query.toLowerCase();
        const expected = uids
          .map((_, i) => i)
          .filter((i) => `${rawUidOf(h, i)}\n${uidOf(h, i)}`.toLowerCase().includes(needle));
        expect([...tagOrder(h, null, { ...all, search: query })]).toEqual(expected);
        // Each UID's own raw text and a piece of it, in another case.
        const raw = rawUidOf(h, uids.length - 1);
        for (const piece of [raw, raw.slice(1, 5).toUpperCase()]) {
          expect([...tagOrder(h, null, { ...all, search: piece })]).toContain(uids.length - 1);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('matches nothing for an absent UID', () => {
    expect(filtered({ search: 'nowhere' })).toEqual([]);
  });

  it('keeps the tags with one diagnostic code, from their bits', () => {
    // Tags 1 and 3 repeat the UIDs of tags 0 and 2: duplicate-uid on 1 and 3 only.
    const repeated = decodeUidlHistory(
      encodeUidlHistory({
        tags: ['x', 'x', 'y', 'y'].map((uid) => tag('get', 'body', '20120906131138', uid)),
      }),
    );
    expect([...tagOrder(repeated, null, { ...all, diagnostic: 'duplicate-uid' })]).toEqual([1, 3]);
    expect([...tagOrder(repeated, null, { ...all, diagnostic: 'bad-escape' })]).toEqual([]);
  });

  it('keeps one verdict, and sorts by verdict, given the comparison', () => {
    const verdicts = ['fetched', 'gone', 'deleted', 'fetched'] as const;
    const context = { verdicts };
    expect([...tagOrder(history, null, { ...all, verdict: 'fetched' }, context)]).toEqual([0, 3]);
    expect([...tagOrder(history, { column: 'verdict', desc: false }, all, context)]).toEqual([
      0, 3, 2, 1,
    ]);
  });
});

describe('stringRank', () => {
  it('ranks like a plain code-unit sort, equal strings equally', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 9 }), { maxLength: 40 }), (keys) => {
        const rank = stringRank(keys);
        for (let a = 0; a < keys.length; a++) {
          for (let b = 0; b < keys.length; b++) {
            const ka = keys[a] ?? '';
            const kb = keys[b] ?? '';
            const expected = ka < kb ? -1 : ka > kb ? 1 : 0;
            expect(Math.sign((rank[a] ?? 0) - (rank[b] ?? 0))).toBe(expected);
          }
        }
      }),
    );
  });
});

describe('stringRank over several slices', () => {
  it('ranks like a plain code-unit sort when runs of RANK_SLICE are merged', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const keys = Array.from({ length: 3 * RANK_SLICE + 5 }, () =>
      // Shared prefixes and repeats, as zero-padded ids have.
      `0000${Math.floor(random() * 5000)}`.slice(-8 + Math.floor(random() * 3)),
    );
    const rank = stringRank(keys);
    const order = [...keys.keys()].sort((a, b) => (rank[a] ?? 0) - (rank[b] ?? 0));
    for (let k = 1; k < order.length; k++) {
      const previous = keys[order[k - 1]!]!;
      const current = keys[order[k]!]!;
      expect(previous <= current).toBe(true);
      expect(rank[order[k]!] === rank[order[k - 1]!]).toBe(previous === current);
    }
  });
});

describe('sortByKey', () => {
  it('orders like a comparison sort, ties in file order both ways, for small keys and large', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.nat(8), fc.nat(2 ** 31)), { maxLength: 60 }),
        fc.array(fc.boolean(), { maxLength: 60 }),
        fc.boolean(),
        (keys, kept, desc) => {
          const order = Uint32Array.from([...keys.keys()].filter((i) => kept[i] ?? true));
          const expected = [...order].sort(
            (a, b) => (desc ? -1 : 1) * ((keys[a] ?? 0) - (keys[b] ?? 0)) || a - b,
          );
          sortByKey(order, keys, desc);
          expect([...order]).toEqual(expected);
        },
      ),
    );
  });
});

describe('warmUp', () => {
  it('builds the keys that sorting and searching then use, with the same results', () => {
    const columns: SortColumn[] = ['uid', 'timestamp', 'rawUid'];
    const before = columns.map((column) => sorted(column));
    const warmed = decodeUidlHistory(history.bytes);
    const steps = warmUp(warmed);
    while (!steps.next().done);
    expect(columns.map((column) => [...tagOrder(warmed, { column, desc: false }, all)])).toEqual(
      before,
    );
    expect([...tagOrder(warmed, null, { ...all, search: '$2d' })]).toEqual([0]);
  });

  it('leaves a key built in part to be finished by the first search or sort that needs it', () => {
    const count = RANK_SLICE + 3;
    const large = decodeUidlHistory(
      encodeUidlHistory({
        tags: Array.from({ length: count }, (_, i) =>
          tag('get', 'body', '20120906131138', `u${count - i}`),
        ),
      }),
    );
    warmUp(large).next();
    expect([...tagOrder(large, null, { ...all, search: 'U1' })]).toHaveLength(1111);
    expect([...tagOrder(large, null, { ...all, search: `u${count}` })]).toEqual([0]);
    expect(tagOrder(large, { column: 'uid', desc: true }, all)[0]).toBe(count - 999);
  });
});
