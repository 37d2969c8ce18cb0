import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { deflateSync, constants } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { pstCrc } from './crc';
import { PERMUTE_DECODE, PERMUTE_ENCODE } from './crypt';
import { inflateZlib } from './inflate';
import { firstDifference } from './testing/bytes';

// These tests write and read stores of several megabytes; on a busy machine that can take
// longer than the default 5 s, which is a ceiling, not a measure.
vi.setConfig({ testTimeout: 60_000 });

const require = createRequire(import.meta.url);
const TESTDATA = join(require.resolve('pst-extractor/package.json'), '..', 'example', 'testdata');

describe('pstCrc', () => {
  it.each(['enron.pst', 'pstextractortest@outlook.com.ost'])(
    'gives the header CRCs Outlook wrote into %s',
    (name) => {
      const header = readFileSync(join(TESTDATA, name)).subarray(0, 564);
      const view = new DataView(header.buffer, header.byteOffset, header.byteLength);
      // [MS-PST] 2.2.2.6: dwCRCPartial over 471 bytes from wMagicClient, dwCRCFull over 516.
      expect(pstCrc(header, 8, 8 + 471)).toBe(view.getUint32(4, true));
      expect(pstCrc(header, 8, 8 + 516)).toBe(view.getUint32(524, true));
    },
  );
});

describe('permute tables', () => {
  it('start as [MS-PST] 5.1 prints mpbbR and mpbbI, and undo each other', () => {
    expect([...PERMUTE_ENCODE.subarray(0, 8)]).toEqual([65, 54, 19, 98, 168, 33, 110, 187]);
    expect([...PERMUTE_DECODE.subarray(0, 8)]).toEqual([71, 241, 180, 230, 11, 106, 114, 72]);
    for (let b = 0; b < 256; b++) expect(PERMUTE_DECODE[PERMUTE_ENCODE[b]!]).toBe(b);
  });
});

describe('inflateZlib', () => {
  it('inflates what Node’s zlib deflates, at every level and strategy', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 70_000 }),
          fc.string({ maxLength: 20_000 }).map((s) => new TextEncoder().encode(s.repeat(3))),
        ),
        fc.integer({ min: 0, max: 9 }),
        fc.constantFrom(
          constants.Z_DEFAULT_STRATEGY,
          constants.Z_FIXED,
          constants.Z_HUFFMAN_ONLY,
          constants.Z_RLE,
        ),
        (data, level, strategy) => {
          const packed = new Uint8Array(deflateSync(data, { level, strategy }));
          const out = inflateZlib(packed, data.length);
          expect(typeof out === 'string' ? out : firstDifference(out, data)).toBe('same');
        },
      ),
      { numRuns: 150, seed: 7 },
    );
  });

  it('refuses to grow past the size it is told, and names damage', () => {
    const packed = new Uint8Array(deflateSync(new Uint8Array(10_000)));
    expect(inflateZlib(packed, 100)).toMatch(/more than 100 bytes/);
    expect(inflateZlib(packed.subarray(0, 6), 10_000)).toMatch(/ends early/);
    expect(inflateZlib(new Uint8Array([1, 2, 3]), 3)).toMatch(/no zlib header/);
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 2, maxLength: 400 }), (junk) => {
        const out = inflateZlib(Uint8Array.from([0x78, 0x9c, ...junk]), 1000);
        expect(typeof out === 'string' || out.length === 1000).toBe(true);
      }),
      { numRuns: 300, seed: 8 },
    );
  });
});
