/**
 * Fuzzes every input path: `npm run fuzz -- [count] [seed]` (or FUZZ_COUNT / FUZZ_SEED;
 * defaults 20,000 inputs, seed 1). Fails on any throw, any broken invariant, an input
 * slower than FUZZ_MAX_MS (default 2,000 ms) or a resident set over 512 MB, and saves
 * each failing input under the system's temp folder to replay.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import CFB from 'cfb';
import { encodeUidlHistory } from '../src/decoder/index';
import { makeLargeTags } from '../src/decoder/testing/generate';
import { fuzzPaths, runFuzz } from '../src/input/testing/fuzz';

const count = Number(process.argv[2] ?? process.env.FUZZ_COUNT ?? 20_000);
const seed = Number(process.argv[3] ?? process.env.FUZZ_SEED ?? 1);
const maxMillis = Number(process.env.FUZZ_MAX_MS ?? 2000);
const MAX_RSS = 512 * 1024 * 1024;

/** .msg files as another implementation writes them, to mutate beside our own. */
function cfbWrittenMsgs(): Uint8Array[] {
  const utf16 = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le'));
  return [2, 40].map((attachments) => {
    const container = CFB.utils.cfb_new();
    CFB.utils.cfb_add(container, '/__substg1.0_001A001F', utf16('IPM.MessageManager'));
    for (let i = 0; i < attachments; i++) {
      const storage = `/__attach_version1.0_#${i.toString(16).padStart(8, '0')}`;
      const history = encodeUidlHistory({ tags: makeLargeTags(i % 7 === 0 ? 120 : 3, i) });
      CFB.utils.cfb_add(container, `${storage}/__substg1.0_37010102`, history);
    }
    return new Uint8Array(CFB.write(container, { type: 'array' }) as Uint8Array);
  });
}

let peakRss = 0;
const started = performance.now();
const report = await runFuzz({
  seed,
  count,
  paths: fuzzPaths(cfbWrittenMsgs()),
  now: () => performance.now(),
  maxMillis,
  afterEach: (index) => {
    if (index % 50 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
    if (index > 0 && index % 5000 === 0) console.log(`  ${index} inputs…`);
  },
});
peakRss = Math.max(peakRss, process.memoryUsage().rss);

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
console.log(
  `fuzz: ${report.inputs} inputs, seed ${seed}, ${Math.round(performance.now() - started)} ms`,
);
console.log(
  `  per path: ${Object.entries(report.perPath)
    .map(([name, n]) => `${name} ${n}`)
    .join(', ')}`,
);
if (report.slowest) {
  const { index, path: where, millis } = report.slowest;
  console.log(`  slowest input: #${index} (${where}), ${millis.toFixed(1)} ms`);
}
console.log(`  peak resident set: ${mb(peakRss)} (limit ${mb(MAX_RSS)})`);

const failed = report.failures.length > 0 || peakRss > MAX_RSS;
if (report.failures.length > 0) {
  const dir = mkdtempSync(path.join(tmpdir(), 'pop3-uidl-fuzz-'));
  for (const failure of report.failures.slice(0, 50)) {
    const file = path.join(dir, `${failure.index}-${failure.path}.bin`);
    writeFileSync(file, failure.input);
    console.log(
      `FAIL #${failure.index} (${failure.path}): ${failure.problems.join('; ')}\n  ${file}`,
    );
  }
  console.log(`${report.failures.length} failing inputs`);
}
if (peakRss > MAX_RSS) console.log('FAIL: resident set over the limit');
process.exitCode = failed ? 1 : 0;
