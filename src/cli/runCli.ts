import { compareWithServer, type ServerComparison } from '../compare/compare';
import { parseUidlListing } from '../compare/listing';
import { decodeUidlHistory, severityCounts } from '../decoder/index';
import { csvChunks } from '../export/csv';
import type { Fingerprint } from '../export/json';
import { jsonTextChunks } from '../export/jsonStream';
import { madeAtLabel, reportHtml } from '../export/report';
import { packageVersion, reportCss } from './reportAssets';
import { decodeTextFile } from '../input/text';
import { listHistories, type ListedHistory } from '../input/historyList';
import type { ByteSource } from '../input/openHistory';
import type { BlobInput } from '../input/types';
import { openInput, sha256Hex } from './openInput';
import { parseCliArgs, USAGE } from './args';
import { comparisonLines, printable, tableChunks } from './table';

/** What the command line needs from the world, so that it can run inside a test. */
export interface CliIo {
  readFile(path: string): Promise<Uint8Array>;
  /** The file for random access (a .pst/.ost is scanned, not read whole); closed after use. */
  openFile(path: string): Promise<ByteSource & { close(): Promise<void> }>;
  readStdin(): Promise<Uint8Array>;
  stdout(text: string): void;
  /**
   * Resolves once standard output has passed on what was written (undefined: nothing to
   * wait for). The exports wait on it between chunks, so that into a slow reader (a pipe)
   * the JSON of the largest history, 650 MB, does not pile up in memory.
   */
  drained?(): Promise<void> | undefined;
  stderr(text: string): void;
  /** Writes a file (`--report --out`). */
  /** Writes a text file (`--report --out`). */
  writeText?(path: string, text: string): Promise<void>;
  /** The time the report is made; the clock by default. */
  now?(): Date;
}

/** Exit status: the BLOB decoded without error diagnostics / with some / could not be read. */
export const EXIT_OK = 0;
export const EXIT_BLOB_ERRORS = 1;
export const EXIT_UNREADABLE = 2;

/**
 * Runs the command line and returns its exit status. Never throws: an unexpected failure
 * is one line on stderr and status 2, not a stack trace.
 */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    return await run(argv, io);
  } catch (error) {
    io.stderr(`pop3-uidl: internal error: ${oneLine(error)}\n`);
    return EXIT_UNREADABLE;
  }
}

/** An error's message on one line, whatever was thrown. */
export function oneLine(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return printable(text.replace(/\s*\n\s*/g, ' '));
}

async function run(argv: string[], io: CliIo): Promise<number> {
  const args = parseCliArgs(argv);
  if (args.kind === 'error') {
    io.stderr(`pop3-uidl: ${args.message}\nRun pop3-uidl --help for usage.\n`);
    return EXIT_UNREADABLE;
  }
  const { options } = args;
  if (options.help) {
    io.stdout(USAGE);
    return EXIT_OK;
  }

  const blob = await openInput(options.input, (options.history ?? 1) - 1, io);
  if (blob.kind === 'unreadable') {
    io.stderr(`pop3-uidl: ${blob.message}\n`);
    return EXIT_UNREADABLE;
  }
  if (blob.kind === 'error') {
    // One line whatever the message quotes from the input (names, text), as everywhere else.
    io.stderr(`pop3-uidl: ${printable(sourceName(options.input))}: ${printable(blob.message)}\n`);
    return EXIT_UNREADABLE;
  }

  const history = decodeUidlHistory(blob.bytes);
  const listed = listHistories(
    blob,
    history.tags.length,
    severityCounts(history.diagnosticCounts).error,
  );
  if (options.list) {
    io.stdout(
      options.format === 'json'
        ? `${JSON.stringify(listed, null, 2)}\n`
        : listed.map(historyLine).join('\n') + '\n',
    );
    return EXIT_OK;
  }
  if (listed.length > 1 && options.history === null) {
    io.stderr(
      `pop3-uidl: ${printable(sourceName(options.input))} holds ${listed.length} histories; choose one with --history <n>:\n` +
        listed.map((entry) => `  ${historyLine(entry)}`).join('\n') +
        '\n',
    );
    return EXIT_UNREADABLE;
  }
  const fingerprint: Fingerprint = {
    sha256: sha256Hex(blob.bytes),
    sourceSha256: blob.sourceSha256,
  };
  let comparison: ServerComparison | null = null;
  if (options.compare !== null) {
    const listing = await readBytes(options.compare, io);
    if (listing === null) return EXIT_UNREADABLE;
    comparison = compareWithServer(history, parseUidlListing(decodeTextFile(listing)));
  }

  if (options.format === 'report') {
    const html = reportHtml(
      {
        name: sourceName(options.input),
        size: blob.sourceSize,
        ...fingerprint,
        origin: originOf(blob),
        history,
        comparison,
        version: packageVersion(),
        madeAt: madeAtLabel(io.now?.() ?? new Date()),
      },
      reportCss(),
    );
    if (options.out === null) io.stdout(html);
    else if (!(await writeOut(options.out, html, io))) return EXIT_UNREADABLE;
  } else if (options.format === 'json') {
    // With the bytes, every tag and trailing range carries its hex: the JSON rebuilds the file.
    // Written chunk by chunk: the JSON of the largest history is more than one string holds.
    await writeChunks(io, jsonTextChunks(history, comparison, blob.bytes, fingerprint));
  } else if (options.format === 'csv') {
    await writeChunks(io, csvChunks(history, comparison));
    // The counts still get printed, where they cannot end up inside the CSV.
    if (comparison) io.stderr(comparisonLines(history, comparison).join('\n') + '\n');
  } else {
    io.stdout(sourceLines(options.input, blob, fingerprint));
    await writeChunks(io, tableChunks(history, comparison));
  }
  return severityCounts(history.diagnosticCounts).error > 0 ? EXIT_BLOB_ERRORS : EXIT_OK;
}

async function writeChunks(io: CliIo, chunks: Iterable<string>): Promise<void> {
  for (const chunk of chunks) {
    io.stdout(chunk);
    await io.drained?.();
  }
}

/** `2. Top of Personal Folders/Inbox · General Key · alice@example.com · 309 bytes · 5 tags` */
function historyLine(entry: ListedHistory): string {
  const parts = [entry.folder, entry.profile, entry.account ?? entry.attachment].filter(
    (part): part is string => part !== null,
  );
  const tags = `${entry.tagCount} tag${entry.tagCount === 1 ? '' : 's'}`;
  return printable(`${entry.number}. ${[...parts, `${entry.bytes} bytes`, tags].join(' · ')}`);
}

async function readBytes(path: string, io: CliIo): Promise<Uint8Array | null> {
  try {
    return path === '-' ? await io.readStdin() : await io.readFile(path);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    io.stderr(`pop3-uidl: cannot read ${path === '-' ? 'standard input' : path}: ${reason}\n`);
    return null;
  }
}

async function writeOut(path: string, text: string, io: CliIo): Promise<boolean> {
  try {
    if (!io.writeText) throw new Error('writing files is not available');
    await io.writeText(path, text);
    return true;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    io.stderr(`pop3-uidl: cannot write ${path}: ${reason}\n`);
    return false;
  }
}

/** Where the BLOB came from, for the report. */
function originOf(blob: BlobInput): string {
  if (blob.msg) {
    const chosen = blob.msg.candidates.find((c) => c.bytes === blob.bytes);
    const subject = blob.msg.subject === null ? '' : ` of the message "${blob.msg.subject}"`;
    return `the attachment ${chosen?.attachment ?? ''}${subject} in an Outlook .msg${blob.note ? ` (${blob.note})` : ''}`;
  }
  return blob.note ?? 'the file is the BLOB itself';
}

const sourceName = (path: string): string => (path === '-' ? 'standard input' : path);

function sourceLines(name: string, blob: BlobInput, fingerprint: Fingerprint): string {
  const lines = [`File:    ${printable(sourceName(name))}`];
  if (blob.note !== null) lines.push(`Source:  ${printable(blob.note)}`);
  if (fingerprint.sha256 === fingerprint.sourceSha256) {
    lines.push(`SHA-256: ${fingerprint.sha256}`);
  } else {
    lines.push(`SHA-256 of the file: ${fingerprint.sourceSha256}`);
    lines.push(`SHA-256 of the BLOB: ${fingerprint.sha256}`);
  }
  if (blob.msg) {
    const { messageClass, subject, candidates } = blob.msg;
    if (messageClass !== null) lines.push(`Message class: ${printable(messageClass)}`);
    if (subject !== null) lines.push(`Subject: ${printable(subject)}`);
    if (candidates.length > 1) {
      lines.push(`Histories in this .msg: ${candidates.length} (list them with --list)`);
    }
  }
  if (blob.store) {
    const { format, histories, foldersVisited } = blob.store;
    lines.push(
      `Store:   ${format}, ${foldersVisited} folders scanned, ${histories.length} histories`,
    );
  }
  return lines.join('\n') + '\n';
}
