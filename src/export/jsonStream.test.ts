import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareWithServer, comparisonJson } from '../compare/compare';
import { parseUidlListing } from '../compare/listing';
import {
  decodeUidlHistory,
  encodeUidlHistory,
  toJson,
  type HistoryJson,
  type TagJson,
} from '../decoder/index';
import { makeLargeHistory } from '../decoder/testing/generate';
import { CHUNK_SIZE } from './chunks';
import { csvChunks, toCsv } from './csv';
import { jsonTextChunks } from './jsonStream';
import { largestHistory } from './testing';

const folder = join(import.meta.dirname, '..', '..', 'fixtures');
const fixtures = readdirSync(folder)
  .filter((name) => name.endsWith('.bin'))
  .map((name) => new Uint8Array(readFileSync(join(folder, name))));

/**
 * Reads JSON text given in chunks, whole except for the elements of its `tags` array,
 * which are parsed one by one: what a reader of an export too large for one string
 * does. It relies on the layout of JSON.stringify(…, null, 2), which the first test
 * holds the writer to: each tag is an object indented by four spaces, and only its own
 * closing brace is, so `\n    }` ends one.
 */
function parseByTag(chunks: Iterable<string>): HistoryJson {
  const tags: TagJson[] = [];
  let head = '';
  let rest = '';
  let inTags = false;
  for (const chunk of chunks) {
    rest += chunk;
    if (!inTags) {
      const open = rest.indexOf('\n  "tags": [\n');
      if (open < 0) continue;
      head = rest.slice(0, open) + '\n  "tags": [';
      rest = rest.slice(open + '\n  "tags": ['.length);
      inTags = true;
    }
    while (inTags) {
      // What follows a tag: `,` and the next, or the array's end.
      if (rest.startsWith(',')) rest = rest.slice(1);
      else if (rest.startsWith('\n  ]')) inTags = false;
      else if (rest.length < 4 && tags.length > 0) break;
      if (!inTags) break;
      const close = rest.indexOf('\n    }');
      if (close < 0) break;
      tags.push(JSON.parse(rest.slice(0, close + 6)) as TagJson);
      rest = rest.slice(close + 6);
    }
  }
  return { ...(JSON.parse(head + rest.trimStart()) as HistoryJson), tags };
}

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

  it(
    'exports the largest history, 14.2 MiB, as JSON that rebuilds it byte for byte',
    { timeout: 300_000 },
    () => {
      const bytes = largestHistory();
      expect(bytes.length).toBe(4 + 65_535 * (16 + 3 * 70 + 1));
      const history = decodeUidlHistory(bytes);
      expect(history.diagnostics).toEqual([]);
      const json = parseByTag(jsonTextChunks(history, null, bytes));
      expect(json.tags).toHaveLength(65_535);
      expect(json.tags.reduce((sum, tag) => sum + tag.escapes.length, 0)).toBe(65_535 * 70);
      // Compared as buffers: a deep equality over 14 million elements takes minutes.
      expect(Buffer.from(encodeUidlHistory(json)).equals(Buffer.from(bytes))).toBe(true);
    },
  );
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
