import type { ServerComparison } from '../compare/compare';
import { toJson } from '../decoder/index';
import type { DecodedHistory } from '../decoder/index';

/** SHA-256 (hex) of the BLOB and of the file it was found in, e.g. a .msg (the same for a raw BLOB). */
export interface Fingerprint {
  sha256: string | null;
  sourceSha256: string | null;
}

/**
 * The decoder's JSON of the history, pretty-printed, with a `comparison` field when a
 * server comparison is given. Pass the file's bytes to include each tag's hex, and its
 * fingerprint for `sha256` and `sourceSha256` fields (hashing is the caller's: this layer
 * has no crypto).
 */
export function toJsonText(
  history: DecodedHistory,
  comparison?: ServerComparison | null,
  bytes?: Uint8Array,
  fingerprint?: Fingerprint,
): string {
  const json = fingerprint
    ? {
        sha256: fingerprint.sha256,
        sourceSha256: fingerprint.sourceSha256,
        ...toJson(history, bytes),
      }
    : toJson(history, bytes);
  const withComparison = comparison ? { ...json, comparison } : json;
  return JSON.stringify(withComparison, null, 2) + '\n';
}
