import { DIAGNOSTIC_CODES, SEVERITY, decodeUidlHistory, severityCounts } from '../decoder/index';
import type { HistoryJudgement } from './msg';

/** diagnosticBits of the codes whose severity is error. */
const ERROR_BITS = DIAGNOSTIC_CODES.reduce(
  (bits, code, i) => (SEVERITY[code] === 'error' ? bits | (1 << i) : bits),
  0,
);

/**
 * Whether bytes "decode as a UIDL history", the test an attachment of a `.msg` must pass:
 * the header is complete with version 3, and at most half of the tags found carry an
 * error diagnostic (Count 0 with nothing after the header passes too). Attachments of
 * ordinary mail fail it at once, while a damaged history still gets through.
 */
export function judgeHistory(bytes: Uint8Array): HistoryJudgement {
  const history = decodeUidlHistory(bytes, { maxDiagnostics: 0 });
  const { tags } = history;
  let tagsWithErrors = 0;
  for (let i = 0; i < tags.length; i++) {
    if ((tags.diagnosticBits[i]! & ERROR_BITS) !== 0) tagsWithErrors++;
  }
  const errorCount = severityCounts(history.diagnosticCounts).error;
  const isHistory =
    history.version.value === 3 &&
    history.count.value !== null &&
    tagsWithErrors <= tags.length / 2;
  return { isHistory, tagCount: tags.length, errorCount };
}
