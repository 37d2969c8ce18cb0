import { severityCounts } from '../../decoder/diagnostics';
import { contentOf, operationOf } from '../../decoder/layout';
import {
  TAG_TIMESTAMP_VALID,
  type Content,
  type DecodedHistory,
  type Operation,
  type Severity,
} from '../../decoder/model';

export interface HistorySummary {
  tagsFound: number;
  /** Per operation; `unknown` counts tags whose operation byte is none Outlook writes. */
  operations: Record<Operation | 'unknown', number>;
  contents: Record<Content | 'unknown', number>;
  /** The 14 timestamp digits as recorded, of valid timestamps only; null when there is none. */
  earliest: string | null;
  latest: string | null;
  /** Every diagnostic found, including those left out of the list. */
  severities: Record<Severity, number>;
}

/** Totals for the header. One pass over the tag columns; no per-tag objects. */
export function summarize(history: DecodedHistory): HistorySummary {
  const { tags, bytes } = history;
  const operations = { get: 0, delete: 0, 'get-and-delete': 0, unknown: 0 };
  const contents = { none: 0, header: 0, body: 0, unknown: 0 };
  // File offsets of the earliest and latest valid timestamps; sliced once at the end.
  let earliest = -1;
  let latest = -1;
  for (let i = 0; i < tags.length; i++) {
    operations[operationOf(tags.operationByte[i]!) ?? 'unknown']++;
    contents[contentOf(tags.contentByte[i]!) ?? 'unknown']++;
    if ((tags.flags[i]! & TAG_TIMESTAMP_VALID) === 0) continue;
    const at = tags.timestampStart[i]!;
    if (earliest < 0 || compareDigits(bytes, at, earliest) < 0) earliest = at;
    if (latest < 0 || compareDigits(bytes, at, latest) > 0) latest = at;
  }
  const severities = severityCounts(history.diagnosticCounts);
  const timestampAt = (at: number): string | null =>
    at < 0 ? null : String.fromCharCode(...bytes.subarray(at, at + TIMESTAMP_DIGITS));
  return {
    tagsFound: tags.length,
    operations,
    contents,
    earliest: timestampAt(earliest),
    latest: timestampAt(latest),
    severities,
  };
}

const TIMESTAMP_DIGITS = 14;

/** Orders two valid timestamps in the file's bytes: same-length digit strings order as the times they spell. */
function compareDigits(bytes: Uint8Array, a: number, b: number): number {
  for (let k = 0; k < TIMESTAMP_DIGITS; k++) {
    const difference = bytes[a + k]! - bytes[b + k]!;
    if (difference !== 0) return difference;
  }
  return 0;
}
