/**
 * Store scanner benchmark: `npm run bench:pst`. Writes two Unicode PSTs to a temporary
 * folder — about 1 GB with large ordinary attachments, and one of 10,000 messages — scans
 * each for its Message Manager histories, reads the largest history, and prints the times
 * and how many bytes of the file were read. The files are deleted afterwards.
 *
 * BENCH_PST_GB sets the size of the large store (default 1).
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scanStore } from '../src/input/pst/index';
import { benchmarkStore } from '../src/input/pst/testing/stores';
import { writePst, type StoreSpec } from '../src/input/pst/testing/writer';
import { openFileSource } from '../src/cli/fileSource';
import { fileSink } from './pstFiles';

const GB = Number(process.env.BENCH_PST_GB ?? 1);
const dir = mkdtempSync(join(tmpdir(), 'bench-pst-'));

const mb = (n: number): string => `${(n / 1e6).toFixed(n < 1e7 ? 2 : 0)} MB`;

async function run(name: string, spec: StoreSpec): Promise<void> {
  const path = join(dir, `${name}.pst`);
  let start = performance.now();
  const sink = fileSink(path);
  writePst(spec, sink);
  sink.close();
  const size = statSync(path).size;
  const writeMs = performance.now() - start;

  const source = await openFileSource(path);
  try {
    start = performance.now();
    const scan = await scanStore(source);
    const scanMs = performance.now() - start;
    if (scan.kind === 'error') throw new Error(scan.message);
    const attachments = scan.messages.flatMap((m) => m.attachments);
    const largest = attachments.reduce((a, b) => ((b.size ?? 0) > (a.size ?? 0) ? b : a));
    start = performance.now();
    const data = await largest.readData();
    const readMs = performance.now() - start;
    if (!(data instanceof Uint8Array)) throw new Error(data.message);
    console.log(
      [
        `${name}: ${mb(size)} store (written in ${(writeMs / 1000).toFixed(1)} s)`,
        `  scan: ${scanMs.toFixed(1)} ms, ${scan.foldersVisited} folders, ${scan.messages.length} Message Manager messages, ${attachments.length} histories`,
        `  bytes read by the scan: ${scan.bytesRead.toLocaleString('en')} (${((scan.bytesRead / size) * 100).toFixed(4)} % of the file)`,
        `  largest history (${mb(data.length)}, ${largest.storage}-stored): read in ${readMs.toFixed(1)} ms`,
      ].join('\n'),
    );
  } finally {
    await source.close();
    rmSync(path, { force: true });
  }
}

try {
  await run(`${GB} GB`, benchmarkStore(200, GB * 1e9));
  await run('10,000 messages', benchmarkStore(10_000, 0));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
