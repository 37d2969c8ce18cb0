import { describe, expect, it } from 'vitest';
import { decodeUidlHistory, encodeUidlHistory, type HistoryJson } from '../decoder/index';
import { sampleComparison } from '../compare/testing';
import {
  binFile,
  copyText,
  csvFile,
  exportBaseName,
  jsonFile,
  type HistoryFile,
} from './exportFiles';
import { contentText } from './testing';

const { bytes, history, comparison } = sampleComparison();
const loaded: HistoryFile = { name: 'inbox.bin', bytes, history };

describe('exportBaseName', () => {
  it.each([
    ['inbox.bin', 'inbox-history'],
    ['pasted hex text', 'pasted-hex-text-history'],
    ['inbox-history.bin', 'inbox-history'],
    ['../a b/c?.msg', 'a-b-c-history'],
    ['.bin', 'uidl-history'],
  ])('%s → %s', (name, base) => expect(exportBaseName(name)).toBe(base));
});

describe('jsonFile', () => {
  it('rebuilds the loaded bytes exactly, trailing and invalid UTF-8 included', () => {
    const odd = encodeUidlHistory({
      count: 1,
      tags: [
        { operation: 'get', content: 'body', timestampRaw: '20120906131138', rawUidHex: 'ff41' },
      ],
      trailingHex: '0102',
    });
    const file = jsonFile({ name: 'odd.bin', bytes: odd, history: decodeUidlHistory(odd) }, null);
    const json = JSON.parse(contentText(file.content)) as HistoryJson;
    expect(file.fileName).toBe('odd-history.json');
    expect(json).not.toHaveProperty('comparison');
    expect([...encodeUidlHistory(json)]).toEqual([...odd]);
  });

  it('adds the comparison when there is one', () => {
    const file = jsonFile(loaded, comparison);
    const json = JSON.parse(contentText(file.content)) as HistoryJson & {
      comparison: { counts: unknown; tagVerdicts: unknown };
    };
    expect(file.fileName).toBe('inbox-history.json');
    expect(json.comparison.counts).toEqual({ fetched: 1, deleted: 1, new: 2, gone: 2 });
    expect(json.comparison.tagVerdicts).toEqual(['fetched', 'deleted', 'gone', 'gone']);
    expect([...encodeUidlHistory(json)]).toEqual([...bytes]);
  });
});

describe('csvFile', () => {
  it('writes one row per tag, with the verdict when compared', () => {
    const file = csvFile(loaded, comparison);
    const lines = contentText(file.content).split('\r\n');
    expect(file.fileName).toBe('inbox-history.csv');
    expect(lines[0]).toBe(
      'index,start,end,operation,content,timestamp,timestampRaw,rawUid,uid,diagnostics,verdict',
    );
    expect(lines[2]).toBe(
      '1,29,53,delete,body,2012-09-06T13:11:38,20120906131138,del$2d2,del-2,,deleted',
    );
    expect(lines).toHaveLength(6);
    expect(contentText(csvFile(loaded, null).content).split('\r\n')[0]).not.toContain('verdict');
  });
});

describe('binFile', () => {
  it('saves the bytes as loaded', () => {
    const file = binFile({ ...loaded, name: 'pasted hex text' });
    expect(file.fileName).toBe('pasted-hex-text-history.bin');
    expect(file.content).toBe(bytes);
  });
});

describe('copyText', () => {
  const tag1 = { start: 29, end: 53, tag: 1 };

  it('copies the selected bytes as hex or a C array', () => {
    expect(copyText('hex', loaded, { start: 0, end: 4, tag: null })).toEqual({
      text: '03 00 04 00',
      what: '4 bytes as hex',
    });
    expect(copyText('c-array', loaded, { start: 0, end: 1, tag: null })).toEqual({
      text: '{ 0x03 }',
      what: '1 byte as a C array',
    });
  });

  it('copies the decoded UID of the selected tag', () => {
    expect(copyText('uid', loaded, tag1)).toEqual({ text: 'del-2', what: 'the UID of tag 1' });
  });

  it('has nothing to copy without a fitting selection', () => {
    expect(copyText('hex', loaded, null)).toBeNull();
    expect(copyText('hex', loaded, { start: 5, end: 5, tag: 0 })).toBeNull();
    expect(copyText('uid', loaded, { start: 0, end: 4, tag: null })).toBeNull();
  });
});
