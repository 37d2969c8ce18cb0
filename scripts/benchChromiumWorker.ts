/**
 * The decoder in a worker of headless Chromium, for `npm run bench` (benchChromium.ts
 * bundles this as a classic script, as the page's worker is). The page's worker runs
 * Chromium's engine, which is not Node's: figures there can differ by a factor.
 *
 * Named 'warm', it first does the warm-up the page's worker does while no file is open.
 * A message with `runs` 0 is one timed decode, the first of this worker; otherwise the
 * medians of `runs` decodes and of as many plain loops over the bytes looking for 0x00.
 */
import { decodeUidlHistory } from '../src/decoder/index';
import { warmUpDecoder } from '../src/worker/warmUp';
import { countTerminators } from './plainLoop';

declare const self: { name: string; onmessage: unknown; postMessage(message: unknown): void };

let requested = false;
if (self.name === 'warm') warmUpDecoder(() => requested);

function median(run: () => unknown, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)] ?? NaN;
}

self.onmessage = (event: { data: { bytes: Uint8Array; runs: number } }) => {
  requested = true;
  const { bytes, runs } = event.data;
  if (runs === 0) {
    self.postMessage({ first: median(() => decodeUidlHistory(bytes), 1) });
    return;
  }
  for (let i = 0; i < 5; i++) {
    decodeUidlHistory(bytes);
    countTerminators(bytes);
  }
  self.postMessage({
    decode: median(() => decodeUidlHistory(bytes), runs),
    loop: median(() => countTerminators(bytes), runs),
  });
};
