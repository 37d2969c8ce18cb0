import type { ServerComparison } from '../compare/compare';
import { toJson } from '../decoder/index';
import type { DecodedHistory } from '../decoder/index';

/**
 * The decoder's JSON of the history, pretty-printed, with a `comparison` field when a
 * server comparison is given. Pass the file's bytes to include each tag's hex.
 */
export function toJsonText(
  history: DecodedHistory,
  comparison?: ServerComparison | null,
  bytes?: Uint8Array,
): string {
  const json = toJson(history, bytes);
  const withComparison = comparison ? { ...json, comparison } : json;
  return JSON.stringify(withComparison, null, 2) + '\n';
}
