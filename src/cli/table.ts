import type { ServerComparison } from '../compare/compare';
import { escapeInvisible } from '../decoder/invisible';
import {
  hexOffset,
  operationOf,
  severityCounts,
  TAG_BEYOND_COUNT,
  tagAt,
  uidOf,
  type DecodedHistory,
} from '../decoder/index';

/**
 * A message or name for the terminal: controls, bidi overrides, zero-width and other
 * invisible characters as escapes (`\x1b`, `\u202e`), so no text can drive the terminal
 * or hide in a line; plain spaces stay, they are the words' separators.
 */
export function printable(text: string): string {
  return text.split(' ').map(escapeInvisible).join(' ');
}

/** A UID for the terminal: every invisible character escaped, a space too (`\x20`). */
export const printableUid = escapeInvisible;

/** The decoded history as a readable report: header, one line per tag, diagnostics, summary. */
export function formatTable(history: DecodedHistory, comparison: ServerComparison | null): string {
  return [...tableChunks(history, comparison)].join('');
}

/** The same report a few thousand lines at a time, so that no history makes one huge string. */
export function* tableChunks(
  history: DecodedHistory,
  comparison: ServerComparison | null,
): Generator<string> {
  yield [...headerLines(history), ''].join('\n') + '\n';
  yield* tagLines(history, comparison);
  const rest = ['', ...diagnosticLines(history), '', ...summaryLines(history)];
  if (comparison) rest.push('', ...comparisonLines(history, comparison));
  yield rest.join('\n') + '\n';
}

function headerLines(history: DecodedHistory): string[] {
  const { version, count, tags } = history;
  const versionText =
    version.value === null
      ? 'missing (the file ends first)'
      : version.value === 3
        ? '3'
        : `${version.value} (expected 3)`;
  let counted = 0;
  for (let i = 0; i < tags.length; i++) if ((tags.flags[i]! & TAG_BEYOND_COUNT) === 0) counted++;
  const countText =
    count.value === null
      ? `missing (the file ends first); ${tags.length} tags found`
      : count.value === tags.length && counted === tags.length
        ? `${count.value}, as many tags as found`
        : `${count.value} declared, ${tags.length} tags found`;
  return [
    `Size:    ${history.byteLength} bytes`,
    `Version: ${versionText}`,
    `Count:   ${countText}`,
  ];
}

const ROWS_PER_CHUNK = 4096;

/** Lines of the tag table, in chunks; the cells are made twice (widths, then lines) rather than kept. */
function* tagLines(
  history: DecodedHistory,
  comparison: ServerComparison | null,
): Generator<string> {
  if (history.tags.length === 0) {
    yield 'No tags.\n';
    return;
  }
  const verdictHeader = comparison ? ['verdict'] : [];
  const header = ['#', 'offset', 'operation', 'content', 'timestamp', ...verdictHeader, 'UID'];
  const row = (i: number): string[] => {
    const tag = tagAt(history, i);
    return [
      String(i),
      hexOffset(tag.start),
      tag.operation ?? `? ${printable(tag.operationChar)}`,
      tag.content ?? `? ${printable(tag.contentChar)}`,
      // As recorded: the BLOB carries no time zone, so none is applied.
      tag.timestamp?.replace('T', ' ') ?? `${printable(tag.timestampRaw)} (invalid)`,
      ...(comparison ? [comparison.tagVerdicts[i] ?? ''] : []),
      printableUid(tag.uid),
    ];
  };
  // The last column is not padded, so its width is not needed.
  const widths = header.map((cell) => cell.length);
  for (let i = 0; i < history.tags.length; i++) {
    const cells = row(i);
    for (let c = 0; c < cells.length - 1; c++) widths[c] = Math.max(widths[c]!, cells[c]!.length);
  }
  let lines = [padRow(header, widths)];
  for (let i = 0; i < history.tags.length; i++) {
    lines.push(padRow(row(i), widths));
    if (lines.length >= ROWS_PER_CHUNK) {
      yield lines.join('\n') + '\n';
      lines = [];
    }
  }
  if (lines.length > 0) yield lines.join('\n') + '\n';
}

function padRow(row: string[], widths: number[]): string {
  return row
    .map((cell, c) => (c === row.length - 1 ? cell : cell.padEnd(widths[c]!)))
    .join('  ')
    .trimEnd();
}

/** Pads every column but the last to its widest cell. */
function alignColumns(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, c) => rows.reduce((w, row) => Math.max(w, row[c]!.length), 0));
  return rows.map((row) => padRow(row, widths));
}

function diagnosticLines(history: DecodedHistory): string[] {
  const { diagnostics, diagnosticsOmitted } = history;
  if (diagnostics.length === 0) return ['No diagnostics.'];
  const rows = diagnostics.map((d) => [
    d.severity,
    d.code,
    hexOffset(d.start),
    printable(d.message),
  ]);
  const lines = [
    `Diagnostics (${diagnostics.length + diagnosticsOmitted}):`,
    ...alignColumns(rows).map((line) => `  ${line}`),
  ];
  if (diagnosticsOmitted > 0) lines.push(`  … and ${diagnosticsOmitted} more, not listed`);
  return lines;
}

function summaryLines(history: DecodedHistory): string[] {
  const operations = new Map<string, number>();
  for (let i = 0; i < history.tags.length; i++) {
    const name = operationOf(history.tags.operationByte[i]!) ?? 'unknown';
    operations.set(name, (operations.get(name) ?? 0) + 1);
  }
  const perOperation = [...operations].map(([name, n]) => `${n} ${name}`).join(', ');
  const { error, warning, info } = severityCounts(history.diagnosticCounts);
  const counted = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const severities = `${counted(error, 'error')}, ${counted(warning, 'warning')}, ${info} info`;
  const tags = counted(history.tags.length, 'tag');
  return [`Summary: ${tags}${perOperation ? ` (${perOperation})` : ''}; ${severities}`];
}

/**
 * Counts per verdict; every server message with its verdict and matching tags, numbered as
 * the server numbers them (the message number of the listing, as the page shows it); the
 * history entries the server no longer lists; near misses and listing lines not understood.
 */
export function comparisonLines(history: DecodedHistory, comparison: ServerComparison): string[] {
  const { counts, messages, nearMisses, badLines, tagVerdicts } = comparison;
  const lines = [
    `Server: ${messages.length} messages listed: ${counts.fetched} fetched, ${counts.deleted} deleted, ${counts.new} new`,
  ];
  if (messages.length > 0) {
    const rows = [['server #', 'verdict', 'tags', 'UID']];
    for (const message of messages) {
      rows.push([
        String(message.number),
        message.verdict,
        message.tags.length === 0 ? '-' : message.tags.join(','),
        printableUid(message.uid),
      ]);
    }
    lines.push(...alignColumns(rows).map((line) => `  ${line}`));
  }
  lines.push(`History entries the server no longer lists (gone): ${counts.gone}`);
  if (counts.gone > 0) {
    const rows = [['tag', 'UID']];
    tagVerdicts.forEach((verdict, tag) => {
      if (verdict === 'gone') rows.push([String(tag), printableUid(uidOf(history, tag))]);
    });
    lines.push(...alignColumns(rows).map((line) => `  ${line}`));
  }
  if (nearMisses.length > 0) {
    lines.push(
      `Near-misses (${nearMisses.length}), UIDs differing only in case or surrounding whitespace:`,
    );
    for (const miss of nearMisses) {
      lines.push(
        `  server #${messages.listing.numberOfLine(miss.line) ?? '?'} "${printableUid(miss.serverUid)}" ~ tag ${miss.tag} "${printableUid(miss.historyUid)}" (${miss.difference})`,
      );
    }
  }
  if (badLines.length > 0) {
    lines.push(`Listing lines not understood (${comparison.badLineCount}):`);
    for (const bad of badLines)
      lines.push(`  line ${bad.line}: "${printable(bad.text)}": ${bad.reason}`);
    const unlisted = comparison.badLineCount - badLines.length;
    if (unlisted > 0) lines.push(`  and ${unlisted} more`);
  }
  return lines;
}
