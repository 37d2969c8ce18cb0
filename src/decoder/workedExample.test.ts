import { describe, expect, it } from 'vitest';
import { decodeUidlHistory, rawUidOf, tagAt, timestampRawOf, toJson, uidOf } from './index';
import { workedExampleBytes } from './testing/workedExample';

// The literal bytes FORMAT.md gives for the first tag of the documentation's example.
const FIRST_TAG_HEX =
  '2B 62 32 30 31 32 30 39 30 36 31 33 31 31 33 38 30 42 43 35 33 35 44 42 24 32 64 45 41 36 33 24 ' +
  '32 64 31 31 45 31 24 32 64 41 37 35 43 24 32 64 30 30 32 31 35 41 44 37 42 42 37 34 00';
const firstTagBytes = FIRST_TAG_HEX.split(' ').map((hex) => parseInt(hex, 16));

describe('the worked example of the documentation', () => {
  const bytes = workedExampleBytes();
  const history = decodeUidlHistory(bytes);

  it('starts 03 00 17 00: version 3, count 23, and holds 23 well-formed tags', () => {
    expect(Array.from(bytes.subarray(0, 4))).toEqual([0x03, 0x00, 0x17, 0x00]);
    expect(history.version).toEqual({ value: 3, start: 0, end: 2 });
    expect(history.count).toEqual({ value: 23, start: 2, end: 4 });
    expect(history.tags.length).toBe(23);
    expect(history.diagnostics).toEqual([]);
    expect(history.trailing).toEqual([]);
  });

  it('has the first tag byte for byte as FORMAT.md lists it', () => {
    expect(firstTagBytes).toHaveLength(61);
    expect(Array.from(bytes.subarray(4, 4 + 61))).toEqual(firstTagBytes);
  });

  it('reads the first tag strings from the text pool without materialising the tag', () => {
    expect(timestampRawOf(history, 0)).toBe('20120906131138');
    expect(rawUidOf(history, 0)).toBe('0BC535DB$2dEA63$2d11E1$2dA75C$2d00215AD7BB74');
    expect(uidOf(history, 0)).toBe('0BC535DB-EA63-11E1-A75C-00215AD7BB74');
  });

  it('decodes the first tag to the values FORMAT.md states', () => {
    const tag = tagAt(history, 0);
    expect(tag.operation).toBe('get');
    expect(tag.content).toBe('body');
    expect(tag.timestamp).toBe('2012-09-06T13:11:38');
    expect(tag.timestampRaw).toBe('20120906131138');
    expect(tag.rawUid).toBe('0BC535DB$2dEA63$2d11E1$2dA75C$2d00215AD7BB74');
    expect(tag.uid).toBe('0BC535DB-EA63-11E1-A75C-00215AD7BB74');
    // 4 header bytes, then 16 of operation, content and timestamp, 44 of UID and the 0x00.
    expect([tag.start, tag.end]).toEqual([4, 4 + 16 + 44 + 1]);
    expect(tag.operationRange).toEqual({ start: 4, end: 5 });
    expect(tag.contentRange).toEqual({ start: 5, end: 6 });
    expect(tag.timestampRange).toEqual({ start: 6, end: 20 });
    expect(tag.uidRange).toEqual({ start: 20, end: 64 });
    // UID groups of 8, 4, 4, 4 and 12 chars from offset 20, each but the last followed by a 3-byte escape.
    expect(tag.escapes.map((e) => [e.start, e.end, e.char])).toEqual([
      [28, 31, '-'],
      [35, 38, '-'],
      [42, 45, '-'],
      [49, 52, '-'],
    ]);
    for (const escape of tag.escapes) {
      expect(String.fromCharCode(...bytes.subarray(escape.start, escape.end))).toBe('$2d');
    }
  });

  it('exports the first tag in the fixed JSON shape', () => {
    const json = toJson(history, bytes);
    expect(json.version).toEqual({ value: 3, start: 0, end: 2 });
    expect(json.count).toEqual({ value: 23, start: 2, end: 4 });
    expect(json.tags[0]).toMatchObject({
      index: 0,
      start: 4,
      end: 65,
      operation: 'get',
      content: 'body',
      timestamp: '2012-09-06T13:11:38',
      timestampRaw: '20120906131138',
      rawUid: '0BC535DB$2dEA63$2d11E1$2dA75C$2d00215AD7BB74',
      uid: '0BC535DB-EA63-11E1-A75C-00215AD7BB74',
      escapes: [
        { start: 28, end: 31, char: '-' },
        { start: 35, end: 38, char: '-' },
        { start: 42, end: 45, char: '-' },
        { start: 49, end: 52, char: '-' },
      ],
    });
  });

  it('reads the tags the figure shows after the first', () => {
    expect(tagAt(history, 1).uid).toBe('143DBBCB-EA66-11E1-A5F2-002264C154BA');
    expect(tagAt(history, 22).uid).toBe('373D5E69-EA26-11E1-B160-00215AD99F00');
    expect(tagAt(history, 22).end).toBe(bytes.length);
  });
});
