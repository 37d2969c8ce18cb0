import type { ServerComparison } from '../compare/compare';
import { tagAt } from '../decoder/index';
import type { DecodedHistory } from '../decoder/index';
import { ChunkBuffer, joinChunks } from './chunks';

const COLUMNS = [
  'index',
  'start',
  'end',
  'operation',
  'content',
  'timestamp',
  'timestampRaw',
  'rawUid',
  'uid',
  'diagnostics',
] as const;

/**
 * One row per tag, RFC 4180: CRLF line ends; a cell holding `"`, `,`, CR or LF is quoted
 * with inner quotes doubled. `diagnostics` lists the tag's codes separated by spaces;
 * `verdict` is added when a server comparison is given.
 *
 * A spreadsheet runs a cell that begins with `=`, `+`, `-`, `@`, tab or CR as a formula.
 * Such a cell is written quoted with a `'` in front (`"'-abc"`), which the spreadsheet
 * shows as text. UIDs may legitimately begin with `-` or `'`, so a cell beginning with `'`
 * gets one too: to get a value back, drop the first character of any cell that begins
 * with `'`.
 */
export function toCsv(history: DecodedHistory, comparison?: ServerComparison | null): string {
  return joinChunks(csvChunks(history, comparison));
}

/** The text of `toCsv` as chunks of rows, so that no export is ever one huge string. */
export function* csvChunks(
  history: DecodedHistory,
  comparison?: ServerComparison | null,
): Generator<string> {
  const header = comparison ? [...COLUMNS, 'verdict'] : [...COLUMNS];
  const out = new ChunkBuffer();
  let full = out.add(header.map(csvCell).join(',') + '\r\n');
  if (full) yield full;
  for (let i = 0; i < history.tags.length; i++) {
    const tag = tagAt(history, i);
    const cells: (string | number)[] = [
      tag.index,
      tag.start,
      tag.end,
      tag.operation ?? '',
      tag.content ?? '',
      tag.timestamp ?? '',
      tag.timestampRaw,
      tag.rawUid,
      tag.uid,
      tag.diagnosticCodes.join(' '),
    ];
    if (comparison) cells.push(comparison.tagVerdicts[i] ?? '');
    if ((full = out.add(cells.map(csvCell).join(',') + '\r\n'))) yield full;
  }
  yield out.take();
}

const FORMULA_START = /^[=+\-@\t\r']/;

/** One CSV cell, neutralised against formula injection and quoted when it must be. */
export function csvCell(value: string | number): string {
  let text = String(value);
  const neutralised = typeof value === 'string' && FORMULA_START.test(text);
  if (neutralised) text = `'${text}`;
  if (neutralised || /[",\r\n]/.test(text)) return `"${text.replace(/"/g, '""')}"`;
  return text;
}
