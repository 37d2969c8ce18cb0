import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeUidlHistory, encodeUidlHistory, toJson } from './index';
import { makeLargeHistory, makeLargeTags } from './testing/generate';
import * as oracle from './testing/oracle/index';

/**
 * The single-pass decoder against the one it replaced (testing/oracle): the same JSON
 * export (every field of every tag, escapes, trailing ranges, hex) and the same
 * diagnostics (code, severity, range, message, tag) and counts, for any input.
 */
const UNCAPPED = { maxDiagnostics: 1_000_000 };

function expectSameAsOracle(bytes: Uint8Array): void {
  const decoded = toJson(decodeUidlHistory(bytes, UNCAPPED), bytes);
  const expected = oracle.toJson(oracle.decodeUidlHistory(bytes, UNCAPPED), bytes);
  expect(decoded).toEqual(expected);
}

const anyBytes = fc.uint8Array({ maxLength: 600 });
const afterHeader = fc
  .tuple(fc.integer({ min: 0, max: 0xffff }), fc.uint8Array({ maxLength: 600 }))
  .map(([count, rest]) => new Uint8Array([3, 0, count & 0xff, count >> 8, ...rest]));
/** Bytes that look like tags often, with escapes good and bad and UTF-8 good and bad. */
const tagLike = fc
  .array(
    fc.oneof(
      fc.constantFrom(...'+-& hb0123456789$2dAZaz.\u0000'.split('').map((c) => [c.charCodeAt(0)])),
      fc.constantFrom([0x24, 0x65, 0x39], [0x24, 0x34, 0x31], [0x24, 0x30, 0x30], [0x24, 0x46]),
      fc.constantFrom([0xc3, 0xa9], [0xe2, 0x82, 0xac], [0xf0, 0x9f, 0x98, 0x80], [0xe2, 0x82]),
      fc.constantFrom([0xff], [0x80], [0xed, 0xa0, 0x80], [0x01], [0x7f], [0x20]),
      fc.constantFrom(...'+b2024071208301'.split('').map((c) => [c.charCodeAt(0)])),
    ),
    { maxLength: 300 },
  )
  .chain((pieces) =>
    fc
      .integer({ min: 0, max: 6 })
      .map((count) => new Uint8Array([3, 0, count, 0, ...pieces.flat()])),
  );
/** Generated histories of realistic UIDs, with some bytes overwritten. */
const damaged = fc
  .tuple(
    fc.integer({ min: 0, max: 40 }),
    fc.integer({ min: 1, max: 1000 }),
    fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }),
    fc.boolean(),
  )
  .map(([tags, seed, edits, repeat]) => {
    const authored = makeLargeTags(tags, seed);
    if (repeat && authored.length > 2) authored.push(authored[1]!, authored[0]!);
    const bytes = encodeUidlHistory({ tags: authored });
    for (const [at, value] of edits) if (bytes.length > 0) bytes[at % bytes.length] = value;
    return bytes;
  });

describe('the decoder against the one it replaced', () => {
  it('agrees on any bytes', () => {
    fc.assert(fc.property(fc.oneof(anyBytes, afterHeader), expectSameAsOracle), { numRuns: 500 });
  });

  it('agrees on bytes made of tag pieces, escapes and UTF-8', () => {
    fc.assert(fc.property(tagLike, expectSameAsOracle), { numRuns: 1000 });
  });

  it('agrees on generated histories, damaged here and there', () => {
    fc.assert(fc.property(damaged, expectSameAsOracle), { numRuns: 300 });
  });

  it('agrees on every golden fixture and on a large generated history', () => {
    const folder = join(import.meta.dirname, '..', '..', 'fixtures');
    for (const file of readdirSync(folder).filter((name) => name.endsWith('.bin'))) {
      expectSameAsOracle(new Uint8Array(readFileSync(join(folder, file))));
    }
    expectSameAsOracle(makeLargeHistory(5000, 3));
  });

  it('lists, under a cap, the first diagnostics in file order and counts the rest', () => {
    fc.assert(
      fc.property(fc.oneof(tagLike, damaged), fc.integer({ min: 0, max: 12 }), (bytes, max) => {
        const all = decodeUidlHistory(bytes, UNCAPPED).diagnostics;
        const capped = decodeUidlHistory(bytes, { maxDiagnostics: max });
        expect(capped.diagnostics).toEqual(all.slice(0, max));
        expect(capped.diagnosticsOmitted).toBe(all.length - capped.diagnostics.length);
      }),
      { numRuns: 300 },
    );
  });
});
