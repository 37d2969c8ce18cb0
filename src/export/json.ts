import type { ServerComparison } from '../compare/compare';
import type { DecodedHistory } from '../decoder/index';
import { joinChunks } from './chunks';
import { jsonTextChunks } from './jsonStream';

/** SHA-256 (hex) of the BLOB and of the file it was found in, e.g. a .msg (the same for a raw BLOB). */
export interface Fingerprint {
  sha256: string | null;
  sourceSha256: string | null;
}

/**
 * The decoder's JSON of the history, pretty-printed, with a `comparison` field when a
 * server comparison is given. Pass the file's bytes to include each tag's hex, and its
 * fingerprint for `sha256` and `sourceSha256` fields (hashing is the caller's: this layer
 * has no crypto). As one string: for a history whose JSON is too large for that, write
 * `jsonTextChunks`.
 */
export function toJsonText(
  history: DecodedHistory,
  comparison?: ServerComparison | null,
  bytes?: Uint8Array,
  fingerprint?: Fingerprint,
): string {
  return joinChunks(jsonTextChunks(history, comparison, bytes, fingerprint));
}
