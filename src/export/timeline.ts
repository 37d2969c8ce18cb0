/**
 * The timeline of a history: its tags' recorded times binned into a histogram stacked by
 * operation, the days without any fetch, and the bursts of fetches seconds apart (the
 * pattern of Outlook downloading a mailbox again). Pure and columnar, for the page's
 * chart, the printed report and the command line alike.
 */
import { operationOf } from '../decoder/layout';
import { TAG_TIMESTAMP_VALID, type DecodedHistory } from '../decoder/model';
import {
  civilFromDays,
  daysFromCivil,
  SECONDS_PER_DAY,
  secondsOfDigits,
  type TimePrecision,
} from './recordedTime';

/** The stacks of a bar: the three operations Outlook writes, and any other byte. */
export const TIMELINE_SERIES = ['get', 'delete', 'get-and-delete', 'other'] as const;
export type TimelineSeries = (typeof TIMELINE_SERIES)[number];

/** A half-open range of recorded time [start, end), in seconds (see recordedTime.ts). */
export interface TimeRange {
  start: number;
  end: number;
}

export interface TimelineBin extends TimeRange {
  counts: Record<TimelineSeries, number>;
  total: number;
  /** The first tag (file order) in the bin, or -1 when it is empty. */
  firstTag: number;
}

export interface BinUnit {
  /** "1 day", "15 minutes", "3 months". */
  label: string;
  /** Ordinal of the bin a time falls in; consecutive bins have consecutive ordinals. */
  ordinal(seconds: number): number;
  /** Where bin `ordinal` begins. */
  startOf(ordinal: number): number;
  /** Enough of a time to name a bin's start. */
  precision: TimePrecision;
}

/** Days between `firstDay` and `lastDay` (day numbers, both included) on which nothing was fetched. */
export interface FetchGap {
  firstDay: number;
  lastDay: number;
  days: number;
}

/** Fetches (get or get-and-delete), each at most BURST_SPACING seconds after the one before. */
export interface Burst extends TimeRange {
  fetches: number;
}

export interface Timeline {
  bins: TimelineBin[];
  /** null when no tag has a valid timestamp. */
  unit: BinUnit | null;
  /** Tags on the chart, and tags left off it because their timestamp is not a valid time. */
  dated: number;
  undated: number;
  /** The tallest bin. */
  maxTotal: number;
  /** From the first to the last day with a tag, the days on which nothing was fetched. */
  daysWithoutFetch: number;
  /** The longest runs of such days, longest first (at most MAX_LISTED). */
  gaps: FetchGap[];
  /** Every burst, largest first (at most MAX_LISTED), and how many there are. */
  bursts: Burst[];
  burstCount: number;
}

/** The timeline of a history without dated tags. */
export const EMPTY_TIMELINE: Timeline = {
  bins: [],
  unit: null,
  dated: 0,
  undated: 0,
  maxTotal: 0,
  daysWithoutFetch: 0,
  gaps: [],
  bursts: [],
  burstCount: 0,
};

export const BURST_SPACING = 5;
export const BURST_MIN_FETCHES = 10;
export const MAX_LISTED = 5;
export const DEFAULT_MAX_BINS = 120;

const MINUTE = 60;
const HOUR = 3600;
const DAY = SECONDS_PER_DAY;
/** 1970-01-05 was a Monday: weeks begin on Mondays. */
const MONDAY = 4 * DAY;

const fixed = (seconds: number, label: string, origin = 0): BinUnit => ({
  label,
  precision: seconds < MINUTE ? 'second' : seconds < DAY ? 'minute' : 'day',
  ordinal: (t) => Math.floor((t - origin) / seconds),
  startOf: (n) => n * seconds + origin,
});

const monthly = (months: number, label: string): BinUnit => ({
  label,
  precision: months < 12 ? 'month' : 'year',
  ordinal: (t) => {
    const { year, month } = civilFromDays(Math.floor(t / SECONDS_PER_DAY));
    return Math.floor((year * 12 + month - 1) / months);
  },
  startOf: (n) => {
    const index = n * months;
    return daysFromCivil(Math.floor(index / 12), (index % 12) + 1, 1) * SECONDS_PER_DAY;
  },
});

/** Bin widths, narrowest first; the narrowest that keeps the bins under the limit is used. */
export const BIN_UNITS: readonly BinUnit[] = [
  fixed(1, '1 second'),
  fixed(5, '5 seconds'),
  fixed(15, '15 seconds'),
  fixed(30, '30 seconds'),
  fixed(MINUTE, '1 minute'),
  fixed(5 * MINUTE, '5 minutes'),
  fixed(15 * MINUTE, '15 minutes'),
  fixed(30 * MINUTE, '30 minutes'),
  fixed(HOUR, '1 hour'),
  fixed(3 * HOUR, '3 hours'),
  fixed(6 * HOUR, '6 hours'),
  fixed(12 * HOUR, '12 hours'),
  fixed(DAY, '1 day'),
  fixed(7 * DAY, '1 week', MONDAY),
  monthly(1, '1 month'),
  monthly(3, '3 months'),
  monthly(12, '1 year'),
  monthly(60, '5 years'),
  monthly(120, '10 years'),
  monthly(1200, '100 years'),
  monthly(12000, '1,000 years'),
];

const secondsCache = new WeakMap<DecodedHistory, Float64Array>();

/** Each tag's recorded time in seconds; NaN for a tag whose timestamp is not a valid time. Kept per history. */
export function tagSeconds(history: DecodedHistory): Float64Array {
  return finish(tagSecondsSteps(history));
}

/** Work is split into steps of this many tags, so that a page can spread it over tasks. */
const SLICE = 4096;

function* tagSecondsSteps(history: DecodedHistory): Generator<void, Float64Array, void> {
  const known = secondsCache.get(history);
  if (known) return known;
  const { tags, bytes } = history;
  const seconds = new Float64Array(tags.length);
  for (let i = 0; i < tags.length; i++) {
    if (i % SLICE === SLICE - 1) yield;
    seconds[i] =
      (tags.flags[i]! & TAG_TIMESTAMP_VALID) === 0
        ? NaN
        : secondsOfDigits(bytes, tags.timestampStart[i]);
  }
  secondsCache.set(history, seconds);
  return seconds;
}

/** Runs steps to the end. */
function finish<T>(steps: Generator<void, T, void>): T {
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/** Whether tag `i` has a valid time within `range`; false for every undated tag. */
export function inTimeRange(seconds: Float64Array, i: number, range: TimeRange): boolean {
  const t = seconds[i]!;
  return t >= range.start && t < range.end;
}

const SERIES_COUNT = TIMELINE_SERIES.length;
/** The series index of each possible operation byte. */
const SERIES_OF_BYTE = Uint8Array.from({ length: 256 }, (_, byte) =>
  TIMELINE_SERIES.indexOf(operationOf(byte) ?? 'other'),
);
const FETCH_BYTE = Uint8Array.from({ length: 256 }, (_, byte) => {
  const operation = operationOf(byte);
  return operation === 'get' || operation === 'get-and-delete' ? 1 : 0;
});
const isFetch = (byte: number): boolean => FETCH_BYTE[byte] === 1;

/** The histogram, gaps and bursts of a history; `maxBins` bounds the number of bars. */
export function buildTimeline(history: DecodedHistory, maxBins = DEFAULT_MAX_BINS): Timeline {
  return finish(timelineSteps(history, maxBins));
}

/**
 * `buildTimeline` as steps of a few thousand tags each (a generator: each `next()` is one
 * step, the last returns the timeline), so that a page can bin the largest history
 * without one long task.
 */
export function* timelineSteps(
  history: DecodedHistory,
  maxBins = DEFAULT_MAX_BINS,
): Generator<void, Timeline, void> {
  const seconds = yield* tagSecondsSteps(history);
  const { operationByte } = history.tags;
  let min = Infinity;
  let max = -Infinity;
  let dated = 0;
  for (const t of seconds) {
    if (Number.isNaN(t)) continue;
    dated++;
    if (t < min) min = t;
    if (t > max) max = t;
  }
  const undated = seconds.length - dated;
  const empty = {
    dated,
    undated,
    maxTotal: 0,
    daysWithoutFetch: 0,
    gaps: [],
    bursts: [],
    burstCount: 0,
  };
  if (dated === 0) return { ...empty, bins: [], unit: null };

  const unit =
    BIN_UNITS.find((u) => u.ordinal(max) - u.ordinal(min) + 1 <= maxBins) ?? BIN_UNITS.at(-1)!;
  const first = unit.ordinal(min);
  const bins: TimelineBin[] = [];
  for (let n = first; n <= unit.ordinal(max); n++) {
    bins.push({
      start: unit.startOf(n),
      end: unit.startOf(n + 1),
      counts: { get: 0, delete: 0, 'get-and-delete': 0, other: 0 },
      total: 0,
      firstTag: -1,
    });
  }
  // Per tag, a binary search over the bin edges (at most ~8 steps) rather than calendar
  // arithmetic; counts go into one typed array, SERIES_COUNT per bin.
  const edges = Float64Array.from(bins, (bin) => bin.start);
  const counts = new Uint32Array(bins.length * SERIES_COUNT);
  const firstTags = new Int32Array(bins.length).fill(-1);
  for (let i = 0; i < seconds.length; i++) {
    if (i % SLICE === SLICE - 1) yield;
    const t = seconds[i]!;
    if (t !== t) continue; // NaN: undated
    let lo = 0;
    let hi = edges.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (edges[mid]! <= t) lo = mid;
      else hi = mid - 1;
    }
    counts[lo * SERIES_COUNT + SERIES_OF_BYTE[operationByte[i]!]!]!++;
    if (firstTags[lo]! < 0) firstTags[lo] = i;
  }
  bins.forEach((bin, b) => {
    TIMELINE_SERIES.forEach((series, k) => (bin.counts[series] = counts[b * SERIES_COUNT + k]!));
    bin.total = TIMELINE_SERIES.reduce((total, series) => total + bin.counts[series], 0);
    bin.firstTag = firstTags[b]!;
  });
  const maxTotal = bins.reduce((most, bin) => Math.max(most, bin.total), 0);

  yield;
  const fetches = fetchTimes(seconds, operationByte);
  yield;
  const { daysWithoutFetch, gaps } = fetchGaps(fetches, min, max);
  const bursts = findBursts(fetches);
  return {
    ...empty,
    bins,
    unit,
    maxTotal,
    daysWithoutFetch,
    gaps,
    bursts: bursts.slice(0, MAX_LISTED),
    burstCount: bursts.length,
  };
}

/** The times of every fetch, sorted. */
function fetchTimes(seconds: Float64Array, operationByte: Uint8Array): Float64Array {
  const times = new Float64Array(seconds.length);
  let count = 0;
  for (let i = 0; i < seconds.length; i++) {
    const t = seconds[i]!;
    if (!Number.isNaN(t) && isFetch(operationByte[i]!)) times[count++] = t;
  }
  return times.subarray(0, count).sort();
}

function fetchGaps(fetches: Float64Array, min: number, max: number) {
  const firstDay = Math.floor(min / DAY);
  const lastDay = Math.floor(max / DAY);
  const gaps: FetchGap[] = [];
  let daysWithoutFetch = 0;
  // Walk the fetch days in order; the days between two of them, and before the first and
  // after the last within the history's span, are days without a fetch.
  let previous = firstDay - 1;
  const close = (nextFetchDay: number) => {
    const days = nextFetchDay - previous - 1;
    if (days <= 0) return;
    daysWithoutFetch += days;
    gaps.push({ firstDay: previous + 1, lastDay: nextFetchDay - 1, days });
  };
  for (const t of fetches) {
    const day = Math.floor(t / DAY);
    if (day === previous) continue;
    close(day);
    previous = day;
  }
  close(lastDay + 1);
  gaps.sort((a, b) => b.days - a.days || a.firstDay - b.firstDay);
  return { daysWithoutFetch, gaps: gaps.slice(0, MAX_LISTED) };
}

function findBursts(fetches: Float64Array): Burst[] {
  const bursts: Burst[] = [];
  let runStart = 0;
  for (let k = 1; k <= fetches.length; k++) {
    if (k < fetches.length && fetches[k]! - fetches[k - 1]! <= BURST_SPACING) continue;
    const count = k - runStart;
    if (count >= BURST_MIN_FETCHES) {
      bursts.push({ start: fetches[runStart]!, end: fetches[k - 1]! + 1, fetches: count });
    }
    runStart = k;
  }
  return bursts.sort((a, b) => b.fetches - a.fetches || a.start - b.start);
}
