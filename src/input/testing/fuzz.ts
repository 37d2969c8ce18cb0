/**
 * The fuzz core that `npm run fuzz` and a short run inside `npm test` share: seeded random
 * and mutated inputs through every input path, checking that nothing throws, that every
 * BLOB read decodes to a history whose invariants hold, and that the bytes read out of a
 * container stay within a small multiple of the container's size.
 *
 * Each input path is a FuzzPath, with its own seeds and its own check; a new reader joins
 * by adding one to the list fuzzPaths() returns.
 */
import { decodeUidlHistory } from '../../decoder/decode';
import { allFixtures } from '../../decoder/testing/fixtures';
import { brokenInvariants } from '../../decoder/testing/invariants';
import { makeLargeTags, seededRandom } from '../../decoder/testing/generate';
import { encodeUidlHistory } from '../../decoder/encode';
import { OLE_MAGIC } from '../msg';
import { LIMITS, MAX_UNPACKED_FACTOR } from '../limits';
import { openHistoryFile } from '../openHistory';
import { bufferSource } from '../pst/source';
import { SMALL_HISTORY } from '../pst/testing/stores';
import { buildPst } from '../pst/testing/writer';
import { readInput } from '../readInput';
import { treeOf, writeCompoundFile } from './compoundFileWriter';
import { hostileFixtures, nestedMsg } from './hostileMsg';

export type Random = () => number;

export interface FuzzPath {
  name: string;
  /** Well-formed inputs of this path's kind, and crafted ones, to mutate. */
  seeds: Uint8Array[];
  /** The bytes given to the reader for a (mutated) seed: the seed itself, or text of it. */
  encode(bytes: Uint8Array, random: Random): Uint8Array;
  /** Feeds one input through the path; the rules it broke, empty when all held. */
  check(input: Uint8Array): string[] | Promise<string[]>;
}

export interface FuzzOptions {
  seed: number;
  count: number;
  paths?: FuzzPath[];
  /** A clock in milliseconds, to find slow inputs (the pure core has none of its own). */
  now?: () => number;
  /** With `now`: an input taking longer than this is a failure. */
  maxMillis?: number;
  /** Called after each input, e.g. to sample memory. */
  afterEach?: (index: number, path: string) => void;
}

export interface FuzzFailure {
  index: number;
  path: string;
  problems: string[];
  input: Uint8Array;
}

export interface FuzzReport {
  inputs: number;
  perPath: Record<string, number>;
  failures: FuzzFailure[];
  slowest: { index: number; path: string; millis: number } | null;
}

export { seededRandom };

export async function runFuzz(options: FuzzOptions): Promise<FuzzReport> {
  const random = seededRandom(options.seed);
  const paths = options.paths ?? fuzzPaths();
  const report: FuzzReport = { inputs: 0, perPath: {}, failures: [], slowest: null };
  for (let index = 0; index < options.count; index++) {
    const path = paths[index % paths.length]!;
    const input = makeInput(path, random);
    const started = options.now?.();
    let problems: string[];
    try {
      problems = await path.check(input);
    } catch (error) {
      problems = [
        `threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`,
      ];
    }
    if (started !== undefined && options.now) {
      const millis = options.now() - started;
      if (!report.slowest || millis > report.slowest.millis) {
        report.slowest = { index, path: path.name, millis };
      }
      if (options.maxMillis !== undefined && millis > options.maxMillis) {
        problems.push(`took ${Math.round(millis)} ms, more than ${options.maxMillis}`);
      }
    }
    if (problems.length > 0) report.failures.push({ index, path: path.name, problems, input });
    report.inputs++;
    report.perPath[path.name] = (report.perPath[path.name] ?? 0) + 1;
    options.afterEach?.(index, path.name);
  }
  return report;
}

/** One input for a path: random bytes now and then, else a mutated seed, then encoded. */
function makeInput(path: FuzzPath, random: Random): Uint8Array {
  const pick = Math.floor(random() * 10);
  let bytes: Uint8Array;
  if (pick === 0 || path.seeds.length === 0) {
    bytes = randomBytes(random, Math.floor(random() * 2048));
    // Often with a header that sends it down the interesting branch.
    if (random() < 0.5 && bytes.length >= 8) bytes.set(random() < 0.5 ? OLE_MAGIC : [3, 0]);
  } else {
    const seed = path.seeds[Math.floor(random() * path.seeds.length)]!;
    bytes = pick === 1 ? seed : mutate(seed, random);
  }
  return path.encode(bytes, random);
}

function randomBytes(random: Random, length: number): Uint8Array {
  return Uint8Array.from({ length }, () => Math.floor(random() * 256));
}

/** Values that steer a compound file's reader: markers, small sector numbers, huge sizes. */
const INTERESTING_U32 = [
  0, 1, 2, 3, 5, 0x1000, 0x0fff, 0x7fffffff, 0x80000000, 0xfffffffa, 0xfffffffc, 0xfffffffd,
  0xfffffffe, 0xffffffff,
];

/** A copy with a few changes: flipped bits, bytes, 32-bit fields, cuts, copies of a chunk. */
export function mutate(seed: Uint8Array, random: Random): Uint8Array {
  let bytes = seed.slice();
  const changes = 1 + Math.floor(random() * 6);
  for (let n = 0; n < changes && bytes.length > 0; n++) {
    const at = Math.floor(random() * bytes.length);
    // Most of a compound file's steering lies in the header and the first sectors.
    const near = random() < 0.5 ? Math.floor(random() * Math.min(bytes.length, 2048)) : at;
    switch (Math.floor(random() * 6)) {
      case 0:
        bytes[at] = bytes[at]! ^ (1 << Math.floor(random() * 8));
        break;
      case 1:
        bytes[near] = Math.floor(random() * 256);
        break;
      case 2: {
        const where = near & ~3;
        if (where + 4 <= bytes.length) {
          const value = INTERESTING_U32[Math.floor(random() * INTERESTING_U32.length)]!;
          new DataView(bytes.buffer).setUint32(where, value, true);
        }
        break;
      }
      case 3:
        bytes = bytes.slice(0, Math.max(1, Math.floor(random() * bytes.length)));
        break;
      case 4: {
        const length = Math.min(bytes.length - at, 1 + Math.floor(random() * 512));
        const to = Math.floor(random() * bytes.length);
        bytes.copyWithin(to, at, at + length);
        break;
      }
      default: {
        const grown = new Uint8Array(bytes.length + 64);
        grown.set(bytes.subarray(0, at));
        grown.set(randomBytes(random, 64), at);
        grown.set(bytes.subarray(at), at + 64);
        bytes = grown;
      }
    }
  }
  return bytes;
}

/** Checks what readInput makes of the bytes; `original` when the text must read back as it. */
export function checkInput(input: Uint8Array, original?: Uint8Array): string[] {
  const result = readInput(input, 'fuzz.msg');
  if (result.kind === 'error') {
    return result.message.length > 0 && !result.message.includes('\n')
      ? []
      : ['an error that is not one line'];
  }
  const problems: string[] = [];
  const blobs = [result.bytes, ...(result.msg?.candidates ?? []).map((c) => c.bytes)];
  let unpacked = 0;
  for (const blob of blobs) {
    unpacked += blob.length;
    problems.push(...brokenInvariants(decodeUidlHistory(blob), blob.length));
  }
  // Counted, not timed: the decoding work one input can cause.
  const bound = (MAX_UNPACKED_FACTOR + 1) * input.length;
  if (unpacked > bound) problems.push(`${unpacked} bytes read out of ${input.length}`);
  if (original && !isOle(original) && !sameBytes(result.bytes, original)) {
    problems.push('text of the bytes does not read back as them');
  }
  return problems;
}

/** Small stores the test-only writer makes: one history, under each encryption. */
function storeSeeds(): Uint8Array[] {
  const manager = {
    messageClass: 'IPM.MessageManager',
    subject: 'Outlook Message Manager (General Key) (KEY: 47656E6572616C204B657900)',
    attachments: [{ longFileName: 'BlobPOPalice@example.com', data: SMALL_HISTORY }],
  };
  return (['none', 'permute', 'cyclic'] as const).map((encryption) =>
    buildPst({
      encryption,
      folders: [
        {
          name: 'Top of Personal Folders',
          folders: [
            {
              name: 'Inbox',
              messages: [{ messageClass: 'IPM.Note', subject: 'Hi' }],
              associated: [manager],
            },
          ],
        },
      ],
    }),
  );
}

/**
 * A store through the page's and the CLI's way in: an error is one line, every history
 * found keeps the decoder's invariants, and the scan reads no more than its budget.
 */
async function checkStore(input: Uint8Array): Promise<string[]> {
  let read = 0;
  const source = bufferSource(input);
  const counted = {
    size: source.size,
    read: (at: number, n: number) => ((read += n), source.read(at, n)),
  };
  const result = await openHistoryFile(counted, 'fuzz.pst');
  if (read > LIMITS.maxScanBytes + LIMITS.maxValueBytes) {
    return [`${read} bytes read out of ${input.length}`];
  }
  if (result.kind === 'too-large') return ['a store taken for a file too large to read'];
  if (result.kind === 'error') {
    return result.message.length > 0 && !result.message.includes('\n')
      ? []
      : ['an error that is not one line'];
  }
  return brokenInvariants(decodeUidlHistory(result.bytes), result.bytes.length);
}

const isOle = (bytes: Uint8Array) => OLE_MAGIC.every((b, i) => bytes[i] === b);
const sameBytes = (a: Uint8Array, b: Uint8Array) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

const ascii = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
const hexOf = (bytes: Uint8Array, separator: string) =>
  Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join(separator);

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
function base64Of(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += BASE64[n >> 18]! + BASE64[(n >> 12) & 63]!;
    out += i + 1 < bytes.length ? BASE64[(n >> 6) & 63]! : '=';
    out += i + 2 < bytes.length ? BASE64[n & 63]! : '=';
  }
  return out;
}

/** Text that now and then has a character changed, dropped or doubled. */
function scuff(text: string, random: Random): string {
  if (random() < 0.6 || text.length === 0) return text;
  const at = Math.floor(random() * text.length);
  const noise = ' \n0fFxzg=$,-{}[]:;'[Math.floor(random() * 18)]!;
  const kind = Math.floor(random() * 3);
  if (kind === 0) return text.slice(0, at) + noise + text.slice(at + 1);
  if (kind === 1) return text.slice(0, at) + text.slice(at + 1);
  return text.slice(0, at) + text[at]! + text.slice(at);
}

/** Valid histories of a few kinds and sizes. */
function blobSeeds(): Uint8Array[] {
  return [
    ...allFixtures().map((fixture) => fixture.bytes),
    encodeUidlHistory({ tags: makeLargeTags(40, 7) }),
  ];
}

/** Outlook .msg files holding histories, and the crafted ones. */
function msgSeeds(): Uint8Array[] {
  const history = encodeUidlHistory({ tags: makeLargeTags(30, 3) });
  const large = encodeUidlHistory({ tags: makeLargeTags(200, 4) });
  const utf16 = (text: string) => Uint8Array.from([...text].flatMap((c) => [c.charCodeAt(0), 0]));
  const msg = (streams: Record<string, Uint8Array>, shift: 9 | 12 = 9, backwards = false) =>
    writeCompoundFile(treeOf(streams), shift, backwards).bytes;
  return [
    msg({
      '__substg1.0_001A001F': utf16('IPM.MessageManager'),
      '__substg1.0_0037001F': utf16('Outlook Message Manager (Outlook)'),
      '__attach_version1.0_#00000000/__substg1.0_37010102': history,
      '__attach_version1.0_#00000000/__substg1.0_3707001F': utf16('BlobPOPa@example.com'),
      '__attach_version1.0_#00000001/__substg1.0_37010102': large,
    }),
    msg({ '__attach_version1.0_#00000000/__substg1.0_37010102': large }, 12),
    msg(
      {
        '__substg1.0_001A001F': utf16('IPM.MessageManager'),
        '__attach_version1.0_#00000000/__substg1.0_37010102': history,
        '__attach_version1.0_#00000001/__substg1.0_37010102': large,
      },
      9,
      true,
    ),
    nestedMsg(3).bytes,
    ...hostileFixtures().map((fixture) => fixture.bytes),
  ];
}

/**
 * Every input path, each with its seeds. `extraMsgSeeds`: more .msg files to mutate (the
 * fuzz script adds some written by another implementation).
 */
export function fuzzPaths(extraMsgSeeds: Uint8Array[] = []): FuzzPath[] {
  const blobs = blobSeeds();
  const msgs = [...msgSeeds(), ...extraMsgSeeds];
  const small = msgs.filter((bytes) => bytes.length < 32_768);
  return [
    { name: 'raw', seeds: blobs, encode: (bytes) => bytes, check: (input) => checkInput(input) },
    {
      name: 'hex',
      seeds: [...blobs, ...small],
      encode: (bytes, random) => {
        const form = Math.floor(random() * 4);
        const text =
          form === 0
            ? hexOf(bytes, ' ')
            : form === 1
              ? `cb: ${bytes.length} lpb: ${hexOf(bytes, '').toUpperCase()}`
              : form === 2
                ? `{ ${Array.from(bytes, (b) => `0x${b.toString(16).padStart(2, '0')}`).join(', ')} }`
                : hexOf(bytes, '');
        return ascii(scuff(text, random));
      },
      check: (input) => checkInput(input),
    },
    {
      name: 'hex-round-trip',
      seeds: blobs,
      encode: (bytes) => ascii(hexOf(bytes, ' ')),
      check: (input) => {
        const text = Array.from(input, (c) => String.fromCharCode(c)).join('');
        const original = Uint8Array.from(text.match(/[0-9a-f]{2}/g) ?? [], (h) => parseInt(h, 16));
        return checkInput(input, original.length > 0 ? original : undefined);
      },
    },
    {
      name: 'base64',
      seeds: [...blobs, ...small],
      encode: (bytes, random) => ascii(scuff(base64Of(bytes), random)),
      check: (input) => checkInput(input),
    },
    { name: 'msg', seeds: msgs, encode: (bytes) => bytes, check: (input) => checkInput(input) },
    { name: 'pst', seeds: storeSeeds(), encode: (bytes) => bytes, check: checkStore },
  ];
}
