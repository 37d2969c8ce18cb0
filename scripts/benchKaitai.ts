/**
 * The Kaitai Struct peers of `npm run bench`, each a .ksy compiled to JavaScript by
 * kaitai-struct-compiler (in this process, offline) and run with the kaitai-struct
 * runtime on the same bytes: scripts/uidl_history.ksy only cuts the tags apart (a UID is
 * an opaque string); scripts/uidl_history_fields.ksy reads what the decoder reads (the
 * timestamp's six numbers, the UID's characters and $XX escapes), and the benchmark
 * takes from it what the decoder gives (each tag's numbers and decoded UID). Returns
 * their median times in ms (wall clock and CPU), or null when the compiler cannot be
 * loaded.
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
type Parsed = { tags: unknown[] };
type Parser = new (stream: unknown) => Parsed;
type Parse = (buffer: ArrayBuffer) => Parsed;

/** The parser generated from `ksyFile`, as a function of the bytes it parses. */
async function compiledParser(ksyFile: string): Promise<Parse> {
  const compiler = require('kaitai-struct-compiler') as Compiler;
  const yaml = readFileSync(join(import.meta.dirname, ksyFile), 'utf8');
  const ksy: unknown = JSON.parse(yaml.replace(/^#.*$/gm, ''));
  const files = await compiler.compile('javascript', ksy, null, false);
  // The generated file is a UMD module: loaded as CommonJS from under node_modules, where
  // its require of the runtime resolves (and nothing generated lands in the sources).
  const folder = join(import.meta.dirname, '..', 'node_modules', '.cache', 'uidl-bench');
  mkdirSync(folder, { recursive: true });
  const file = join(folder, `${ksyFile.replace(/\W/g, '_')}.cjs`);
  writeFileSync(file, Object.values(files)[0] ?? '');
  const exported = require(file) as Record<string, unknown>;
  const Parser = Object.values(exported)[0] as Parser;
  const KaitaiStream = require('kaitai-struct/KaitaiStream') as new (
    buffer: ArrayBuffer,
  ) => unknown;
  return (buffer) => new Parser(new KaitaiStream(buffer));
}

interface FieldsTag {
  operation: number;
  content: number;
  timestamp: Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number>;
  uid: Array<{ lead: number; value: number }>;
}

/** What the decoder gives of a tag, as the field-by-field parse has it. */
export interface KaitaiTag {
  operation: number;
  content: number;
  timestamp: FieldsTag['timestamp'];
  uid: string;
}

function tagOf(tag: FieldsTag): KaitaiTag {
  let uid = '';
  for (const unit of tag.uid) if (unit.lead !== 0) uid += String.fromCharCode(unit.value);
  const { year, month, day, hour, minute, second } = tag.timestamp;
  return {
    operation: tag.operation,
    content: tag.content,
    timestamp: { year, month, day, hour, minute, second },
    uid,
  };
}

function readFields(parsed: Parsed): number {
  let sink = 0;
  for (const tag of parsed.tags as FieldsTag[]) sink += tagOf(tag).uid.length;
  return sink;
}

/** The tags of a BLOB as the field-by-field Kaitai parser reads them (for its test). */
export async function kaitaiTags(bytes: Uint8Array): Promise<KaitaiTag[]> {
  const parse = await compiledParser('uidl_history_fields.ksy');
  return (parse(bytes.slice().buffer).tags as FieldsTag[]).map(tagOf);
}

export interface Timing {
  wall: number;
  cpu: number;
}

async function timePeer(
  ksyFile: string,
  read: (parsed: Parsed) => number,
  bytes: Uint8Array,
  runs: number,
): Promise<Timing> {
  const parse = await compiledParser(ksyFile);
  const buffer = bytes.slice().buffer;
  let sink = 0;
  for (let i = 0; i < 2; i++) sink += read(parse(buffer));
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < runs; i++) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    sink += read(parse(buffer));
    walls.push(performance.now() - start);
    const used = process.cpuUsage(cpu);
    cpus.push((used.user + used.system) / 1000);
  }
  if (sink < 0) console.log(sink);
  const median = (values: number[]): number =>
    values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
  return { wall: median(walls), cpu: median(cpus) };
}

export async function benchKaitai(
  bytes: Uint8Array,
  runs: number,
): Promise<{ split: Timing; fields: Timing } | null> {
  try {
    return {
      split: await timePeer('uidl_history.ksy', (parsed) => parsed.tags.length, bytes, runs),
      fields: await timePeer('uidl_history_fields.ksy', readFields, bytes, runs),
    };
  } catch (error) {
    console.log(
      `Kaitai Struct peer skipped: ${error instanceof Error ? error.message : String(error)}`,
    );
    return null;
  }
}
