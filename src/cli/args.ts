import { historyChoice, inputProblem, parseOrRefuse } from './argChecks';

export type OutputFormat = 'table' | 'json' | 'csv' | 'report';

export interface CliOptions {
  help: boolean;
  /** A path, or `-` for standard input. */
  input: string;
  format: OutputFormat;
  /** Path of the server's UIDL listing, or null. */
  compare: string | null;
  /** 1-based choice among the histories found in a `.msg` or store; null when not given. */
  history: number | null;
  /** List the histories the input holds instead of decoding one. */
  list: boolean;
  /** Where `--report` writes its HTML; null for standard output. */
  out: string | null;
}

export type ParsedArgs =
  { kind: 'options'; options: CliOptions } | { kind: 'error'; message: string };

export const USAGE = `Usage: pop3-uidl <file|-> [--json | --csv | --report [--out <file>]]
                 [--compare <uidl.txt>] [--history <n>]
       pop3-uidl <file> --list [--json]

Decodes an Outlook POP3 UIDL history BLOB and prints what it holds.

<file>             the BLOB as saved from MAPI, hex text (MFCMAPI cb:/lpb:, plain,
                   0x-prefixed, C or JS array, xxd or hexdump -C dump), base64,
                   an Outlook .msg whose attachment holds the history, or an Outlook
                   data file (.pst, .ost) of any size; - reads stdin
--json             print the decoded history as JSON
--csv              print one CSV row per tag (RFC 4180, formula-safe)
--report           write the examiner's report as one HTML file (no script):
                   hashes, header check, timeline, diagnostics, comparison, tags
--out <file>       with --report: write it to <file> instead of standard output
--compare <file>   compare with the server's answer to the POP3 UIDL command
                   (lines "n uid"); adds a verdict per tag and counts per verdict
--list             list the histories the .msg or store holds, one line each
                   (number, folder, profile, account, bytes); with --json as JSON
--history <n>      which history to read when a .msg or store holds several
                   (with one, it is read; with several, --history is needed)
-h, --help         show this help

Exit status: 0 decoded without error diagnostics, 1 the BLOB has error
diagnostics, 2 the input could not be read or the arguments are wrong.
`;

export function parseCliArgs(argv: string[]): ParsedArgs {
  const result = parseOrRefuse({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      help: { type: 'boolean', short: 'h' },
      json: { type: 'boolean' },
      csv: { type: 'boolean' },
      compare: { type: 'string' },
      history: { type: 'string' },
      list: { type: 'boolean' },
      report: { type: 'boolean' },
      out: { type: 'string' },
    },
  });
  if ('refused' in result) return { kind: 'error', message: result.refused };
  const { values, positionals } = result.parsed;
  const help = values.help === true;
  if (help)
    return {
      kind: 'options',
      options: {
        help,
        input: '',
        format: 'table',
        compare: null,
        history: null,
        list: false,
        out: null,
      },
    };
  if ([values.json, values.csv, values.report].filter(Boolean).length > 1)
    return { kind: 'error', message: 'Choose one of --json, --csv and --report' };
  if (values.out !== undefined && !values.report)
    return { kind: 'error', message: '--out goes with --report' };
  const noInput = inputProblem(positionals);
  if (noInput !== null) return { kind: 'error', message: noInput };
  const input = positionals[0]!;
  const compare = values.compare ?? null;
  if (compare === '-' && input === '-') {
    return {
      kind: 'error',
      message: 'The BLOB and the UIDL listing cannot both come from standard input',
    };
  }
  const list = values.list === true;
  if (list && (values.csv || values.report || compare !== null || values.history !== undefined)) {
    return { kind: 'error', message: '--list takes only --json beside it' };
  }
  const chosen = values.history === undefined ? null : historyChoice(values.history);
  if (chosen && 'problem' in chosen) return { kind: 'error', message: chosen.problem };
  const history = chosen?.history ?? null;
  const format: OutputFormat = values.json
    ? 'json'
    : values.csv
      ? 'csv'
      : values.report
        ? 'report'
        : 'table';
  const out = values.out ?? null;
  return { kind: 'options', options: { help, input, format, compare, history, list, out } };
}
