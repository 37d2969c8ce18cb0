import { createHash } from 'node:crypto';
import { compareWithServer, type ServerComparison } from '../compare/compare';
import { parseUidlListing } from '../compare/listing';
import { decodeUidlHistory, severityCounts } from '../decoder/index';
import { toCsv } from '../export/csv';
import { toJsonText, type Fingerprint } from '../export/json';
import { madeAtLabel, reportHtml } from '../export/report';
import { packageVersion, reportCss } from './reportAssets';
import { decodeTextFile } from '../input/text';
import { openHistory } from '../input/openHistory';
import type { BlobInput } from '../input/types';
import { parseCliArgs, USAGE } from './args';
import { comparisonLines, printable, tableChunks } from './table';

/** What the command line needs from the world, so that it can run inside a test. */
export interface CliIo {
  readFile(path: string): Promise<Uint8Array>;
  readStdin(): Promise<Uint8Array>;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Writes a file (`--report --out`). */
  writeFile?(path: string, text: string): Promise<void>;
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

  const input = await readBytes(options.input, io);
  if (input === null) return EXIT_UNREADABLE;
  const blob = openHistory({ bytes: input, name: options.input }, options.history - 1);
  if (blob.kind === 'error') {
    // One line whatever the message quotes from the input (names, text), as everywhere else.
    io.stderr(`pop3-uidl: ${printable(sourceName(options.input))}: ${printable(blob.message)}\n`);
    return EXIT_UNREADABLE;
  }

  const history = decodeUidlHistory(blob.bytes);
  const fingerprint = { sha256: sha256(blob.bytes), sourceSha256: sha256(input) };
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
        size: input.length,
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
    io.stdout(toJsonText(history, comparison, blob.bytes, fingerprint));
  } else if (options.format === 'csv') {
    io.stdout(toCsv(history, comparison));
    // The counts still get printed, where they cannot end up inside the CSV.
    if (comparison) io.stderr(comparisonLines(comparison).join('\n') + '\n');
  } else {
    io.stdout(sourceLines(options.input, blob, fingerprint));
    for (const chunk of tableChunks(history, comparison)) io.stdout(chunk);
  }
  return severityCounts(history.diagnosticCounts).error > 0 ? EXIT_BLOB_ERRORS : EXIT_OK;
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
    if (!io.writeFile) throw new Error('writing files is not available');
    await io.writeFile(path, text);
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

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

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
      lines.push(`Histories in this .msg: ${candidates.length} (choose with --history <n>)`);
      candidates.forEach((c, i) =>
        lines.push(`  ${i + 1}. ${c.attachment}: ${c.tagCount} tags, ${c.errorCount} errors`),
      );
    }
  }
  return lines.join('\n') + '\n';
}
