import { describe, expect, it } from 'vitest';
import { MAX_TEXT, decodeUidlHistory, uidOf } from './index';

describe('the text limit', { timeout: 60_000 }, () => {
  it('stops at the text limit with a diagnostic, every tag read keeping its whole UID', () => {
    const uidLength = 4000;
    const tag = new Uint8Array(16 + uidLength + 1);
    tag.set(new TextEncoder().encode('+b20240712083015'));
    tag.fill(0x41, 16, 16 + uidLength);
    const tagCount = Math.ceil(MAX_TEXT / uidLength) + 10;
    const bytes = new Uint8Array(4 + tag.length * tagCount);
    bytes.set([3, 0, 0xff, 0xff]);
    for (let i = 0; i < tagCount; i++) bytes.set(tag, 4 + i * tag.length);

    const history = decodeUidlHistory(bytes, { maxDiagnostics: 100_000 });
    const read = history.tags.length;
    expect(read).toBeLessThan(tagCount);
    expect(read * uidLength).toBeLessThanOrEqual(MAX_TEXT);
    expect(uidOf(history, read - 1)).toBe('A'.repeat(uidLength));
    expect(history.trailing).toEqual([{ start: 4 + read * tag.length, end: bytes.length }]);
    const limit = history.diagnostics.find((d) => d.code === 'trailing-bytes');
    expect(limit?.start).toBe(4 + read * tag.length);
    expect(limit?.message).toMatch(/not read as tags, because .*characters of text/);
  });
});
