/**
 * The examiner's report: everything the viewer knows about one history, as one HTML
 * document that prints cleanly and needs no script. Pure, for the page (print, save) and
 * the command line (`--report`) alike. Every piece of text from the file is escaped.
 */
import type { ServerComparison, ServerMessageVerdict } from '../compare/compare';
import {
  byteText,
  contentOf,
  operationOf,
  severityCounts,
  TAG_BEYOND_COUNT,
  TAG_TIMESTAMP_VALID,
  timestampRawOf,
  uidOf,
  type DecodedHistory,
} from '../decoder/index';
import { formatSeconds, SECONDS_PER_DAY } from './recordedTime';
import { buildTimeline, TIMELINE_SERIES, type Timeline } from './timeline';
import { timelineCaption, timelineSvg } from './timelineChart';

export interface ReportInput {
  /** The file name, or a description such as "pasted hex text". */
  name: string;
  /** Size of the file as given, in bytes. */
  size: number;
  /** SHA-256 of the BLOB and of the file it came from (see `Fingerprint`); null when unknown. */
  sha256: string | null;
  sourceSha256: string | null;
  /** Where the BLOB came from, in words: "the file is the BLOB itself", ".msg attachment …". */
  origin: string;
  history: DecodedHistory;
  comparison: ServerComparison | null;
  /** Version of the viewer or command line that made the report. */
  version: string;
  /** When the report was made, already labelled, e.g. "2026-12-01 20:15 (local time of this computer)". */
  madeAt: string;
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const NEEDS_ESCAPE = /[&<>"'\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/** Text made safe for HTML content and attribute values; control characters shown as \xNN. */
export function escapeHtml(text: string): string {
  // Most UIDs and every number need nothing: one test instead of a walk per character.
  if (!NEEDS_ESCAPE.test(text)) return text;
  let out = '';
  for (const char of text) {
    const code = char.charCodeAt(0);
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029) {
      out += `\\x${code.toString(16).padStart(2, '0')}`;
    } else {
      out += ESCAPES[char] ?? char;
    }
  }
  return out;
}

const e = escapeHtml;
const group = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const plural = (n: number, word: string): string => `${group(n)} ${word}${n === 1 ? '' : 's'}`;
const hex4 = (n: number): string => `0x${n.toString(16).toUpperCase().padStart(4, '0')}`;

function row(label: string, value: string): string {
  return `<tr><th scope="row">${e(label)}</th><td>${value}</td></tr>`;
}

function fileSection(input: ReportInput): string {
  const { sha256, sourceSha256 } = input;
  const hashes =
    sha256 !== null && sha256 === sourceSha256
      ? row('SHA-256 (file and BLOB)', `<code>${e(sha256)}</code>`)
      : row(
          'SHA-256 of the file',
          sourceSha256 === null ? 'not computed' : `<code>${e(sourceSha256)}</code>`,
        ) +
        row('SHA-256 of the BLOB', sha256 === null ? 'not computed' : `<code>${e(sha256)}</code>`);
  return `<section><h2>File</h2><table class="report-facts">${row('Name', e(input.name))}${row(
    'Size',
    `${group(input.size)} bytes${input.history.byteLength !== input.size ? ` (the BLOB: ${group(input.history.byteLength)} bytes)` : ''}`,
  )}${hashes}${row('Where the BLOB came from', e(input.origin))}</table></section>`;
}

interface Totals {
  operations: Record<string, number>;
  contents: Record<string, number>;
  earliest: string | null;
  latest: string | null;
}

function totals(history: DecodedHistory): Totals {
  const operations: Record<string, number> = { get: 0, delete: 0, 'get-and-delete': 0, unknown: 0 };
  const contents: Record<string, number> = { none: 0, header: 0, body: 0, unknown: 0 };
  let earliest: string | null = null;
  let latest: string | null = null;
  const { tags } = history;
  for (let i = 0; i < tags.length; i++) {
    operations[operationOf(tags.operationByte[i]!) ?? 'unknown']!++;
    contents[contentOf(tags.contentByte[i]!) ?? 'unknown']!++;
    if ((tags.flags[i]! & TAG_TIMESTAMP_VALID) === 0) continue;
    const digits = timestampRawOf(history, i);
    if (earliest === null || digits < earliest) earliest = digits;
    if (latest === null || digits > latest) latest = digits;
  }
  return { operations, contents, earliest, latest };
}

const timeOfDigits = (d: string): string =>
  `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)} ${d.slice(8, 10)}:${d.slice(10, 12)}:${d.slice(12, 14)}`;

const listCounts = (counts: Record<string, number>): string =>
  Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([name, n]) => `${e(name)} ${group(n)}`)
    .join(' · ') || '—';

function headerSection(history: DecodedHistory, t: Totals): string {
  const { version, count, tags } = history;
  let counted = 0;
  for (let i = 0; i < tags.length; i++) if ((tags.flags[i]! & TAG_BEYOND_COUNT) === 0) counted++;
  const versionText =
    version.value === null
      ? 'missing (the file ends first)'
      : version.value === 3
        ? '3 (as expected)'
        : `${version.value} (expected 3)`;
  const countText =
    count.value === null
      ? `missing (the file ends first); ${group(tags.length)} tags found`
      : count.value === tags.length && counted === tags.length
        ? `${group(count.value)}, as many tags as found`
        : `${group(count.value)} declared, ${group(tags.length)} tags found`;
  return `<section><h2>Header check and totals</h2><table class="report-facts">${row('Version', e(versionText))}${row(
    'Count',
    e(countText),
  )}${row('Operations', listCounts(t.operations))}${row('Content', listCounts(t.contents))}${row(
    'Earliest',
    t.earliest ? e(timeOfDigits(t.earliest)) : '—',
  )}${row('Latest', t.latest ? e(timeOfDigits(t.latest)) : '—')}</table><p class="report-note">Times as recorded in the BLOB, which stores no time zone; none is applied.</p></section>`;
}

function timelineSection(timeline: Timeline): string {
  const facts: string[] = [e(timelineCaption(timeline))];
  if (timeline.unit) {
    const gap = timeline.gaps[0];
    facts.push(
      timeline.daysWithoutFetch === 0
        ? 'A fetch on every day from the first to the last.'
        : `${plural(timeline.daysWithoutFetch, 'day')} without a fetch${
            gap
              ? `; longest ${e(formatSeconds(gap.firstDay * SECONDS_PER_DAY, 'day'))} to ${e(formatSeconds(gap.lastDay * SECONDS_PER_DAY, 'day'))} (${plural(gap.days, 'day')})`
              : ''
          }.`,
    );
    facts.push(
      timeline.burstCount === 0
        ? 'No bursts of fetches seconds apart.'
        : `${plural(timeline.burstCount, 'burst')} of fetches seconds apart (the pattern of a re-download): ${timeline.bursts
            .map((b) => `${group(b.fetches)} from ${e(formatSeconds(b.start))}`)
            .join('; ')}.`,
    );
  }
  const chart = timeline.unit
    ? `<div class="report-chart">${timelineSvg(timeline, { width: 720, height: 170 })}</div>`
    : '';
  const swatch = (cls: string, label: string) =>
    `<span class="report-swatch ${cls}"></span>${e(label)} `;
  const present = TIMELINE_SERIES.filter((series) =>
    timeline.bins.some((b) => b.counts[series] > 0),
  );
  const legend = timeline.unit
    ? `<p class="report-legend">${present.map((series) => swatch(`tl-${series}`, series)).join('')}${
        timeline.gaps.length > 0 ? swatch('tl-gap', 'days without a fetch') : ''
      }${timeline.burstCount > 0 ? swatch('tl-burst', 'burst') : ''}</p>`
    : '';
  return `<section><h2>Timeline</h2>${chart}${legend}<ul>${facts.map((f) => `<li>${f}</li>`).join('')}</ul></section>`;
}

function diagnosticsSection(history: DecodedHistory): string {
  const s = severityCounts(history.diagnosticCounts);
  const summary = `${plural(s.error, 'error')} · ${plural(s.warning, 'warning')} · ${group(s.info)} info`;
  const rows = history.diagnostics
    .map(
      (d) =>
        `<tr class="sev-${d.severity}"><td>${e(d.severity)}</td><td><code>${e(d.code)}</code></td><td>${hex4(d.start)}–${hex4(d.end)}</td><td>${d.tag ?? '—'}</td><td>${e(d.message)}</td></tr>`,
    )
    .join('');
  const omitted =
    history.diagnosticsOmitted > 0
      ? `<p>${plural(history.diagnosticsOmitted, 'more diagnostic')} not listed.</p>`
      : '';
  const table =
    history.diagnostics.length === 0
      ? '<p>None: the decoder found no malformation.</p>'
      : `<table class="report-list"><thead><tr><th>severity</th><th>code</th><th>bytes</th><th>tag</th><th>message</th></tr></thead><tbody>${rows}</tbody></table>`;
  return `<section><h2>Diagnostics</h2><p>${summary}</p>${table}${omitted}<p class="report-note">Byte ranges are half-open: the end is the first byte after the range.</p></section>`;
}

function comparisonSection(history: DecodedHistory, comparison: ServerComparison): string {
  const { counts } = comparison;
  const { messages } = comparison;
  const fresh: ServerMessageVerdict[] = [];
  for (let i = 0; i < messages.length; i++)
    if (messages.verdict(i) === 'new') fresh.push(messages.at(i));
  const gone: number[] = [];
  comparison.tagVerdicts.forEach((v, i) => v === 'gone' && gone.push(i));
  const newRows = fresh
    .map((m) => `<tr><td>${m.number}</td><td><code>${e(m.uid)}</code></td></tr>`)
    .join('');
  const goneRows = gone
    .map((i) => `<tr><td>${i}</td><td><code>${e(uidOf(history, i))}</code></td></tr>`)
    .join('');
  return `<section><h2>Comparison with the server</h2><p>Server messages: ${group(counts.fetched)} fetched · ${group(counts.deleted)} deleted · ${group(counts.new)} new; history entries the server no longer lists: ${group(counts.gone)} gone${
    comparison.nearMisses.length > 0
      ? `; ${group(comparison.nearMisses.length)} near ${comparison.nearMisses.length === 1 ? 'miss' : 'misses'} (UIDs that differ only in case or spaces)`
      : ''
  }.</p><h3>New (Outlook will download them)</h3>${
    fresh.length === 0
      ? '<p>None.</p>'
      : `<table class="report-list"><thead><tr><th>server #</th><th>UID</th></tr></thead><tbody>${newRows}</tbody></table>`
  }<h3>Gone (in the history, not on the server)</h3>${
    gone.length === 0
      ? '<p>None.</p>'
      : `<table class="report-list"><thead><tr><th>tag</th><th>UID</th></tr></thead><tbody>${goneRows}</tbody></table>`
  }</section>`;
}

function tagName(name: string | null, byte: number): string {
  if (name !== null) return name;
  return byte === 0 ? '(missing)' : `unknown ${byteText(byte)}`;
}

function tagsSection(history: DecodedHistory, comparison: ServerComparison | null): string {
  const { tags } = history;
  const rows: string[] = [];
  for (let i = 0; i < tags.length; i++) {
    const digits = timestampRawOf(history, i);
    const valid = (tags.flags[i]! & TAG_TIMESTAMP_VALID) !== 0;
    const time = valid
      ? e(timeOfDigits(digits))
      : `<span class="report-bad">${e(digits || '(missing)')} (invalid)</span>`;
    const verdict = comparison ? `<td>${e(comparison.tagVerdicts[i] ?? '')}</td>` : '';
    rows.push(
      `<tr><td>${i}</td><td><code>${e(uidOf(history, i))}</code></td><td>${time}</td><td>${e(tagName(operationOf(tags.operationByte[i]!), tags.operationByte[i]!))}</td><td>${e(tagName(contentOf(tags.contentByte[i]!), tags.contentByte[i]!))}</td>${verdict}</tr>`,
    );
  }
  const verdictHead = comparison ? '<th>verdict</th>' : '';
  return `<section class="report-tags"><h2>Tags (${group(tags.length)})</h2>${
    comparison
      ? ''
      : '<p class="report-note">No server comparison was made, so there is no verdict column.</p>'
  }<table class="report-list"><thead><tr><th>#</th><th>UID</th><th>timestamp</th><th>operation</th><th>content</th>${verdictHead}</tr></thead><tbody>${rows.join('')}</tbody></table></section>`;
}

/** The report as an `<article>`, for a page to show or print under its own styles. */
export function reportBody(input: ReportInput): string {
  const { history, comparison } = input;
  const t = totals(history);
  return [
    `<article class="report"><header><h1>POP3 UIDL history report: ${e(input.name)}</h1><p class="report-made">Made ${e(input.madeAt)} by POP3 UIDL History Viewer ${e(input.version)}.</p></header>`,
    fileSection(input),
    headerSection(history, t),
    timelineSection(buildTimeline(history)),
    diagnosticsSection(history),
    comparison ? comparisonSection(history, comparison) : '',
    tagsSection(history, comparison),
    '</article>',
  ].join('');
}

/** The report as one self-contained HTML file: inline CSS (`css`), no script, no request. */
export function reportHtml(input: ReportInput, css: string): string {
  // A closing style tag in the CSS would end the element early; ours has none, but be sure.
  const safeCss = css.replace(/<\/style/gi, '<\\/style');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(`POP3 UIDL history report: ${input.name}`)}</title>
<style>
${safeCss}
</style>
</head>
<body>
${reportBody(input)}
</body>
</html>
`;
}

const two = (n: number): string => String(n).padStart(2, '0');

/** "2026-12-01 21:15:03 (local time of the computer that made the report, UTC+01:00)". */
export function madeAtLabel(date: Date): string {
  const offset = -date.getTimezoneOffset();
  const sign = offset < 0 ? '−' : '+';
  const zone = `UTC${sign}${two(Math.floor(Math.abs(offset) / 60))}:${two(Math.abs(offset) % 60)}`;
  const time = `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())} ${two(date.getHours())}:${two(date.getMinutes())}:${two(date.getSeconds())}`;
  return `${time} (local time of the computer that made the report, ${zone})`;
}
