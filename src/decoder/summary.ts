import { severityCounts } from './diagnostics';
import { contentOf, operationOf } from './layout';
import {
  TAG_TIMESTAMP_VALID,
  type Content,
  type DecodedHistory,
  type Operation,
  type Severity,
} from './model';

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

/**
 * Totals for the header. One pass over the tag columns, no per-tag objects and no calls
 * per tag: it runs on the main thread as a history opens, before the engine has
 * optimised anything, so bytes are counted first and named once per byte value.
 */
export function summarize(history: DecodedHistory): HistorySummary {
  const { tags, bytes } = history;
  const operationBytes = new Uint32Array(256);
  const contentBytes = new Uint32Array(256);
  // File offsets of the earliest and latest valid timestamps, and their digits as numbers
  // (14 digits fit a double exactly); sliced once at the end.
  let earliest = -1;
  let latest = -1;
  let earliestValue = Infinity;
  let latestValue = -Infinity;
  for (let i = 0; i < tags.length; i++) {
    operationBytes[tags.operationByte[i]!]!++;
    contentBytes[tags.contentByte[i]!]!++;
    if ((tags.flags[i]! & TAG_TIMESTAMP_VALID) === 0) continue;
    const at = tags.timestampStart[i]!;
    let value = 0;
    for (let k = at; k < at + TIMESTAMP_DIGITS; k++) value = value * 10 + bytes[k]! - 0x30;
    if (value < earliestValue) {
      earliestValue = value;
      earliest = at;
    }
    if (value > latestValue) {
      latestValue = value;
      latest = at;
    }
  }
  const operations = { get: 0, delete: 0, 'get-and-delete': 0, unknown: 0 };
  const contents = { none: 0, header: 0, body: 0, unknown: 0 };
  for (let byte = 0; byte < 256; byte++) {
    operations[operationOf(byte) ?? 'unknown'] += operationBytes[byte]!;
    contents[contentOf(byte) ?? 'unknown'] += contentBytes[byte]!;
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
