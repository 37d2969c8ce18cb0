import { describe, expect, it } from 'vitest';
import { decodeUidlHistory, encodeUidlHistory, type AuthoredTag } from '../decoder/index';
import { formatSeconds, secondsOfDigits } from './recordedTime';
import { buildTimeline, inTimeRange, tagSeconds } from './timeline';

const tag = (timestampRaw: string, operation = 'get', uid = `u${timestampRaw}`): AuthoredTag => ({
  operation,
  content: 'body',
  timestampRaw,
  uid,
});
const historyOf = (tags: AuthoredTag[]) => decodeUidlHistory(encodeUidlHistory({ tags }));
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

describe('recorded time', () => {
  it('turns digits into seconds and back without any zone', () => {
    expect(secondsOfDigits('19700101000000')).toBe(0);
    expect(secondsOfDigits('19700102000001')).toBe(86_401);
    // 2012-09-06 13:11:38 UTC is 1346937098 s after the epoch: the same calendar, no shift.
    expect(secondsOfDigits('20120906131138')).toBe(1_346_937_098);
    expect(formatSeconds(secondsOfDigits('20000229235959'))).toBe('2000-02-29 23:59:59');
    expect(formatSeconds(secondsOfDigits('16000301000000'), 'day')).toBe('1600-03-01');
  });
});

describe('buildTimeline', () => {
  it('has no bins for an empty history', () => {
    const timeline = buildTimeline(historyOf([]));
    expect(timeline).toMatchObject({ bins: [], unit: null, dated: 0, undated: 0, maxTotal: 0 });
  });

  it('puts one tag in one one-second bin', () => {
    const timeline = buildTimeline(historyOf([tag('20120906131138')]));
    expect(timeline.unit?.label).toBe('1 second');
    expect(timeline.bins).toHaveLength(1);
    expect(timeline.bins[0]).toMatchObject({
      start: secondsOfDigits('20120906131138'),
      end: secondsOfDigits('20120906131139'),
      total: 1,
      firstTag: 0,
      counts: { get: 1, delete: 0, 'get-and-delete': 0, other: 0 },
    });
    expect(timeline.daysWithoutFetch).toBe(0);
  });

  it('stacks tags all at one second by operation in one bin, and calls 12 fetches a burst', () => {
    const tags = [
      ...Array.from({ length: 10 }, (_, i) => tag('20200101120000', 'get', `g${i}`)),
      tag('20200101120000', 'delete', 'd'),
      tag('20200101120000', 'get-and-delete', 'gd1'),
      tag('20200101120000', 'get-and-delete', 'gd2'),
    ];
    const timeline = buildTimeline(historyOf(tags));
    expect(timeline.bins).toHaveLength(1);
    expect(timeline.bins[0]!.counts).toEqual({ get: 10, delete: 1, 'get-and-delete': 2, other: 0 });
    expect(timeline.maxTotal).toBe(13);
    expect(timeline.burstCount).toBe(1);
    expect(timeline.bursts[0]).toMatchObject({
      fetches: 12,
      start: secondsOfDigits('20200101120000'),
    });
  });

  it('bins 15 years in quarters, and counts the days without a fetch', () => {
    // One fetch on the first day of each year 2005..2019, and a delete on the last day.
    const tags = Array.from({ length: 15 }, (_, k) => tag(`${2005 + k}0101000000`));
    tags.push(tag('20191231235959', 'delete', 'last'));
    const timeline = buildTimeline(historyOf(tags));
    // 2005-01 to 2019-12 is 180 months: too many for 120 bins, so quarters (60 of them).
    expect(timeline.unit?.label).toBe('3 months');
    expect(timeline.bins).toHaveLength(60);
    expect(timeline.bins[0]!.start).toBe(secondsOfDigits('20050101000000'));
    expect(timeline.bins[1]!.start).toBe(secondsOfDigits('20050401000000'));
    expect(timeline.bins.at(-1)!.end).toBe(secondsOfDigits('20200101000000'));
    expect(sum(timeline.bins.map((b) => b.total))).toBe(16);
    const filled = timeline.bins
      .filter((b) => b.total > 0)
      .map((b) => formatSeconds(b.start, 'day'));
    const years = Array.from({ length: 15 }, (_, k) => `${2005 + k}-01-01`);
    expect(filled).toEqual([...years, '2019-10-01']);
    // 2005-01-01 .. 2019-12-31 is 5,478 days; 15 of them have a fetch.
    expect(timeline.daysWithoutFetch).toBe(5478 - 15);
    // The longest gap: the leap year 2008 (365 days from 2008-01-02 to 2008-12-31), and so on.
    expect(timeline.gaps[0]).toMatchObject({ days: 365 });
    expect(formatSeconds(timeline.gaps[0]!.firstDay * 86_400, 'day')).toBe('2008-01-02');
    expect(timeline.burstCount).toBe(0);
  });

  it('counts tags with invalid timestamps beside the chart, not in it', () => {
    const tags = [
      tag('20120906131138'),
      tag('20121306131138', 'get', 'month13'),
      tag('2012x906131138', 'get', 'x'),
    ];
    const history = historyOf(tags);
    const timeline = buildTimeline(history);
    expect(timeline).toMatchObject({ dated: 1, undated: 2 });
    expect(sum(timeline.bins.map((b) => b.total))).toBe(1);
    const seconds = tagSeconds(history);
    expect(Number.isNaN(seconds[1]!)).toBe(true);
    expect(inTimeRange(seconds, 1, { start: -Infinity, end: Infinity })).toBe(false);
    expect(inTimeRange(seconds, 0, timeline.bins[0]!)).toBe(true);
  });

  it('keeps within the bin limit and counts an unknown operation as other', () => {
    const tags = [tag('20200101000000'), tag('20200101100000', 'get', 'b')];
    const history = decodeUidlHistory(
      (() => {
        const bytes = encodeUidlHistory({ tags });
        bytes[4] = 0x3f; // the first tag's operation byte: '?'
        return bytes;
      })(),
    );
    const timeline = buildTimeline(history, 20);
    expect(timeline.bins.length).toBeLessThanOrEqual(20);
    expect(timeline.unit?.label).toBe('1 hour');
    expect(timeline.bins[0]!.counts.other).toBe(1);
    expect(timeline.bins.at(-1)!.counts.get).toBe(1);
  });
});
