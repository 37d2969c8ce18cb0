import { compareWithServer } from '../compare/compare';
import { parseUidlListing } from '../compare/listing';
import {
  createWorkingCopy,
  localTimestamp,
  newUidsOf,
  parseUidList,
  timestampProblem,
  toPlainHex,
  type Edit,
  type WorkingCopy,
} from '../edit/index';
import { decodeTextFile } from '../input/text';
import { openInput } from './openInput';
import { EDIT_USAGE, parseEditArgs, type EditOptions } from './editArgs';
import { printable } from './table';
import { EXIT_BLOB_ERRORS, EXIT_OK, EXIT_UNREADABLE, oneLine, type CliIo } from './runCli';

/** What `pop3-uidl edit` needs beyond the decoder's command line: a file to write and a clock. */
export interface EditIo extends CliIo {
  writeFile(path: string, bytes: Uint8Array): Promise<void>;
  /** For the default timestamp of added records. */
  now(): Date;
}

/** A wrong argument or input: reported, and the run ends with status 2. */
class Refusal extends Error {}

const sourceName = (path: string): string => (path === '-' ? 'standard input' : path);

export async function runEdit(argv: string[], io: EditIo): Promise<number> {
  const args = parseEditArgs(argv);
  if (args.kind === 'error') {
    io.stderr(`pop3-uidl edit: ${args.message}\nRun pop3-uidl edit --help for usage.\n`);
    return EXIT_UNREADABLE;
  }
  const { options } = args;
  if (options.help) {
    io.stdout(EDIT_USAGE);
    return EXIT_OK;
  }
  try {
    const copy = await edited(options, io);
    return await finish(copy, options, io);
  } catch (error) {
    // Whatever else goes wrong is one line and status 2, as for the decoding command.
    const message = error instanceof Refusal ? error.message : `internal error: ${oneLine(error)}`;
    io.stderr(`pop3-uidl edit: ${message}\n`);
    return EXIT_UNREADABLE;
  }
}

async function readBytes(path: string, io: EditIo): Promise<Uint8Array> {
  try {
    return path === '-' ? await io.readStdin() : await io.readFile(path);
  } catch (error) {
    const reason = printable(error instanceof Error ? error.message : String(error));
    throw new Refusal(`cannot read ${sourceName(path)}: ${reason}`);
  }
}

function applied(copy: WorkingCopy, edit: Edit): WorkingCopy {
  const problem = copy.check(edit);
  if (problem) throw new Refusal(problem);
  return copy.apply(edit);
}

/** The edits the options ask for, in a fixed order: repairs, forgets, then added records. */
async function edited(options: EditOptions, io: EditIo): Promise<WorkingCopy> {
  const blob = await openInput(options.input, options.history - 1, io);
  if (blob.kind === 'unreadable') throw new Refusal(blob.message);
  if (blob.kind === 'error') throw new Refusal(`${sourceName(options.input)}: ${blob.message}`);
  let copy = createWorkingCopy(blob.bytes);

  // Repairs first: a cut-short last tag must go before anything can be added after it.
  for (let round = 0; options.repair && round < 10; round++) {
    const [next] = copy.proposals();
    if (!next) break;
    copy = applied(copy, { kind: 'repair', repair: next.repair });
  }

  const forget = [...options.forget];
  if (options.forgetFrom !== null) forget.push(...(await uidFile(options.forgetFrom, io)));
  if (forget.length > 0) {
    const missing = forget.filter((uid) => copy.tagsWithUid(uid).length === 0);
    if (missing.length > 0) {
      const names = missing.map((uid) => `"${printable(uid)}"`).join(', ');
      throw new Refusal(
        `${missing.length === 1 ? 'UID' : 'UIDs'} to forget not in the history: ${names}`,
      );
    }
    const tags = [...new Set(forget.flatMap((uid) => copy.tagsWithUid(uid)))].sort((a, b) => a - b);
    copy = applied(copy, { kind: 'forget', tags });
  }

  if (options.markFetched === null && options.add.length === 0) return copy;
  const timestampRaw = options.at ?? localTimestamp(io.now());
  const problem = timestampProblem(timestampRaw);
  if (problem) throw new Refusal(`--at: ${problem}`);
  const mark = (uids: string[]) =>
    applied(copy, { kind: 'mark-fetched', uids, content: options.content, timestampRaw });

  let fromListing: string[] = [];
  if (options.markFetched !== null) {
    const text = decodeTextFile(await readBytes(options.markFetched, io));
    const listing = parseUidlListing(text);
    for (const bad of listing.badLines) {
      io.stderr(
        `pop3-uidl edit: ${sourceName(options.markFetched)} line ${bad.line} skipped: ${bad.reason}\n`,
      );
    }
    fromListing = newUidsOf(compareWithServer(copy.result().history, listing));
    if (fromListing.length > 0) copy = mark(fromListing);
    else io.stdout('The server lists no message that Outlook would download.\n');
  }
  const listed = new Set(fromListing);
  const add = [...new Set(options.add)].filter((uid) => !listed.has(uid));
  if (add.length > 0) {
    const present = add.filter((uid) => copy.tagsWithUid(uid).length > 0);
    if (present.length > 0) {
      const names = present.map((uid) => `"${printable(uid)}"`).join(', ');
      throw new Refusal(
        `Already in the history, not added: ${names} (forget it first to record it anew)`,
      );
    }
    copy = mark(add);
  }
  return copy;
}

async function uidFile(path: string, io: EditIo): Promise<string[]> {
  const list = parseUidList(decodeTextFile(await readBytes(path, io)));
  const [bad] = list.badLines;
  if (bad)
    throw new Refusal(
      `${sourceName(path)} line ${bad.line}: ${bad.reason}: "${printable(bad.text)}"`,
    );
  return list.uids;
}

async function finish(copy: WorkingCopy, options: EditOptions, io: EditIo): Promise<number> {
  const changes = copy.changes();
  const lines = changes.lines.map((line) => printable(line.text));
  lines.push(`Changes: ${changes.text}`);
  if (!options.repair) {
    for (const proposal of copy.proposals()) {
      lines.push(`Repair available (--repair): ${printable(proposal.text)}`);
    }
  }
  const result = copy.result();
  const { error, warning, info } = result.severity;
  lines.push(
    `Result: ${result.bytes.length} bytes, ${result.history.tags.length} tags, Count ${result.history.count.value ?? '-'}; ` +
      `${error} error${error === 1 ? '' : 's'}, ${warning} warning${warning === 1 ? '' : 's'}, ${info} info`,
  );
  io.stdout(lines.join('\n') + '\n');

  if (!result.valid) {
    for (const d of result.history.diagnostics.filter((d) => d.severity === 'error')) {
      io.stderr(`pop3-uidl edit: error ${d.code}: ${printable(d.message)}\n`);
    }
    if (!options.force) {
      io.stderr(
        `pop3-uidl edit: ${options.out} not written: the result still has error diagnostics (--force writes it anyway)\n`,
      );
      return EXIT_BLOB_ERRORS;
    }
  }
  const out = options.hex
    ? Uint8Array.from(`${toPlainHex(result.bytes)}\n`, (c) => c.charCodeAt(0))
    : result.bytes;
  try {
    await io.writeFile(options.out, out);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    io.stderr(`pop3-uidl edit: cannot write ${options.out}: ${reason}\n`);
    return EXIT_UNREADABLE;
  }
  io.stdout(
    `Written: ${printable(options.out)} (${options.hex ? 'plain hex of ' : ''}${result.bytes.length} bytes)\n`,
  );
  return result.valid ? EXIT_OK : EXIT_BLOB_ERRORS;
}
