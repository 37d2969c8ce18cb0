import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeUidlHistory, encodeUidlHistory, uidOf } from '../decoder/index';
import { bodyTag } from '../decoder/testing/bodyTag';
import { createWorkingCopy, type WorkingCopy } from './index';

/**
 * Histories whose UIDs repeat (four UIDs among up to twelve tags), recorded a minute
 * apart in file order, so that the last record of a UID is also its latest: the
 * duplicate repair then has no UID to leave alone.
 */
const repeatCase = fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 12 }).chain((uids) =>
  fc.record({
    uids: fc.constant(uids),
    forget: fc.subarray(uids.map((_, i) => i)),
    add: fc.subarray(['a', 'e', 'f']),
  }),
);

/** 2012-09-06 13:mm:00, minute `i`. */
const minute = (i: number): string => `2012090613${String(i).padStart(2, '0')}00`;

function edited(c: { uids: string[]; forget: number[]; add: string[] }): WorkingCopy {
  const tags = c.uids.map((uid, i) => bodyTag('get', uid, minute(i)));
  let copy = createWorkingCopy(encodeUidlHistory({ tags }));
  if (c.forget.length > 0) copy = copy.apply({ kind: 'forget', tags: c.forget });
  const add = c.add.filter((uid) => !copy.holdsUid(uid));
  if (add.length > 0) {
    copy = copy.apply({
      kind: 'mark-fetched',
      uids: add,
      content: 'body',
      timestampRaw: minute(59),
    });
  }
  return copy;
}

const resultUids = (copy: WorkingCopy): string[] => {
  const { history } = copy.result();
  return Array.from({ length: history.tags.length }, (_, i) => uidOf(history, i));
};

describe('what a working copy looks up', () => {
  it('holds exactly the UIDs its result decodes to, at the tags still present', () => {
    fc.assert(
      fc.property(repeatCase, (c) => {
        const copy = edited(c);
        const held = new Set(resultUids(copy));
        for (const uid of ['a', 'b', 'c', 'd', 'e', 'f', 'g']) {
          expect(copy.holdsUid(uid)).toBe(held.has(uid));
          const kept = c.uids.flatMap((u, i) => (u === uid && !c.forget.includes(i) ? [i] : []));
          expect(copy.tagsWithUid(uid)).toEqual(kept);
          const why = copy.check({
            kind: 'mark-fetched',
            uids: [uid],
            content: 'body',
            timestampRaw: minute(59),
          });
          if (held.has(uid)) expect(why).toMatch(`UID "${uid}" is already in the history`);
          else expect(why).toBeNull();
        }
        for (let i = 0; i < c.uids.length; i++) {
          const why = copy.check({ kind: 'forget', tags: [i] });
          if (c.forget.includes(i))
            expect(why).toBe(`There is no tag ${i} in the working copy to forget.`);
          else expect(why).toBeNull();
        }
      }),
      { numRuns: 300 },
    );
  });

  it('proposes collapsing duplicates exactly when the result repeats a UID, and keeps the last of each', () => {
    fc.assert(
      fc.property(repeatCase, (c) => {
        const copy = edited(c);
        const repeats = copy.result().history.diagnosticCounts['duplicate-uid'] ?? 0;
        const offered = copy.proposals().some((p) => p.repair === 'duplicate-uids');
        expect(offered).toBe(repeats > 0);
        if (!offered) return;
        const before = resultUids(copy);
        const after = copy.apply({ kind: 'repair', repair: 'duplicate-uids' });
        const lastOfEach = before.filter((uid, i) => before.lastIndexOf(uid) === i);
        expect(resultUids(after)).toEqual(lastOfEach);
        expect(decodeUidlHistory(after.result().bytes).diagnosticCounts['duplicate-uid']).toBe(
          undefined,
        );
      }),
      { numRuns: 300 },
    );
  });
});
