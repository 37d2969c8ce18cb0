import type { ServerComparison } from '../compare/compare';
import type { DecodedHistory } from '../decoder/index';
import { joinChunks } from './chunks';
import { jsonTextChunks } from './jsonStream';

/**
 * The decoder's JSON of the history, pretty-printed, with a `comparison` field when a
 * server comparison is given. Pass the file's bytes to include each tag's hex. As one
 * string: for a history whose JSON is too large for that, write `jsonTextChunks`.
 */
export function toJsonText(
  history: DecodedHistory,
  comparison?: ServerComparison | null,
  bytes?: Uint8Array,
): string {
  return joinChunks(jsonTextChunks(history, comparison, bytes));
}
