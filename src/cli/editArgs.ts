import { historyChoice, inputProblem, parseOrRefuse } from './argChecks';
import type { Content } from '../decoder/index';

export interface EditOptions {
  help: boolean;
  /** A path, or `-` for standard input. */
  input: string;
  out: string;
  /** UIDs whose records to forget. */
  forget: string[];
  /** A file of UIDs to forget, one a line. */
  forgetFrom: string | null;
  /** The server's UIDL listing: every message in it Outlook would download is marked as fetched. */
  markFetched: string | null;
  /** UIDs to add get records for. */
  add: string[];
  /** yyyymmddhhmmss for added records; null: now, in local time. */
  at: string | null;
  content: Content;
  repair: boolean;
  hex: boolean;
  force: boolean;
  /** 1-based choice among the histories found in a `.msg`. */
  history: number;
}

export type ParsedEditArgs =
  { kind: 'options'; options: EditOptions } | { kind: 'error'; message: string };

export const EDIT_USAGE = `Usage: pop3-uidl edit <file|-> --out <file> [--forget <uid>]... [--forget-from <file>]
         [--mark-fetched <uidl.txt>] [--add <uid>]... [--at YYYYMMDDhhmmss]
         [--content body|header|none] [--repair] [--hex] [--force] [--history <n>]

Writes an edited copy of an Outlook POP3 UIDL history BLOB; the input is never changed.

<file>                 the BLOB in any form the decoder reads (raw, hex text, base64, .msg)
--out <file>           where to write the edited BLOB (not the input)
--forget <uid>         drop every record of this UID (repeatable); Outlook will download
                       the message again while the server has it
--forget-from <file>   UIDs to forget, one a line (or lines "n uid")
--mark-fetched <file>  the server's answer to UIDL: add a get record for every message
                       Outlook would download (verdict new), so it never will
--add <uid>            add a get record for this UID (repeatable)
--at <timestamp>       when the added records say they were fetched (default: now, local
                       time; the BLOB stores no time zone)
--content <c>          what the added records say was fetched: body (default), header, none
--repair               apply every repair the history needs (Count, trailing bytes, a
                       cut-short last tag, duplicate UIDs, escapes), where it is unambiguous
--hex                  write plain hex text (for MFCMAPI's binary editor) instead of bytes
--force                write the result even when it still has error diagnostics
--history <n>          which history to read when a .msg holds several (default 1)
-h, --help             show this help

Prints one line per change. Exit status: 0 written, 1 the result still has error
diagnostics (written only with --force), 2 the input could not be read or an argument
is wrong (a UID to forget that is not in the history, say).
`;

const CONTENTS: readonly Content[] = ['body', 'header', 'none'];

export function parseEditArgs(argv: string[]): ParsedEditArgs {
  const result = parseOrRefuse({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      help: { type: 'boolean', short: 'h' },
      out: { type: 'string' },
      forget: { type: 'string', multiple: true },
      'forget-from': { type: 'string' },
      'mark-fetched': { type: 'string' },
      add: { type: 'string', multiple: true },
      at: { type: 'string' },
      content: { type: 'string' },
      repair: { type: 'boolean' },
      hex: { type: 'boolean' },
      force: { type: 'boolean' },
      history: { type: 'string' },
    },
  });
  if ('refused' in result) return { kind: 'error', message: result.refused };
  const { values, positionals } = result.parsed;
  const error = (message: string): ParsedEditArgs => ({ kind: 'error', message });
  const options: EditOptions = {
    help: values.help === true,
    input: positionals[0] ?? '',
    out: values.out ?? '',
    forget: values.forget ?? [],
    forgetFrom: values['forget-from'] ?? null,
    markFetched: values['mark-fetched'] ?? null,
    add: values.add ?? [],
    at: values.at ?? null,
    content: 'body',
    repair: values.repair === true,
    hex: values.hex === true,
    force: values.force === true,
    history: 1,
  };
  if (options.help) return { kind: 'options', options };
  const noInput = inputProblem(positionals);
  if (noInput !== null) return error(noInput);
  if (options.out === '') return error('--out <file> is required: where to write the edited BLOB');
  if (options.out === '-')
    return error('--out takes a file name; the changes go to standard output');
  if (options.out === options.input) {
    return error('--out must not be the input file: the original stays as it is');
  }
  const fromStdin = [options.input, options.forgetFrom, options.markFetched].filter(
    (p) => p === '-',
  );
  if (fromStdin.length > 1) return error('Only one of the inputs can come from standard input');
  if (values.content !== undefined) {
    if (!(CONTENTS as readonly string[]).includes(values.content)) {
      return error(`--content takes body, header or none, not "${values.content}"`);
    }
    options.content = values.content as Content;
  }
  if (values.history !== undefined) {
    const chosen = historyChoice(values.history);
    if ('problem' in chosen) return error(chosen.problem);
    options.history = chosen.history;
  }
  const edits =
    options.forget.length +
    options.add.length +
    (options.forgetFrom ? 1 : 0) +
    (options.markFetched ? 1 : 0);
  if (edits === 0 && !options.repair) {
    return error(
      'Nothing to change: give --forget, --forget-from, --mark-fetched, --add or --repair',
    );
  }
  return { kind: 'options', options };
}
