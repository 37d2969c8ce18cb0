/**
 * Decoder benchmark: `npm run bench`. Decodes a 65,535-tag history and prints medians of
 * the decode time, its throughput, the time to hand the result to another thread through
 * a real MessageChannel (transferring the column buffers), and the decode time as a
 * multiple of a plain loop over the same bytes looking for 0x00; the first decode in a
 * fresh worker thread against the warm median; and Kaitai Struct's parser generated
 * from scripts/uidl_history.ksy (see benchKaitai.ts) against the decoder; and the same
 * decoder in a worker of headless Chromium, where the page runs it (benchChromium.ts).
 *
 * Each figure is given as wall-clock time and as this process's CPU time: on a shared
 * machine the wall clock also counts time the process spent waiting for a core.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MessageChannel, Worker } from 'node:worker_threads';
import { buildSync } from 'esbuild';
import { decodeUidlHistory, historyBuffers } from '../src/decoder/index';
import type { DecodedHistory } from '../src/decoder/index';
import { makeLargeHistory } from '../src/decoder/testing/generate';
import { benchChromium } from './benchChromium';
import { benchKaitai } from './benchKaitai';
import { countTerminators } from './plainLoop';

const TAGS = 65_535;
const RUNS = Number(process.env.BENCH_RUNS ?? 21);

function median(timings: Timing[], key: keyof Timing): number {
  const sorted = timings.map((timing) => timing[key]).sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

interface Timing {
  wall: number;
  cpu: number;
}

function cpuMs(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}

function time(run: () => void): Timing {
  const cpu = process.cpuUsage();
  const start = performance.now();
  run();
  return { wall: performance.now() - start, cpu: cpuMs(cpu) };
}

async function handOver(history: DecodedHistory): Promise<Timing> {
  const { port1, port2 } = new MessageChannel();
  const received = new Promise<Timing>((resolve) => {
    port2.once('message', () => resolve({ wall: performance.now(), cpu: cpuMs(cpu) }));
  });
  const cpu = process.cpuUsage();
  const sent = performance.now();
  port1.postMessage(history, historyBuffers(history));
  const arrived = await received;
  port1.close();
  port2.close();
  return { wall: arrived.wall - sent, cpu: arrived.cpu };
}

const bytes = makeLargeHistory(TAGS, 20240712);
let sink = 0;
// Warm up both loops so the medians compare optimised code.
for (let i = 0; i < 5; i++) sink += decodeUidlHistory(bytes).tags.length + countTerminators(bytes);

const decodeTimes: Timing[] = [];
const loopTimes: Timing[] = [];
const handOverTimes: Timing[] = [];
for (let i = 0; i < RUNS; i++) {
  decodeTimes.push(time(() => (sink += decodeUidlHistory(bytes).tags.length)));
  loopTimes.push(time(() => (sink += countTerminators(bytes))));
  handOverTimes.push(await handOver(decodeUidlHistory(bytes)));
}

/** The first decode in a fresh worker thread (scripts/benchWorker.ts, bundled here). */
async function firstDecodeInWorker(warmUp: boolean): Promise<number> {
  const script = join(tmpdir(), `pop3-uidl-bench-worker-${process.pid}.mjs`);
  buildSync({
    entryPoints: [join(import.meta.dirname, 'benchWorker.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: script,
    logLevel: 'warning',
  });
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    times.push(
      await new Promise<number>((resolve, reject) => {
        const worker = new Worker(script, { workerData: { bytes, warmUp } });
        worker.once('message', (message: { ms: number }) => {
          resolve(message.ms);
          void worker.terminate();
        });
        worker.once('error', reject);
      }),
    );
  }
  return times.sort((a, b) => a - b)[2] ?? NaN;
}
const firstInWorker = await firstDecodeInWorker(false);
const firstAfterWarmUp = await firstDecodeInWorker(true);
const kaitai = await benchKaitai(bytes, Math.max(3, Math.floor(RUNS / 3)));
const chromium = await benchChromium(bytes, RUNS);

const history = decodeUidlHistory(bytes);
const transferred = historyBuffers(history).reduce((size, buffer) => size + buffer.byteLength, 0);
const ms = (value: number): string => `${value.toFixed(2)} ms`;
const row = (label: string, wall: string, cpu: string): string =>
  `${label.padEnd(30)}${wall.padStart(12)}${cpu.padStart(12)}`;
const figures = (label: string, timings: Timing[]): string =>
  row(label, ms(median(timings, 'wall')), ms(median(timings, 'cpu')));
const perSecond = (key: keyof Timing): string =>
  `${(bytes.length / 1e6 / (median(decodeTimes, key) / 1000)).toFixed(1)} MB/s`;
const ratio = (key: keyof Timing): string =>
  `${(median(decodeTimes, key) / median(loopTimes, key)).toFixed(1)}x`;

console.log(`POP3 UIDL history decoder, medians of ${RUNS} runs (node ${process.version})`);
console.log(
  `${history.tags.length} tags, ${history.escapes.length} escapes, ${(bytes.length / 1e6).toFixed(2)} MB; ` +
    `hand-over moves ${(transferred / 1e6).toFixed(2)} MB of columns and copies ${(history.text.length / 1e6).toFixed(2)} M chars of text and the ${(bytes.length / 1e6).toFixed(2)} MB of bytes`,
);
console.log(row('', 'wall clock', 'CPU time'));
console.log(figures('decode', decodeTimes));
console.log(row('throughput', perSecond('wall'), perSecond('cpu')));
console.log(figures('plain loop looking for 0x00', loopTimes));
console.log(row('decode / plain loop', ratio('wall'), ratio('cpu')) + '   (target <= 6x)');
console.log(figures('hand-over via MessageChannel', handOverTimes) + '   (target < 10 ms)');
console.log(
  row('first decode, fresh worker', ms(firstInWorker), '') +
    `   ${(firstInWorker / median(decodeTimes, 'wall')).toFixed(1)}x the warm wall median (target <= 2x; median of 5 workers)`,
);
console.log(
  row('first decode after warm-up', ms(firstAfterWarmUp), '') +
    `   ${(firstAfterWarmUp / median(decodeTimes, 'wall')).toFixed(1)}x (the page's worker warms up while no file is open)`,
);
if (kaitai !== null) {
  const peer = (label: string, timing: Timing, note: string): void => {
    console.log(row(label, ms(timing.wall), ms(timing.cpu)));
    const faster = (key: keyof Timing): string =>
      `${(timing[key] / median(decodeTimes, key)).toFixed(1)}x`;
    console.log(row('  Kaitai / decode', faster('wall'), faster('cpu')) + note);
  };
  peer('Kaitai, tags cut apart', kaitai.split, '   (UIDs left as recorded)');
  peer('Kaitai, field by field', kaitai.fields, '   (target >= 25x)');
}
if (chromium !== null) {
  console.log('In a worker of headless Chromium, where the page decodes (wall clock):');
  console.log(row('decode', ms(chromium.decode), ''));
  console.log(row('plain loop looking for 0x00', ms(chromium.loop), ''));
  console.log(row('decode / plain loop', `${(chromium.decode / chromium.loop).toFixed(1)}x`, ''));
  console.log(
    row(
      'decode, Chromium / Node',
      `${(chromium.decode / median(decodeTimes, 'wall')).toFixed(1)}x`,
      '',
    ) + "   (the same decoder in the page's engine)",
  );
  console.log(
    row('first decode, fresh worker', ms(chromium.first), '') +
      `   ${(chromium.first / chromium.decode).toFixed(1)}x the warm median (median of 5 workers)`,
  );
  console.log(
    row('first decode after warm-up', ms(chromium.firstAfterWarmUp), '') +
      `   ${(chromium.firstAfterWarmUp / chromium.decode).toFixed(1)}x (target <= 2x)`,
  );
}
if (sink < 0) console.log(sink);
