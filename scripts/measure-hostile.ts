/**
 * Runs the CLI as a real process on each crafted .msg (and with `--large` on 64 MiB
 * inputs of other kinds) and measures it with /usr/bin/time -v:
 * `npx tsx scripts/measure-hostile.ts [--large]`. Fails when a run takes over 10 s, peaks
 * over 512 MB resident, or a crafted file does not end in status 2 with one line on stderr.
 * Timings depend on the machine and its load; this is a measurement, not a test.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { encodeUidlHistory } from '../src/decoder/index';
import { MAX_INPUT_BYTES } from '../src/input/limits';
import { aliasedAttachmentsMsg, hostileFixtures, nestedMsg } from '../src/input/testing/hostileMsg';

const MAX_SECONDS = 10;
const MAX_RSS_KB = 512 * 1024;
const TIME = '/usr/bin/time';
if (!existsSync(TIME)) throw new Error(`${TIME} is needed (apt-get install time)`);

const dir = mkdtempSync(path.join(tmpdir(), 'pop3-uidl-measure-'));
const bin = path.resolve(import.meta.dirname, '..', 'bin', 'pop3-uidl.mjs');
const cases: { name: string; bytes: Uint8Array; crafted: boolean }[] = [
  ...hostileFixtures(),
  nestedMsg(10_000),
  { ...aliasedAttachmentsMsg(200, 3_400_000), name: 'aliased-3.4MB.msg' },
].map(({ name, bytes }) => ({ name, bytes, crafted: true }));

if (process.argv.includes('--large')) {
  const random = new Uint8Array(MAX_INPUT_BYTES);
  for (let i = 0; i < random.length; i++) random[i] = (i * 2654435761) >>> 24;
  const tag = encodeUidlHistory({
    tags: [{ operation: 'get', content: 'body', timestampRaw: '20120906131138', uid: 'a' }],
  }).subarray(4);
  const tags = new Uint8Array(MAX_INPUT_BYTES);
  tags.set([3, 0, 0xff, 0xff]);
  for (let at = 4; at + tag.length <= tags.length; at += tag.length) tags.set(tag, at);
  cases.push(
    { name: 'zeros-64MiB.bin', bytes: new Uint8Array(MAX_INPUT_BYTES), crafted: false },
    { name: 'noise-64MiB.bin', bytes: random, crafted: false },
    { name: 'short-tags-64MiB.bin', bytes: tags, crafted: false },
  );
}

let failed = false;
console.log('file                              bytes      status  seconds  peak RSS');
for (const { name, bytes, crafted } of cases) {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  const timing = `${file}.time`;
  const run = spawnSync(TIME, ['-v', '-o', timing, process.execPath, bin, file], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const report = readFileSync(timing, 'utf8');
  const seconds = elapsed(/Elapsed \(wall clock\) time.*: (.+)/.exec(report)?.[1] ?? '');
  const rssKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(report)?.[1] ?? NaN);
  const own = run.stderr.trimEnd();
  const problems: string[] = [];
  if (seconds > MAX_SECONDS) problems.push(`over ${MAX_SECONDS} s`);
  if (!(rssKb <= MAX_RSS_KB)) problems.push('over 512 MB');
  if (crafted && run.status !== 2) problems.push(`status ${run.status}, not 2`);
  if (crafted && own.split('\n').length !== 1) problems.push('stderr is not one line');
  if (/\n\s+at /.test(own)) problems.push('a stack trace');
  failed ||= problems.length > 0;
  console.log(
    `${name.padEnd(32)}  ${String(bytes.length).padStart(9)}  ${String(run.status).padStart(6)}  ${seconds.toFixed(2).padStart(7)}  ${Math.round(rssKb / 1024)} MB${problems.length ? `  FAIL: ${problems.join(', ')}` : ''}`,
  );
  if (crafted) console.log(`  ${own}`);
}
process.exitCode = failed ? 1 : 0;

/** `m:ss.ss` or `h:mm:ss` as seconds. */
function elapsed(text: string): number {
  return text.split(':').reduce((total, part) => total * 60 + Number(part), 0);
}
