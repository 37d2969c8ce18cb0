/**
 * The Kaitai Struct peer of `npm run bench`: scripts/uidl_history.ksy compiled to
 * JavaScript by kaitai-struct-compiler (in this process, offline), run with the
 * kaitai-struct runtime on the same bytes. Returns its median parse time in ms (wall
 * clock and CPU), or null when the compiler cannot be loaded.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);

interface Compiler {
  compile(
    language: string,
    ksy: unknown,
    importer: unknown,
    debug: boolean,
  ): Promise<Record<string, string>>;
}
type Parser = new (stream: unknown) => { tags: unknown[] };

async function compiledParser(): Promise<Parser> {
  const compiler = require('kaitai-struct-compiler') as Compiler;
  const yaml = readFileSync(join(import.meta.dirname, 'uidl_history.ksy'), 'utf8');
  const ksy: unknown = JSON.parse(yaml.replace(/^#.*$/gm, ''));
  const files = await compiler.compile('javascript', ksy, null, false);
  // The generated file is a UMD module: loaded as CommonJS from under node_modules, where
  // its require of the runtime resolves (and nothing generated lands in the sources).
  const folder = join(import.meta.dirname, '..', 'node_modules', '.cache', 'uidl-bench');
  mkdirSync(folder, { recursive: true });
  const file = join(folder, 'UidlHistory.cjs');
  writeFileSync(file, Object.values(files)[0] ?? '');
  const exported = require(file) as Record<string, unknown>;
  return (exported.UidlHistory ?? Object.values(exported)[0]) as Parser;
}

export async function benchKaitai(
  bytes: Uint8Array,
  runs: number,
): Promise<{ wall: number; cpu: number } | null> {
  let Parser: Parser;
  try {
    Parser = await compiledParser();
  } catch (error) {
    console.log(
      `Kaitai Struct peer skipped: ${error instanceof Error ? error.message : String(error)}`,
    );
    return null;
  }
  const KaitaiStream = require('kaitai-struct/KaitaiStream') as new (
    buffer: ArrayBuffer,
  ) => unknown;
  const buffer = bytes.slice().buffer;
  let tags = 0;
  for (let i = 0; i < 2; i++) tags += new Parser(new KaitaiStream(buffer)).tags.length;
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < runs; i++) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    tags += new Parser(new KaitaiStream(buffer)).tags.length;
    walls.push(performance.now() - start);
    const used = process.cpuUsage(cpu);
    cpus.push((used.user + used.system) / 1000);
  }
  if (tags < 0) console.log(tags);
  const median = (values: number[]): number =>
    values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
  return { wall: median(walls), cpu: median(cpus) };
}
