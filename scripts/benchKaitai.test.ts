import { describe, expect, it } from 'vitest';
import { decodeUidlHistory, tagAt } from '../src/decoder/index';
import { makeLargeHistory } from '../src/decoder/testing/generate';
import { kaitaiTags } from './benchKaitai';

/** FORMAT.md's worked example: the first tag of Microsoft's example, as one-tag BLOB. */
const WORKED_EXAMPLE_TAG = `
2B 62 32 30 31 32 30 39 30 36 31 33 31 31 33 38
30 42 43 35 33 35 44 42 24 32 64 45 41 36 33 24
32 64 31 31 45 31 24 32 64 41 37 35 43 24 32 64
30 30 32 31 35 41 44 37 42 42 37 34 00`;

const hexBytes = (hex: string): Uint8Array =>
  Uint8Array.from(hex.trim().split(/\s+/), (pair) => parseInt(pair, 16));

describe('the field-by-field Kaitai Struct peer of the benchmark', () => {
  it('reads the worked example as FORMAT.md does', async () => {
    const bytes = new Uint8Array([3, 0, 1, 0, ...hexBytes(WORKED_EXAMPLE_TAG)]);
    expect(await kaitaiTags(bytes)).toEqual([
      {
        operation: '+'.charCodeAt(0),
        content: 'b'.charCodeAt(0),
        timestamp: { year: 2012, month: 9, day: 6, hour: 13, minute: 11, second: 38 },
        uid: '0BC535DB-EA63-11E1-A75C-00215AD7BB74',
      },
    ]);
  });

  it('decodes the same UIDs as the decoder, so the two do the same work', async () => {
    const bytes = makeLargeHistory(300, 3);
    const history = decodeUidlHistory(bytes);
    const peer = await kaitaiTags(bytes);
    expect(peer.map((tag) => tag.uid)).toEqual(
      Array.from({ length: history.tags.length }, (_, i) => tagAt(history, i).uid),
    );
    expect(peer.some((tag) => /[^0-9A-Za-z]/.test(tag.uid))).toBe(true);
  });
});
