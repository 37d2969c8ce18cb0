import { describe, expect, it } from 'vitest';
import { decodeUidlHistory, severityCounts } from '../decoder/index';
import { warmUpDecoder, warmUpHistory } from './warmUp';

describe('warmUpHistory', () => {
  it('is a well-formed history of the tag count asked for, in the shapes real files have', () => {
    const history = decodeUidlHistory(warmUpHistory(400));
    expect(history.tags.length).toBe(400);
    expect(history.count.value).toBe(400);
    const severity = severityCounts(history.diagnosticCounts);
    expect(severity.error).toBe(0);
    expect(severity.warning).toBe(0);
    // Escaped characters ('-', '<', '@', ...) and every operation byte Outlook writes.
    expect(history.escapes.length).toBeGreaterThan(400);
    const operations = new Set(history.tags.operationByte);
    expect([...operations].sort()).toEqual(['&', '+', '-'].map((c) => c.charCodeAt(0)).sort());
  });

  it('has valid timestamps on the days a real file may first bring to the date checks', () => {
    const bytes = warmUpHistory();
    const history = decodeUidlHistory(bytes);
    const stamps = new Set(
      Array.from({ length: history.tags.length }, (_, i) => {
        const at = history.tags.timestampStart[i] ?? 0;
        return new TextDecoder().decode(bytes.subarray(at, at + 8));
      }),
    );
    const has = (pattern: RegExp) => [...stamps].some((stamp) => pattern.test(stamp));
    expect(has(/^\d{4}0229$/)).toBe(true); // a leap day
    expect(has(/^\d{4}0131$/)).toBe(true); // a 31st
    expect(has(/^\d{4}0430$/)).toBe(true); // the last day of a 30-day month
    expect(has(/^2100/)).toBe(true); // a century year that is not a leap year
    expect(has(/^2000/)).toBe(true); // one that is
    expect(severityCounts(history.diagnosticCounts).error).toBe(0);
  });
});

describe('warmUpDecoder', () => {
  /** A scheduler driven by the test: each call queues one round. */
  function queue() {
    const waiting: Array<() => void> = [];
    return {
      schedule: (next: () => void) => waiting.push(next),
      /** Runs queued rounds until none is left; returns how many ran. */
      drain(): number {
        let ran = 0;
        while (waiting.length > 0) {
          waiting.shift()?.();
          ran++;
        }
        return ran;
      },
    };
  }

  it('decodes the warm-up history the number of rounds asked, one round per task', () => {
    const tasks = queue();
    let asked = 0;
    warmUpDecoder(
      () => {
        asked++;
        return false;
      },
      tasks.schedule,
      3,
    );
    expect(asked).toBe(0); // nothing runs before its task
    // Three rounds, then one more task that finds nothing left to do.
    expect(tasks.drain()).toBe(4);
    expect(asked).toBe(4);
  });

  it('stops as soon as a real request has come', () => {
    const tasks = queue();
    let requested = false;
    let rounds = 0;
    warmUpDecoder(
      () => {
        if (rounds === 2) requested = true;
        rounds++;
        return requested;
      },
      tasks.schedule,
      10,
    );
    expect(tasks.drain()).toBe(3);
  });
});
