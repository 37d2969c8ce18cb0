/**
 * Decodes once in a fresh thread and posts the time taken, for `npm run bench`: the
 * first call, before the engine has optimised anything, against the warm median; or,
 * with `warmUp`, the first call after the warm-up the page's decode worker does while
 * the page waits for a file (src/worker/warmUp.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { decodeUidlHistory } from '../src/decoder/index';
import { warmUpDecoder } from '../src/worker/warmUp';

const { bytes, warmUp } = workerData as { bytes: Uint8Array; warmUp: boolean };
if (warmUp)
  warmUpDecoder(
    () => false,
    (next) => next(),
  );
const start = performance.now();
const history = decodeUidlHistory(bytes);
parentPort?.postMessage({ ms: performance.now() - start, tags: history.tags.length });
