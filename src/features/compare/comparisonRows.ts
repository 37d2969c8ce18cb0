import {
  VERDICTS,
  type NearMiss,
  type ServerComparison,
  type TagVerdict,
} from '../../compare/index';
import { uidOf } from '../../decoder/index';
import type { DecodedHistory } from '../../decoder/model';

/** What the panel lists: every row, one verdict, or the server messages with a near miss. */
export type CompareFilter = 'all' | TagVerdict | 'near-miss';

export const VERDICT_FILTERS: readonly TagVerdict[] = ['fetched', 'deleted', 'new', 'gone'];

/**
 * One line of the comparison: a server message (`number` and `line` set), or a history
 * tag the server no longer lists (`verdict` gone, `number` and `line` null).
 */
export interface ComparisonRow {
  /** Stable across filters: `line-<n>` for a server message, `tag-<i>` for a gone tag. */
  id: string;
  number: number | null;
  line: number | null;
  uid: string;
  verdict: TagVerdict;
  /** Tags whose decoded UID is exactly this one, in file order. */
  tags: number[];
  /** Pairs this row is part of: UIDs equal but for case or surrounding whitespace. */
  nearMisses: NearMissView[];
}

/** A near miss with the server's message number for its listing line. */
export interface NearMissView extends NearMiss {
  number: number;
}

function groupNearMisses(nearMisses: NearMissView[], keyOf: (miss: NearMiss) => number) {
  const groups = new Map<number, NearMissView[]>();
  for (const miss of nearMisses) {
    const key = keyOf(miss);
    const group = groups.get(key);
    if (group) group.push(miss);
    else groups.set(key, [miss]);
  }
  return groups;
}

/** The rows of one filter, made one at a time as they are shown. */
export interface ComparisonRows {
  length: number;
  at(index: number): ComparisonRow;
  /** `at(index).id`, without making the row. */
  id(index: number): string;
}

/**
 * The rows for `filter`: server messages in listing order, then gone tags in file order.
 * Only which rows there are is worked out here, as one typed array (a message's index,
 * or -1 - tag for a gone tag); a listing of a million messages makes no million objects.
 */
export function comparisonRows(
  history: DecodedHistory,
  comparison: ServerComparison,
  filter: CompareFilter,
): ComparisonRows {
  const { messages, tagVerdicts } = comparison;
  const nearMisses = comparison.nearMisses.map((miss) => ({
    ...miss,
    number: messages.listing.numberOfLine(miss.line) ?? 0,
  }));
  const byLine = groupNearMisses(nearMisses, (miss) => miss.line);
  const byTag = groupNearMisses(nearMisses, (miss) => miss.tag);
  const { line: lines, number: numbers } = messages.listing.columns;
  const verdictCodes = messages.columns.verdict;

  const entries = new Int32Array(messages.length + tagVerdicts.length);
  let length = 0;
  if (filter === 'near-miss') {
    for (const line of byLine.keys()) entries[length++] = messages.listing.indexOfLine(line);
    entries.subarray(0, length).sort();
  } else if (filter !== 'gone') {
    const code = filter === 'all' ? -1 : VERDICTS.indexOf(filter);
    for (let i = 0; i < messages.length; i++)
      if (code < 0 || verdictCodes[i] === code) entries[length++] = i;
  }
  if (filter === 'all' || filter === 'gone') {
    for (let tag = 0; tag < tagVerdicts.length; tag++)
      if (tagVerdicts[tag] === 'gone') entries[length++] = -1 - tag;
  }

  const id = (index: number): string => {
    const entry = entries[index]!;
    return entry >= 0 ? `line-${lines[entry]}` : `tag-${-1 - entry}`;
  };
  const at = (index: number): ComparisonRow => {
    const entry = entries[index]!;
    if (entry >= 0) {
      const line = lines[entry]!;
      return {
        id: id(index),
        number: numbers[entry]!,
        line,
        uid: messages.uid(entry),
        verdict: messages.verdict(entry),
        tags: messages.tags(entry),
        nearMisses: byLine.get(line) ?? [],
      };
    }
    const tag = -1 - entry;
    return {
      id: id(index),
      number: null,
      line: null,
      uid: uidOf(history, tag),
      verdict: 'gone',
      tags: [tag],
      nearMisses: byTag.get(tag) ?? [],
    };
  };
  return { length, at, id };
}

/** Every row, e.g. for a test or a small listing. */
export function allRows(rows: ComparisonRows): ComparisonRow[] {
  return Array.from({ length: rows.length }, (_, index) => rows.at(index));
}

/** Server messages that have at least one near miss (what the near-miss filter lists). */
export function nearMissMessageCount(comparison: ServerComparison): number {
  return new Set(comparison.nearMisses.map((miss) => miss.line)).size;
}
