import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareWithServer, comparisonJson } from '../compare/compare';
import { parseUidlListing } from '../compare/listing';
import { decodeUidlHistory, toJson } from '../decoder/index';
import { makeLargeHistory } from '../decoder/testing/generate';
import { CHUNK_SIZE } from './chunks';
import { csvChunks, toCsv } from './csv';
import { jsonTextChunks } from './jsonStream';

const folder = join(import.meta.dirname, '..', '..', 'fixtures');
const fixtures = readdirSync(folder)
  .filter((name) => name.endsWith('.bin'))
  .map((name) => new Uint8Array(readFileSync(join(folder, name))));

describe('jsonTextChunks', () => {
  it('writes what JSON.stringify writes of toJson, in chunks of bounded size', () => {
    const histories = [...fixtures, makeLargeHistory(3000, 5)];
    for (const bytes of histories) {
      const history = decodeUidlHistory(bytes);
      const comparison = compareWithServer(history, parseUidlListing('1 x\n2 y'));
      for (const [withComparison, withBytes] of [
        [false, true],
        [true, false],
      ] as const) {
        const json = toJson(history, withBytes ? bytes : undefined);
        const expected =
          JSON.stringify(
            withComparison ? { ...json, comparison: comparisonJson(comparison) } : json,
            null,
            2,
          ) + '\n';
        const chunks = [
          ...jsonTextChunks(
            history,
            withComparison ? comparison : null,
            withBytes ? bytes : undefined,
          ),
        ];
        expect(chunks.join('')).toBe(expected);
        expect(chunks.every((chunk) => chunk.length < 2 * CHUNK_SIZE + 10_000)).toBe(true);
      }
    }
  });
});

describe('csvChunks', () => {
  it('writes what toCsv writes, in chunks of bounded size', () => {
    const history = decodeUidlHistory(makeLargeHistory(3000, 9));
    const chunks = [...csvChunks(history)];
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.join('')).toBe(toCsv(history));
    expect(chunks.every((chunk) => chunk.length < 2 * CHUNK_SIZE)).toBe(true);
  });
});
