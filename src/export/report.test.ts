import { describe, expect, it } from 'vitest';
import { compareWithServer } from '../compare/compare';
import { parseUidlListing } from '../compare/listing';
import { decodeUidlHistory, encodeUidlHistory } from '../decoder/index';
import { escapeHtml, reportHtml, type ReportInput } from './report';
import { bodyTag as tag } from '../decoder/testing/bodyTag';

const hostile = '<img src=x onerror=alert(1)>&"\'';
const bytes = encodeUidlHistory({
  tags: [tag('get', 'abc-1'), tag('delete', hostile), tag('get', 'bad-time', '20121306131138')],
});
const history = decodeUidlHistory(bytes);
const input = (overrides: Partial<ReportInput> = {}): ReportInput => ({
  name: 'inbox <1>.bin',
  size: bytes.length,
  sha256: 'a'.repeat(64),
  sourceSha256: 'a'.repeat(64),
  origin: 'the file is the BLOB itself',
  history,
  comparison: null,
  version: '9.9.9',
  madeAt: '2026-12-01 20:00:00 (local time)',
  ...overrides,
});

describe('reportHtml', () => {
  it('escapes every character HTML gives a meaning to', () => {
    expect(escapeHtml(`<a href="x">&'</a>\u0007`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;\\x07',
    );
  });

  it('is one document with no script, the hashes, every UID escaped, and the invalid time flagged', () => {
    const html = reportHtml(input(), '.report{}');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain('<img');
    expect(html).toContain(escapeHtml(hostile));
    expect(html).toContain('inbox &lt;1&gt;.bin');
    expect(html).toContain('a'.repeat(64));
    for (const uid of ['abc-1', 'bad-time']) expect(html).toContain(`<code>${uid}</code>`);
    expect(html).toContain('20121306131138 (invalid)');
    expect(html).toContain('9.9.9');
    expect(html).toContain('2026-12-01 20:00:00 (local time)');
    expect(html).toContain('<svg');
    expect(html).not.toContain('>verdict<');
  });

  it('labels two hashes when the BLOB came out of a container', () => {
    const html = reportHtml(input({ sourceSha256: 'b'.repeat(64) }), '');
    expect(html).toContain('SHA-256 of the file</th><td><code>' + 'b'.repeat(64));
    expect(html).toContain('SHA-256 of the BLOB</th><td><code>' + 'a'.repeat(64));
  });

  it('lists the new and the gone messages of a comparison, and a verdict per tag', () => {
    const comparison = compareWithServer(history, parseUidlListing('1 abc-1\n2 fresh-9\n'));
    const html = reportHtml(input({ comparison }), '');
    expect(html).toContain('>verdict<');
    const newPart = html.slice(html.indexOf('<h3>New'), html.indexOf('<h3>Gone'));
    expect(newPart).toContain('<code>fresh-9</code>');
    expect(newPart).not.toContain('abc-1');
    const gonePart = html.slice(
      html.indexOf('<h3>Gone'),
      html.indexOf('<section class="report-tags">'),
    );
    expect(gonePart).toContain('<code>bad-time</code>');
    expect(gonePart).toContain(escapeHtml(hostile));
  });
});
