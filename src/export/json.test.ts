import { describe, expect, it } from 'vitest';
import { compareWithServer } from '../compare/compare';
import { parseUidlListing } from '../compare/listing';
import { decodeUidlHistory, encodeUidlHistory } from '../decoder/index';
import { toJsonText } from './json';

const bytes = encodeUidlHistory({
  tags: [{ operation: 'delete', content: 'none', timestampRaw: '20120906131138', uid: 'a.b' }],
});
const history = decodeUidlHistory(bytes);

describe('toJsonText', () => {
  it('prints the decoder JSON, pretty, without a comparison field by default', () => {
    const text = toJsonText(history);
    expect(text).toContain('\n  "version": {');
    const json = JSON.parse(text) as Record<string, unknown>;
    expect(json).not.toHaveProperty('comparison');
    expect(json).toMatchObject({
      version: { value: 3, start: 0, end: 2 },
      tags: [{ index: 0, operation: 'delete', content: 'none', rawUid: 'a$2eb', uid: 'a.b' }],
    });
  });

  it('adds the comparison when given, and each tag’s hex when the bytes are', () => {
    const comparison = compareWithServer(history, parseUidlListing('1 a.b\n2 c'));
    const json = JSON.parse(toJsonText(history, comparison, bytes)) as {
      comparison: { counts: unknown; tagVerdicts: unknown };
      tags: { hex?: string }[];
    };
    expect(json.comparison.counts).toEqual({ fetched: 0, deleted: 1, new: 1, gone: 0 });
    expect(json.comparison.tagVerdicts).toEqual(['deleted']);
    expect(json.tags[0]!.hex).toMatch(/^2D20/i);
  });
});
