import { describe, expect, it } from 'vitest';
import { compareWithServer, parseUidlListing } from '../compare/index';
import { decodeUidlHistory, encodeUidlHistory, type HistoryJson } from '../decoder/index';
import { makeLargeHistory } from '../decoder/testing/generate';
import { historyBytes, listingText } from '../compare/testing';
import { csvFile, jsonFile, type ExportFile } from './exportFiles';
import { buildExportFile, type ExportFormat } from './exportRequest';
import { contentText } from './testing';

/** What the menu built on the page before: the page's decoded history and comparison. */
function onPage(format: ExportFormat, name: string, bytes: Uint8Array, listing: string | null) {
  const history = decodeUidlHistory(bytes);
  const comparison =
    listing === null ? null : compareWithServer(history, parseUidlListing(listing));
  const loaded = { name, bytes, history, sourceNote: null };
  return format === 'json' ? jsonFile(loaded, comparison) : csvFile(loaded, comparison);
}

const text = (file: ExportFile) => contentText(file.content);

// Trailing bytes and a UID that is not UTF-8: the parts of the JSON that carry hex.
const odd = encodeUidlHistory({
  count: 1,
  tags: [{ operation: 'get', content: 'body', timestampRaw: '20120906131138', rawUidHex: 'ff41' }],
  trailingHex: '0102',
});
const large = makeLargeHistory(3000, 11);
/** Every tenth UID of the history is still on the server, and one message is new. */
const largeListing = (() => {
  const { tags, text } = decodeUidlHistory(large);
  const lines: string[] = [];
  for (let tag = 0; tag < tags.length; tag += 10)
    lines.push(`${lines.length + 1} ${text.slice(tags.uidTextStart[tag], tags.uidTextEnd[tag])}`);
  lines.push(`${lines.length + 1} brand-new`);
  return lines.join('\r\n');
})();

describe('buildExportFile', () => {
  it.each([
    ['json', 'inbox.bin', historyBytes, listingText],
    ['json', 'inbox.bin', historyBytes, null],
    ['csv', 'inbox.bin', historyBytes, listingText],
    ['csv', 'inbox.bin', historyBytes, null],
    ['json', 'odd.bin', odd, null],
    ['csv', 'odd.bin', odd, '1 x'],
    ['json', 'pasted hex text', large, largeListing],
    ['csv', 'pasted hex text', large, largeListing],
  ] as const)(
    '%s of %s (listing: %#) is the file the page made',
    (format, name, bytes, listing) => {
      const built = buildExportFile({ format, name, bytes, listingText: listing });
      const expected = onPage(format, name, bytes, listing);
      expect({ ...built, content: text(built) }).toEqual({ ...expected, content: text(expected) });
    },
  );

  it('writes JSON that rebuilds the bytes, with the comparison', () => {
    const file = buildExportFile({
      format: 'json',
      name: 'inbox.bin',
      bytes: historyBytes,
      listingText,
    });
    const json = JSON.parse(text(file)) as HistoryJson & { comparison: { counts: unknown } };
    expect(file.fileName).toBe('inbox-history.json');
    expect(json.comparison.counts).toEqual({ fetched: 1, deleted: 1, new: 2, gone: 2 });
    expect([...encodeUidlHistory(json)]).toEqual([...historyBytes]);
  });

  it('writes JSON that rebuilds odd bytes, without a comparison', () => {
    const file = buildExportFile({
      format: 'json',
      name: 'odd.bin',
      bytes: odd,
      listingText: null,
    });
    const json = JSON.parse(text(file)) as HistoryJson;
    expect(json).not.toHaveProperty('comparison');
    expect([...encodeUidlHistory(json)]).toEqual([...odd]);
  });

  it('takes a blank listing for none, as the page does', () => {
    const file = buildExportFile({
      format: 'csv',
      name: 'inbox.bin',
      bytes: historyBytes,
      listingText: ' \r\n',
    });
    expect(text(file)).toBe(text(onPage('csv', 'inbox.bin', historyBytes, null)));
  });

  // So the large cases above compare against a listing that matches, not only new messages.
  it('finds the large history’s UIDs in its listing', () => {
    const file = buildExportFile({
      format: 'csv',
      name: 'x',
      bytes: large,
      listingText: largeListing,
    });
    const onServer = text(file)
      .split('\r\n')
      .filter((line) => /,(fetched|deleted)$/.test(line));
    expect(onServer).toHaveLength(300);
  });
});
