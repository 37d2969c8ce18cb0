/**
 * Decodes once in a fresh thread and posts the time taken, for `npm run bench`: the
 * first call, before the engine has optimised anything, against the warm median.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { decodeUidlHistory } from '../src/decoder/index';

const bytes = workerData as Uint8Array;
const start = performance.now();
const history = decodeUidlHistory(bytes);
parentPort?.postMessage({ ms: performance.now() - start, tags: history.tags.length });
