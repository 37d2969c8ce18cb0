import CFB from 'cfb';
import { describe, expect, it } from 'vitest';
import { treeOf, writeCompoundFile } from './compoundFileWriter';

const pattern = (length: number, seed: number) =>
  Uint8Array.from({ length }, (_, i) => (i * 7 + seed) & 0xff);

// The writer builds the crafted fixtures; another implementation must agree that what it
// writes is a well-formed compound file holding exactly these streams.
describe('the test compound-file writer', () => {
  for (const [shift, backwards] of [
    [9, false],
    [12, false],
    [9, true],
  ] as const) {
    it(`writes files that cfb reads back (sector shift ${shift}${backwards ? ', chains backwards' : ''})`, () => {
      const streams = {
        small: pattern(100, 1),
        empty: new Uint8Array(0),
        'a/cutoff': pattern(4096, 2),
        'a/b/large': pattern(70_000, 3),
        'a/b/c/tiny': pattern(1, 4),
        'Other Storage/x': pattern(4095, 5),
      };
      const { bytes } = writeCompoundFile(treeOf(streams), shift, backwards);
      const container = CFB.read(bytes, { type: 'array' });
      for (const [path, data] of Object.entries(streams)) {
        const entry = CFB.find(container, `/${path}`);
        expect(entry?.type, path).toBe(2);
        expect(
          [...((entry?.content as Uint8Array | undefined) ?? [])].slice(0, data.length),
        ).toEqual([...data]);
      }
    });
  }
});
