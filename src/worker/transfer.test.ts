import { describe, expect, it } from 'vitest';
import type { DecodedHistory } from '../decoder/model';
import type { OpenedBlob } from './protocol';
import { transferablesOf } from './transfer';

describe('transferablesOf', () => {
  it('lists every column buffer and the bytes buffer once each', () => {
    const shared = new ArrayBuffer(64);
    const own = new Uint32Array(4);
    const history = {
      tags: {
        length: 1,
        start: new Uint32Array(shared, 0, 4),
        end: new Uint32Array(shared, 16, 4),
        flags: own,
      },
      escapes: { length: 0, start: new Uint32Array(2), value: new Uint8Array(2) },
    } as unknown as DecodedHistory;
    const bytes = new Uint8Array(8);
    const blob = { bytes, history } as OpenedBlob;
    const buffers = transferablesOf(blob);
    expect(buffers).toHaveLength(5);
    expect(new Set(buffers).size).toBe(5);
    expect(buffers).toContain(shared);
    expect(buffers).toContain(bytes.buffer);
    expect(buffers).toContain(own.buffer);
  });

  it('lists only the bytes when there is no history', () => {
    const bytes = new Uint8Array(8);
    expect(transferablesOf({ bytes, history: null } as OpenedBlob)).toEqual([bytes.buffer]);
  });
});
