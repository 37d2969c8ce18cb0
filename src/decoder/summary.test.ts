import { describe, expect, it } from 'vitest';
import { decodeUidlHistory, encodeUidlHistory } from './index';
import { summarize } from './summary';

describe('summarize', () => {
  it('totals operations and content, and finds the earliest and latest valid times', () => {
    const bytes = encodeUidlHistory({
      tags: [
        { operation: 'get', content: 'body', timestampRaw: '20120906131138', uid: 'a-1' },
        { operation: 'delete', content: 'header', timestampRaw: '20110101000000', uid: 'a-2' },
        { operation: 'get', content: 'none', timestampRaw: '20131302000000', uid: 'a-3' },
        { operation: '?', content: 'body', timestampRaw: '20140101000000', uid: 'a-4' },
      ],
    });
    const summary = summarize(decodeUidlHistory(bytes));
    expect(summary.tagsFound).toBe(4);
    expect(summary.operations).toEqual({ get: 2, delete: 1, 'get-and-delete': 0, unknown: 1 });
    expect(summary.contents).toEqual({ none: 1, header: 1, body: 2, unknown: 0 });
    // Month 13 is no time, so it is neither the latest nor the earliest.
    expect(summary.earliest).toBe('20110101000000');
    expect(summary.latest).toBe('20140101000000');
    expect(summary.severities.error).toBeGreaterThanOrEqual(2);
  });

  it('counts diagnostics by severity, omitted ones included', () => {
    const history = decodeUidlHistory(new Uint8Array([9, 0]), { maxDiagnostics: 0 });
    const summary = summarize(history);
    expect(history.diagnostics).toEqual([]);
    expect(summary.severities.error).toBe(history.diagnosticsOmitted);
    expect(summary.severities.error).toBeGreaterThan(0);
  });

  it('gives no times for a history without tags', () => {
    const summary = summarize(decodeUidlHistory(new Uint8Array([3, 0, 0, 0])));
    expect(summary).toMatchObject({ tagsFound: 0, earliest: null, latest: null });
  });
});
