import type { ServerComparison } from '../compare/compare';
import {
  hexOffset,
  operationOf,
  severityCounts,
  TAG_BEYOND_COUNT,
  tagAt,
  type DecodedHistory,
} from '../decoder/index';

/** Shows control characters as `\xNN`, so a decoded UID cannot drive the terminal. */
export function printable(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.charCodeAt(0);
    const control =
      code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029;
    out += control ? `\\x${code.toString(16).padStart(2, '0')}` : char;
  }
  return out;
}

/** The decoded history as a readable report: header, one line per tag, diagnostics, summary. */
export function formatTable(history: DecodedHistory, comparison: ServerComparison | null): string {
  const lines = [
    ...headerLines(history),
    '',
    ...tagLines(history, comparison),
    '',
    ...diagnosticLines(history),
    '',
    ...summaryLines(history),
  ];
  if (comparison) lines.push('', ...comparisonLines(comparison));
  return lines.join('\n') + '\n';
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

function tagLines(history: DecodedHistory, comparison: ServerComparison | null): string[] {
  if (history.tags.length === 0) return ['No tags.'];
  const verdictHeader = comparison ? ['verdict'] : [];
  const rows = [['#', 'offset', 'operation', 'content', 'timestamp', ...verdictHeader, 'UID']];
  for (let i = 0; i < history.tags.length; i++) {
    const tag = tagAt(history, i);
    rows.push([
      String(i),
      hexOffset(tag.start),
      tag.operation ?? `? ${printable(tag.operationChar)}`,
      tag.content ?? `? ${printable(tag.contentChar)}`,
      // As recorded: the BLOB carries no time zone, so none is applied.
      tag.timestamp?.replace('T', ' ') ?? `${printable(tag.timestampRaw)} (invalid)`,
      ...(comparison ? [comparison.tagVerdicts[i] ?? ''] : []),
      printable(tag.uid),
    ]);
  }
  return alignColumns(rows);
}

/** Pads every column but the last to its widest cell. */
function alignColumns(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, c) => rows.reduce((w, row) => Math.max(w, row[c]!.length), 0));
  return rows.map((row) =>
    row
      .map((cell, c) => (c === row.length - 1 ? cell : cell.padEnd(widths[c]!)))
      .join('  ')
      .trimEnd(),
  );
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

/** Counts per verdict, near-misses and listing lines not understood. */
export function comparisonLines(comparison: ServerComparison): string[] {
  const { counts, messages, nearMisses, badLines } = comparison;
  const lines = [
    `Server: ${messages.length} messages listed: ${counts.fetched} fetched, ${counts.deleted} deleted, ${counts.new} new`,
    `History entries the server no longer lists (gone): ${counts.gone}`,
  ];
  if (nearMisses.length > 0) {
    lines.push(
      `Near-misses (${nearMisses.length}), UIDs differing only in case or surrounding whitespace:`,
    );
    for (const miss of nearMisses) {
      lines.push(
        `  server line ${miss.line} "${printable(miss.serverUid)}" ~ tag ${miss.tag} "${printable(miss.historyUid)}" (${miss.difference})`,
      );
    }
  }
  if (badLines.length > 0) {
    lines.push(`Listing lines not understood (${badLines.length}):`);
    for (const bad of badLines)
      lines.push(`  line ${bad.line}: "${printable(bad.text)}": ${bad.reason}`);
  }
  return lines;
}
