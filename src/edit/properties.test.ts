import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeUidlHistory,
  encodeUidlHistory,
  uidOf,
  type AuthoredTag,
  type DecodedHistory,
  type Operation,
} from '../decoder/index';
import { createWorkingCopy, type WorkingCopy } from './index';
import { timestampRaw, uid } from '../decoder/testing/arbitraries';

const operation = fc.constantFrom<Operation>('get', 'delete', 'get-and-delete');

const authoredTag: fc.Arbitrary<AuthoredTag> = fc.record({
  operation,
  content: fc.constantFrom('none', 'header', 'body'),
  timestampRaw,
  uid,
});

/** A well-formed history (distinct UIDs), the tags to forget, UIDs to add and operations to set. */
const editCase = fc
  .uniqueArray(authoredTag, { maxLength: 12, selector: (tag) => tag.uid })
  .chain((tags) =>
    fc.record({
      tags: fc.constant(tags),
      forget: fc.subarray(tags.map((_, i) => i)),
      add: fc.uniqueArray(uid, { maxLength: 6 }).map((uids) => {
        const present = new Set(tags.map((tag) => tag.uid));
        return uids.filter((u) => !present.has(u));
      }),
      setOperation: fc.option(fc.record({ tags: fc.subarray(tags.map((_, i) => i)), operation }), {
        nil: null,
      }),
      at: timestampRaw,
    }),
  );

type EditCase = typeof editCase extends fc.Arbitrary<infer T> ? T : never;

const uidsOf = (history: DecodedHistory): string[] =>
  Array.from({ length: history.tags.length }, (_, i) => uidOf(history, i));

const tagBytes = (bytes: Uint8Array, history: DecodedHistory, i: number): number[] =>
  Array.from(bytes.subarray(history.tags.start[i], history.tags.end[i]));

function edited(bytes: Uint8Array, c: EditCase): WorkingCopy {
  let copy = createWorkingCopy(bytes);
  if (c.forget.length > 0) copy = copy.apply({ kind: 'forget', tags: c.forget });
  if (c.add.length > 0) {
    copy = copy.apply({ kind: 'mark-fetched', uids: c.add, content: 'body', timestampRaw: c.at });
  }
  const change = c.setOperation;
  if (change) {
    const edit = {
      kind: 'set-operation' as const,
      tags: change.tags.filter((i) => !c.forget.includes(i)),
      operation: change.operation,
    };
    if (copy.check(edit) === null) copy = copy.apply(edit);
  }
  return copy;
}

describe('a working copy of a well-formed history', () => {
  it('forgets and adds exactly what it is told, keeping every other tag byte for byte', () => {
    fc.assert(
      fc.property(editCase, (c) => {
        const bytes = encodeUidlHistory({ tags: c.tags });
        const before = bytes.slice();
        const copy = edited(bytes, c);
        const result = copy.result();

        // The result is what the decoder makes of the bytes, and it has nothing to say.
        const decoded = decodeUidlHistory(result.bytes);
        expect(decoded.diagnostics).toEqual([]);
        expect(result.valid).toBe(true);

        const kept = c.tags.map((_, i) => i).filter((i) => !c.forget.includes(i));
        expect(uidsOf(decoded)).toEqual([...kept.map((i) => c.tags[i]!.uid), ...c.add]);
        expect(decoded.count.value).toBe(decoded.tags.length);

        // Untouched tags: the same bytes, in the same order.
        const original = decodeUidlHistory(bytes);
        const changed = new Set(
          copy
            .changes()
            .lines.flatMap((line) => (line.kind === 'operation' ? line.originalTags : [])),
        );
        kept.forEach((index, position) => {
          const now = tagBytes(result.bytes, decoded, position);
          const then = tagBytes(bytes, original, index);
          if (!changed.has(index)) expect(now).toEqual(then);
          else expect(now.slice(1)).toEqual(then.slice(1)); // only the operation byte differs
        });

        const summary = copy.changes();
        expect(summary.forgotten).toBe(c.forget.length);
        expect(summary.added).toBe(c.add.length);
        expect(summary.changed).toBe(changed.size);
        expect(bytes).toEqual(before);
      }),
      { numRuns: 300 },
    );
  });

  it('gives back the original bytes when every edit is undone, and the same result when redone', () => {
    fc.assert(
      fc.property(editCase, (c) => {
        const bytes = encodeUidlHistory({ tags: c.tags });
        const copy = edited(bytes, c);
        let undone = copy;
        while (undone.canUndo) undone = undone.undo();
        expect(undone.edits).toEqual([]);
        expect(undone.result().bytes).toEqual(bytes);
        let redone = undone;
        while (redone.canRedo) redone = redone.redo();
        expect(redone.result().bytes).toEqual(copy.result().bytes);
        expect(redone.changes()).toEqual(copy.changes());
      }),
      { numRuns: 200 },
    );
  });
});

/** Bytes that look like tags often, as in the decoder's own property tests. */
const tagLike = fc
  .tuple(
    fc.integer({ min: 0, max: 6 }),
    fc.array(fc.constantFrom(...'+-& hb0123456789$2dAZaz.\u0000\u00ff'.split('')), {
      maxLength: 300,
    }),
  )
  .map(([count, chars]) => new Uint8Array([3, 0, count, 0, ...chars.map((c) => c.charCodeAt(0))]));
const anyInput = fc.oneof(fc.uint8Array({ maxLength: 300 }), tagLike);

describe('a working copy of any bytes', () => {
  it('writes the original bytes again before any edit', () => {
    fc.assert(
      fc.property(anyInput, (bytes) => {
        expect(createWorkingCopy(bytes).result().bytes).toEqual(bytes);
      }),
      { numRuns: 300 },
    );
  });

  it('runs out of repairs, and then has no Count, trailing or cut-short fault left', () => {
    fc.assert(
      fc.property(anyInput, (bytes) => {
        let copy = createWorkingCopy(bytes);
        for (let round = 0; round < 10 && copy.proposals().length > 0; round++) {
          copy = copy.apply({ kind: 'repair', repair: copy.proposals()[0]!.repair });
        }
        expect(copy.proposals()).toEqual([]);
        if (copy.history.count.value === null) return;
        const counts = copy.result().history.diagnosticCounts;
        expect(counts['count-mismatch'] ?? 0).toBe(0);
        expect(counts['trailing-bytes'] ?? 0).toBe(0);
        expect(counts['unterminated-tag'] ?? 0).toBe(0);
        let undone = copy;
        while (undone.canUndo) undone = undone.undo();
        expect(undone.result().bytes).toEqual(bytes);
      }),
      { numRuns: 300 },
    );
  });
});
