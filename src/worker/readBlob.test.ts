import { describe, expect, it } from 'vitest';
import { readBlob } from './readBlob';

const bytes = (n: number): Uint8Array<ArrayBuffer> =>
  Uint8Array.from({ length: n }, (_, i) => i % 251);

describe('readBlob', () => {
  it('reads a whole blob and ends its progress at 1', async () => {
    const fractions: number[] = [];
    const read = await readBlob(new Blob([bytes(300_000)]), 1 << 20, (f) => fractions.push(f));
    // Compared as buffers: a deep equal of 300,000 numbers is needlessly slow.
    expect(Buffer.from(read).equals(Buffer.from(bytes(300_000)))).toBe(true);
    expect(fractions.at(-1)).toBe(1);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
  });

  it('reads only up to the limit of a larger blob', async () => {
    const read = await readBlob(new Blob([bytes(10_000)]), 4096, () => undefined);
    expect(read).toEqual(bytes(4096));
  });

  it('reads an empty blob as no bytes', async () => {
    expect(await readBlob(new Blob([]), 4096, () => undefined)).toEqual(new Uint8Array(0));
  });
});
