import type { DecodedHistory, DiagnosticCode } from '../../decoder/model';
import { rawUidOf, timestampRawOf, uidOf } from '../../decoder';
import { DIAGNOSTIC_BIT } from '../../decoder/diagnostics';
import type { TagVerdict } from '../../compare/index';
import { contentLabel, operationLabel } from '../../shared/fields/tagFields';
import { inTimeRange, tagSeconds, type TimeRange } from '../../export/timeline';
import { RANK_SLICE, stringRank, stringRankSteps } from './stringRank';

/**
 * The order of the table's rows: which tags pass the filters, sorted by a column. It is
 * computed here over the typed columns rather than by building a row object per tag, so
 * 65,535 tags sort and filter in a few tens of milliseconds.
 */

export type SortColumn =
  | 'index'
  | 'offset'
  | 'operation'
  | 'content'
  | 'timestamp'
  | 'rawUid'
  | 'uid'
  | 'verdict'
  | 'diagnostics';

export interface TagSort {
  column: SortColumn;
  desc: boolean;
}

/**
 * Everything that narrows the rows, in one object: each field null (or '') keeps all, and
 * a tag is shown when it passes every one. A new kind of filter is one more field here
 * and one more test in `passes`.
 */
export interface TagFilter {
  /** The recorded operation / content byte to keep, or null for all. */
  operation: number | null;
  content: number | null;
  /** Substring of the raw or decoded UID, any case; '' keeps all. */
  search: string;
  /** The server comparison's verdict for the tag (needs a comparison). */
  verdict: TagVerdict | null;
  /** A diagnostic code the tag has (from its complete `diagnosticBits`, not the capped list). */
  diagnostic: DiagnosticCode | null;
  /** Recorded time span to keep (the timeline's brush); tags without a valid time fall outside it. */
  time?: TimeRange | null;
}

export const NO_TAG_FILTER: TagFilter = {
  operation: null,
  content: null,
  search: '',
  verdict: null,
  diagnostic: null,
};

/** What the rows can be sorted and filtered by beyond the history: the server's verdicts. */
export interface TagOrderContext {
  /** Indexed by tag, or null when no listing has been compared. */
  verdicts: readonly TagVerdict[] | null;
}

/** The order verdicts sort in: what Outlook will do with the message, then gone. */
const VERDICT_RANK: Record<TagVerdict, number> = { new: 0, fetched: 1, deleted: 2, gone: 3 };

type Key = ArrayLike<number>;

const cache = new WeakMap<DecodedHistory, Map<string, Key | readonly string[] | string>>();

function cached<T extends Key | readonly string[] | string>(
  history: DecodedHistory,
  name: string,
  build: () => T,
): T {
  let entries = cache.get(history);
  if (!entries) {
    entries = new Map();
    cache.set(history, entries);
  }
  let value = entries.get(name);
  if (value === undefined) {
    value = build();
    entries.set(name, value);
  }
  return value as T;
}

/** Per history, the per-tag strings of each key as far as they have been built. */
const partial = new WeakMap<DecodedHistory, Map<string, { values: string[]; built: number }>>();

/**
 * `read(i)` of every tag, under `name`. The idle warm-up builds it a slice at a time
 * (`upTo`); whoever needs it whole first builds the rest.
 */
function strings(
  history: DecodedHistory,
  name: string,
  read: (i: number) => string,
  upTo = history.tags.length,
): string[] {
  let entries = partial.get(history);
  if (!entries) {
    entries = new Map();
    partial.set(history, entries);
  }
  let entry = entries.get(name);
  if (!entry) {
    entry = { values: new Array<string>(history.tags.length), built: 0 };
    entries.set(name, entry);
  }
  const end = Math.min(upTo, history.tags.length);
  for (let i = entry.built; i < end; i++) entry.values[i] = read(i);
  entry.built = Math.max(entry.built, end);
  return entry.values;
}

/** Ranks the 256 possible bytes by the label they show, so a byte column sorts by name. */
function byteLabelRank(label: (byte: number) => string): Uint32Array {
  return stringRank(Array.from({ length: 256 }, (_, byte) => label(byte)));
}

function rankBytes(bytes: Uint8Array, rankOfByte: Uint32Array): Uint32Array {
  const key = new Uint32Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) key[i] = rankOfByte[bytes[i] ?? 0] ?? 0;
  return key;
}

const operationRank = byteLabelRank((byte) => operationLabel(byte).text);
const contentRank = byteLabelRank((byte) => contentLabel(byte).text);

/** A number per tag that orders the tags by `column`. Built on first use, kept per history. */
export function sortKey(
  history: DecodedHistory,
  column: SortColumn,
  context: TagOrderContext = { verdicts: null },
): Key {
  const tags = history.tags;
  switch (column) {
    case 'index':
    case 'offset':
      // Tags follow one another, so file order is offset order.
      return tags.start;
    case 'diagnostics':
      return tags.diagnosticBits;
    case 'verdict': {
      const verdicts = context.verdicts;
      const key = new Uint8Array(tags.length);
      if (verdicts) for (let i = 0; i < key.length; i++) key[i] = VERDICT_RANK[verdicts[i]!] ?? 0;
      return key;
    }
    case 'operation':
      return cached(history, column, () => rankBytes(tags.operationByte, operationRank));
    case 'content':
      return cached(history, column, () => rankBytes(tags.contentByte, contentRank));
    case 'timestamp':
    case 'rawUid':
    case 'uid':
      return cached(history, column, () =>
        stringRank(strings(history, column, STRING_KEYS[column](history))),
      );
  }
}

/** The text each string column sorts by. */
const STRING_KEYS: Record<
  'timestamp' | 'rawUid' | 'uid',
  (history: DecodedHistory) => (i: number) => string
> = {
  timestamp: (history) => (i) => timestampRawOf(history, i),
  rawUid: (history) => (i) => rawUidOf(history, i),
  uid: (history) => (i) => uidOf(history, i),
};

/**
 * The decoded UIDs' pool lower-cased, so a search is one substring test per tag; or ''
 * when lower-casing changes its length (U+0130 "İ" lower-cases to two units), so that the
 * tags' offsets no longer point into it and each UID is lower-cased by itself.
 */
function searchText(history: DecodedHistory): string {
  return cached(history, 'search', () => {
    const lowered = history.text.toLowerCase();
    return lowered.length === history.text.length ? lowered : '';
  });
}

const LOWER_A = 0x61;
const LOWER_Z = 0x7a;
const CASE_BIT = 0x20;

/**
 * Whether bytes [start, end) contain `needle` (lower-case ASCII), ASCII letters in any
 * case: the raw UIDs are searched in the file's own bytes rather than in a lower-cased
 * copy of them per tag, which for the largest history held more than its size again.
 */
function bytesInclude(bytes: Uint8Array, start: number, end: number, needle: string): boolean {
  const last = end - needle.length;
  for (let at = start; at <= last; at++) {
    let k = 0;
    for (; k < needle.length; k++) {
      const byte = bytes[at + k] ?? 0;
      const want = needle.charCodeAt(k);
      const folded = want >= LOWER_A && want <= LOWER_Z ? byte | CASE_BIT : byte;
      if (folded !== want) break;
    }
    if (k === needle.length) return true;
  }
  return false;
}

/** Whether tag i's raw or decoded UID contains `query` (case-insensitive); '' matches all. */
export function uidMatcher(history: DecodedHistory, query: string): (i: number) => boolean {
  const needle = query.toLowerCase();
  if (needle === '') return () => true;
  const text = searchText(history);
  const { uidTextStart, uidTextEnd, uidStart, uidEnd } = history.tags;
  const inUid =
    text.length === history.text.length
      ? (i: number): boolean =>
          text.slice(uidTextStart[i] ?? 0, uidTextEnd[i] ?? 0).includes(needle)
      : (i: number): boolean => uidOf(history, i).toLowerCase().includes(needle);
  // A raw UID is ASCII but for what the decoded one holds alike, so an ASCII query is
  // searched in its bytes; any other goes through its text.
  // eslint-disable-next-line no-control-regex
  const inRaw = /^[\x00-\x7f]*$/.test(needle)
    ? (i: number) => bytesInclude(history.bytes, uidStart[i] ?? 0, uidEnd[i] ?? 0, needle)
    : (i: number) => rawUidOf(history, i).toLowerCase().includes(needle);
  return (i) => inUid(i) || inRaw(i);
}

/**
 * The costly keys (search text, string ranks) built a slice of a few milliseconds per
 * `next()`, so a page can build them in spare time after a history opens instead of on
 * the first click or keystroke.
 */
export function* warmUp(history: DecodedHistory): Generator<void, void, void> {
  const n = history.tags.length;
  searchText(history);
  yield;
  for (const name of ['uid', 'timestamp', 'rawUid'] as const) {
    const read = STRING_KEYS[name](history);
    for (let upTo = RANK_SLICE; upTo < n + RANK_SLICE; upTo += RANK_SLICE) {
      strings(history, name, read, upTo);
      yield;
    }
    if (cache.get(history)?.has(name)) continue;
    const rank = yield* stringRankSteps(strings(history, name, read));
    cached(history, name, () => rank);
  }
}

/**
 * Sorts `order` (tags in file order) by `key`, ties in file order both ways. Keys that
 * are small integers (the ranks and byte ranks) take a counting sort: one pass to count,
 * one to place, instead of n log n comparisons.
 */
export function sortByKey(order: Uint32Array, key: Key, desc: boolean): void {
  let max = 0;
  for (let k = 0; k < order.length; k++) max = Math.max(max, key[order[k] ?? 0] ?? 0);
  if (max > 4 * order.length + 256) {
    const direction = desc ? -1 : 1;
    order.sort((a, b) => direction * ((key[a] ?? 0) - (key[b] ?? 0)) || a - b);
    return;
  }
  const starts = new Uint32Array(max + 1);
  for (let k = 0; k < order.length; k++) {
    const bucket = key[order[k] ?? 0] ?? 0;
    starts[bucket] = (starts[bucket] ?? 0) + 1;
  }
  let at = 0;
  for (let b = 0; b <= max; b++) {
    const bucket = desc ? max - b : b;
    const count = starts[bucket] ?? 0;
    starts[bucket] = at;
    at += count;
  }
  const sorted = new Uint32Array(order.length);
  for (let k = 0; k < order.length; k++) {
    const tag = order[k] ?? 0;
    const bucket = key[tag] ?? 0;
    sorted[starts[bucket] ?? 0] = tag;
    starts[bucket] = (starts[bucket] ?? 0) + 1;
  }
  order.set(sorted);
}

/**
 * The tags to show, in the order to show them. Ties keep file order in both directions,
 * as a stable sort would.
 */
export function tagOrder(
  history: DecodedHistory,
  sort: TagSort | null,
  filter: TagFilter,
  context: TagOrderContext = { verdicts: null },
): Uint32Array {
  const tags = history.tags;
  const matches = uidMatcher(history, filter.search);
  const diagnosticBit = filter.diagnostic === null ? 0 : DIAGNOSTIC_BIT[filter.diagnostic];
  const verdicts = filter.verdict === null ? null : context.verdicts;
  const time = filter.time ?? null;
  const seconds = time ? tagSeconds(history) : null;
  const kept = new Uint32Array(tags.length);
  let count = 0;
  const filtering =
    filter.operation !== null ||
    filter.content !== null ||
    diagnosticBit !== 0 ||
    verdicts !== null ||
    time !== null ||
    filter.search !== '';
  // Nothing filtered (as a history opens): every tag, in file order, with no test per tag.
  if (!filtering) {
    for (; count < tags.length; count++) kept[count] = count;
  } else {
    for (let i = 0; i < tags.length; i++) {
      if (filter.operation !== null && tags.operationByte[i] !== filter.operation) continue;
      if (filter.content !== null && tags.contentByte[i] !== filter.content) continue;
      if (diagnosticBit !== 0 && ((tags.diagnosticBits[i] ?? 0) & diagnosticBit) === 0) continue;
      if (verdicts && verdicts[i] !== filter.verdict) continue;
      if (time && seconds && !inTimeRange(seconds, i, time)) continue;
      if (!matches(i)) continue;
      kept[count++] = i;
    }
  }
  const order = kept.subarray(0, count);
  if (sort?.column === 'index' || sort?.column === 'offset') {
    // Tags follow one another: file order is index and offset order.
    if (sort.desc) order.reverse();
  } else if (sort) sortByKey(order, sortKey(history, sort.column, context), sort.desc);
  return order;
}
