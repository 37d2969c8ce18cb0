import type { NearMiss, ServerComparison, TagVerdict } from '../../compare/index';
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

/** The rows for `filter`: server messages in listing order, then gone tags in file order. */
export function comparisonRows(
  history: DecodedHistory,
  comparison: ServerComparison,
  filter: CompareFilter,
): ComparisonRow[] {
  const numberOfLine = new Map(comparison.messages.map((m) => [m.line, m.number]));
  const nearMisses = comparison.nearMisses.map((miss) => ({
    ...miss,
    number: numberOfLine.get(miss.line) ?? 0,
  }));
  const byLine = groupNearMisses(nearMisses, (miss) => miss.line);
  const rows: ComparisonRow[] = [];
  if (filter !== 'gone') {
    for (const message of comparison.messages) {
      const nearMisses = byLine.get(message.line) ?? [];
      const wanted =
        filter === 'all' ||
        filter === message.verdict ||
        (filter === 'near-miss' && nearMisses.length > 0);
      if (!wanted) continue;
      rows.push({
        id: `line-${message.line}`,
        number: message.number,
        line: message.line,
        uid: message.uid,
        verdict: message.verdict,
        tags: message.tags,
        nearMisses,
      });
    }
  }
  if (filter === 'all' || filter === 'gone') {
    const byTag = groupNearMisses(nearMisses, (miss) => miss.tag);
    comparison.tagVerdicts.forEach((verdict, tag) => {
      if (verdict !== 'gone') return;
      rows.push({
        id: `tag-${tag}`,
        number: null,
        line: null,
        uid: uidOf(history, tag),
        verdict,
        tags: [tag],
        nearMisses: byTag.get(tag) ?? [],
      });
    });
  }
  return rows;
}

/** Server messages that have at least one near miss (what the near-miss filter lists). */
export function nearMissMessageCount(comparison: ServerComparison): number {
  return new Set(comparison.nearMisses.map((miss) => miss.line)).size;
}
