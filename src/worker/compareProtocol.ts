/**
 * The messages between the page and the comparison worker. A worker compares once and
 * is then terminated, so messages need no ids.
 */
import type { ComparisonWire } from '../compare/index';

/**
 * `bytes`: the BLOB whose history the page shows (the page's own copy, its buffer
 * transferred); the worker decodes it again rather than receive the decoded columns.
 */
export interface CompareRequest {
  type: 'compare';
  bytes: Uint8Array;
  listingText: string;
}

export type CompareWorkerRequest = CompareRequest;

export type CompareWorkerResponse =
  { type: 'compared'; comparison: ComparisonWire } | { type: 'failed'; message: string };
