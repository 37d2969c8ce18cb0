/**
 * The page's side of the comparison worker: `compareWith()` is a plain async function.
 * Each comparison gets a fresh worker, terminated once it has answered or when the
 * comparison is cancelled (a new listing, a new history, or Cancel).
 */
import { comparisonFromWire, type ServerComparison } from '../compare/index';
import type { CompareWorkerRequest, CompareWorkerResponse } from './compareProtocol';
import { callOnce, withCopyOf, type OneShotOptions } from './oneShot';
import type { WorkerPort } from './port';

export type CompareWorkerPort = WorkerPort<CompareWorkerRequest, CompareWorkerResponse>;

/**
 * Compares the history of `bytes` with the listing in a worker. The result reads its UIDs
 * from `listingText` itself, so the listing comes back as offsets, not as strings.
 */
export function compareWith(
  createWorker: () => CompareWorkerPort,
  bytes: Uint8Array,
  listingText: string,
  options: OneShotOptions = {},
): Promise<ServerComparison> {
  return callOnce(
    createWorker,
    {
      what: 'comparison worker',
      cancelledMessage: 'The comparison was cancelled.',
      request: () =>
        withCopyOf(bytes, (copy) => ({ type: 'compare' as const, bytes: copy, listingText })),
      settle: (data) =>
        data.type === 'compared'
          ? comparisonFromWire(data.comparison, listingText)
          : new Error(data.message),
    },
    options,
  );
}
