import { describe, expect, it } from 'vitest';
import { decodeUidlHistory, encodeUidlHistory, tagAt, toHex, toJson } from './index';

const ascii = (bytes: Uint8Array): string => String.fromCharCode(...bytes);
const ascii2 = (text: string): number[] => Array.from(text, (c) => c.charCodeAt(0));

describe('encodeUidlHistory from an authored history', () => {
  it('writes version 3, the tag count, and each tag with its 0x00', () => {
    const bytes = encodeUidlHistory({
      tags: [
        { operation: 'get', content: 'body', timestampRaw: '20120906131138', uid: 'a-b' },
        { operation: '&', content: 'h', timestampRaw: '20120906131139', rawUid: 'x$2E' },
      ],
    });
    expect(toHex(bytes.subarray(0, 4))).toBe('03000200');
    expect(ascii(bytes.subarray(4))).toBe('+b20120906131138a$2db\0&h20120906131139x$2E\0');
  });

  it('writes a tag given as bytes verbatim, after whatever fields are given as text', () => {
    const bytes = encodeUidlHistory({
      tags: [
        {
          operation: '',
          content: '',
          timestampRaw: '',
          rawUidBytes: Uint8Array.from(ascii2('+b20120906131138a$2db')),
        },
        {
          operation: 'get',
          content: 'h',
          timestampRaw: '2012',
          rawUidBytes: new Uint8Array([0xff]),
        },
      ],
    });
    expect(toHex(bytes)).toBe(
      '03000200' + toHex(Uint8Array.from(ascii2('+b20120906131138a$2db\0+h2012'))) + 'ff00',
    );
  });

  it('writes what it is told, wrong or not: version, count, bytes, no terminator', () => {
    const bytes = encodeUidlHistory({
      version: 0x0102,
      count: 9,
      tags: [
        {
          operation: 'delete',
          content: 'none',
          timestampRaw: '2012',
          rawUidHex: 'ff',
          terminated: false,
        },
      ],
      trailingHex: 'AB',
    });
    expect(toHex(bytes)).toBe(`02010900${toHex(new TextEncoder().encode('- 2012'))}ffab`);
  });
});

describe('encodeUidlHistory from the JSON export', () => {
  it('prefers each tag’s hex to its fields, so an edited field does not change the bytes', () => {
    const bytes = encodeUidlHistory({
      tags: [{ operation: 'get', content: 'body', timestampRaw: '20120906131138', uid: 'a' }],
    });
    const json = toJson(decodeUidlHistory(bytes), bytes);
    json.tags[0]!.uid = 'changed';
    expect(encodeUidlHistory(json)).toEqual(bytes);
    delete json.tags[0]!.hex;
    json.tags[0]!.rawUid = 'b';
    expect(tagAt(decodeUidlHistory(encodeUidlHistory(json)), 0).uid).toBe('b');
  });
});
