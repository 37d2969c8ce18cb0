import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeUidlHistory,
  encodeUidlHistory,
  tagAt,
  toJson,
  type AuthoredTag,
  type HistoryJson,
} from './index';
import { brokenInvariants } from './testing/invariants';
import { timestampRaw, uid } from './testing/arbitraries';

const authoredTag: fc.Arbitrary<AuthoredTag> = fc.record({
  operation: fc.constantFrom('get', 'delete', 'get-and-delete'),
  content: fc.constantFrom('none', 'header', 'body'),
  timestampRaw,
  uid,
});

/** Well-formed histories, with their tags (UIDs made distinct). */
const wellFormed = fc
  .uniqueArray(authoredTag, { maxLength: 12, selector: (tag) => tag.uid })
  .map((tags) => ({ tags, bytes: encodeUidlHistory({ tags }) }));

const anyBytes = fc.uint8Array({ maxLength: 600 });
const afterHeader = fc
  .tuple(fc.integer({ min: 0, max: 0xffff }), fc.uint8Array({ maxLength: 600 }))
  .map(([count, rest]) => new Uint8Array([3, 0, count & 0xff, count >> 8, ...rest]));
/** Bytes that look like tags often: the characters a BLOB holds, with many 0x00. */
const tagLike = fc
  .array(fc.constantFrom(...'+-& hb0123456789$2dAZaz.\u0000\u00ff\u00e2'.split('')), {
    maxLength: 400,
  })
  .map((chars) => new Uint8Array([3, 0, 2, 0, ...chars.map((c) => c.charCodeAt(0))]));

const inputs = fc.oneof(anyBytes, afterHeader, tagLike);

describe('decodeUidlHistory on any bytes', () => {
  it('never throws and keeps every invariant', () => {
    fc.assert(
      fc.property(inputs, (bytes) => {
        expect(brokenInvariants(decodeUidlHistory(bytes), bytes.length)).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('keeps every invariant when diagnostics are capped low', () => {
    fc.assert(
      fc.property(inputs, fc.integer({ min: 0, max: 3 }), (bytes, max) => {
        const history = decodeUidlHistory(bytes, { maxDiagnostics: max });
        expect(history.diagnostics.length).toBeLessThanOrEqual(max);
        expect(brokenInvariants(history, bytes.length)).toEqual([]);
      }),
    );
  });

  it('is rebuilt byte for byte from its JSON export', () => {
    fc.assert(
      fc.property(inputs, (bytes) => {
        const json = JSON.parse(
          JSON.stringify(toJson(decodeUidlHistory(bytes), bytes)),
        ) as HistoryJson;
        expect(encodeUidlHistory(json)).toEqual(bytes);
      }),
      { numRuns: 300 },
    );
  });
});

describe('well-formed histories', () => {
  it('decode without diagnostics to the tags they were made from', () => {
    fc.assert(
      fc.property(wellFormed, ({ tags, bytes }) => {
        const history = decodeUidlHistory(bytes);
        const escapable = tags.some((tag) => /[^A-Za-z0-9]/.test(tag.uid ?? ''));
        expect(history.diagnostics).toEqual([]);
        expect(history.tags.length).toBe(tags.length);
        expect(history.escapes.length > 0).toBe(escapable);
        tags.forEach((tag, i) => {
          const view = tagAt(history, i);
          expect(view.uid).toBe(tag.uid);
          expect(view.operation).toBe(tag.operation);
          expect(view.content).toBe(tag.content);
          expect(view.timestampRaw).toBe(tag.timestampRaw);
          expect(view.timestamp).not.toBeNull();
        });
      }),
    );
  });

  it('are rebuilt byte for byte from their JSON, with or without the hex', () => {
    fc.assert(
      fc.property(wellFormed, ({ bytes }) => {
        const history = decodeUidlHistory(bytes);
        expect(encodeUidlHistory(toJson(history, bytes))).toEqual(bytes);
        expect(encodeUidlHistory(toJson(history))).toEqual(bytes);
      }),
    );
  });

  it('cut at any length, say how they were cut', () => {
    fc.assert(
      fc.property(
        wellFormed.filter(({ tags }) => tags.length > 0),
        fc.nat(),
        ({ tags, bytes }, cut) => {
          const length = cut % bytes.length;
          const prefix = bytes.subarray(0, length);
          const history = decodeUidlHistory(prefix);
          const codes = new Set(history.diagnostics.map((d) => d.code));
          expect(brokenInvariants(history, length)).toEqual([]);
          if (length < 4) {
            expect([...codes]).toEqual(['too-short']);
            return;
          }
          const full = decodeUidlHistory(bytes);
          const endsOnTag = length === 4 || Array.from(full.tags.end).includes(length);
          expect(codes.has('unterminated-tag')).toBe(!endsOnTag);
          expect(codes.has('count-mismatch')).toBe(true);
          expect(codes.has('too-short')).toBe(false);
          const terminated = Array.from(full.tags.end).filter((end) => end <= length).length;
          expect(history.tags.length).toBe(terminated + (endsOnTag ? 0 : 1));
          expect(tags.length).toBeGreaterThan(terminated);
        },
      ),
    );
  });
});
