import { MessageChannel } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { MAX_ESCAPES } from './columns';
import { MAX_FIELD_TEXT } from './state';
import { decodeUidlHistory, historyBuffers, MAX_TAGS, tagAt, type DecodedHistory } from './index';
import { makeLargeHistory } from './testing/generate';
import { brokenInvariants } from './testing/invariants';

/** Fast seeded filler: xorshift32 words. */
function noise(size: number, seed: number, zeroFree = false): Uint8Array {
  const words = new Uint32Array(size / 4);
  let state = seed;
  for (let i = 0; i < words.length; i++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    words[i] = zeroFree ? (state >>> 0) | 0x01010101 : state >>> 0;
  }
  return new Uint8Array(words.buffer);
}

describe('large and hostile input', { timeout: 30_000 }, () => {
  it('finishes on 64 MiB of noise, with capped diagnostics', () => {
    const bytes = noise(64 * 1024 * 1024, 12345);
    bytes.set([3, 0, 0xff, 0xff]);
    const history = decodeUidlHistory(bytes);
    expect(history.diagnostics.length).toBe(1000);
    expect(history.diagnosticsOmitted).toBeGreaterThan(0);
    expect(brokenInvariants(history, bytes.length)).toEqual([]);
  });

  it('keeps the text of a 16 MiB tag with no 0x00 within bounds', () => {
    const bytes = noise(16 * 1024 * 1024, 777, true);
    bytes.set([3, 0, 1, 0]);
    const history = decodeUidlHistory(bytes, { maxDiagnostics: 10 });
    expect(history.tags.length).toBe(1);
    const view = tagAt(history, 0);
    expect(view).toMatchObject({ terminated: false, end: bytes.length });
    expect(view.rawUid.length).toBeLessThanOrEqual(MAX_FIELD_TEXT + 1);
    expect(history.diagnosticCounts['unterminated-tag']).toBe(1);
    expect(history.diagnosticsOmitted).toBeGreaterThan(1000);
  });

  it('lists at most MAX_ESCAPES escapes, every one real, and says once where it stopped', () => {
    // Tag 0: MAX_ESCAPES escapes of '-'; tag 1: five of the letter A, past the limit.
    const encode = (text: string) => new TextEncoder().encode(text);
    const prefix = encode('+b20240712083015');
    const tag1 = 4 + prefix.length + 3 * MAX_ESCAPES + 1;
    const bytes = new Uint8Array(tag1 + prefix.length + 3 * 5 + 1);
    bytes.set([3, 0, 2, 0]);
    bytes.set(prefix, 4);
    const dash = encode('$2d');
    for (let at = 20; at < tag1 - 1; at += 3) bytes.set(dash, at);
    bytes.set(prefix, tag1);
    bytes.set(encode('$41$41$41$41$41'), tag1 + 16);
    const history = decodeUidlHistory(bytes, { maxDiagnostics: 10 });
    expect(history.tags.length).toBe(2);
    expect(history.escapes.length).toBe(MAX_ESCAPES);
    expect(history.escapes.start[MAX_ESCAPES - 1]).toBe(20 + 3 * (MAX_ESCAPES - 1));
    expect(history.tags.escapeFirst[2]).toBe(MAX_ESCAPES);
    // The escapes past the limit are still decoded and checked.
    expect(history.diagnosticCounts['needless-escape']).toBe(5);
    expect(tagAt(history, 1).uid).toBe('AAAAA');
    expect(history.diagnosticCounts['escapes-not-listed']).toBe(1);
    const limit = history.diagnostics.filter((d) => d.code === 'escapes-not-listed');
    expect(limit).toMatchObject([
      { severity: 'warning', tag: 1, start: tag1 + 16, end: tag1 + 19 },
    ]);
    expect(limit[0]?.message).toContain(`tag 1`);
    expect(limit[0]?.message).toContain(`at most ${MAX_ESCAPES} escapes`);
    expect(tagAt(history, 1).diagnosticCodes).toContain('escapes-not-listed');
  });

  it('stops reading tags past Count at MAX_TAGS', () => {
    const one = new TextEncoder().encode('+b20240712083015\0');
    const bytes = new Uint8Array(4 + one.length * (MAX_TAGS + 2));
    bytes.set([3, 0, 0, 0]);
    for (let at = 4; at < bytes.length; at += one.length) bytes.set(one, at);
    const history = decodeUidlHistory(bytes, { maxDiagnostics: 10 });
    expect(history.tags.length).toBe(MAX_TAGS);
    expect(history.trailing).toEqual([{ start: 4 + one.length * MAX_TAGS, end: bytes.length }]);
  });
});

describe('the generated 65,535-tag history', { timeout: 30_000 }, () => {
  const bytes = makeLargeHistory(65_535, 7);

  it('is well-formed, with realistic and distinct UIDs', () => {
    const history = decodeUidlHistory(bytes);
    expect(history.count.value).toBe(65_535);
    expect(history.tags.length).toBe(65_535);
    expect(history.diagnostics).toEqual([]);
    const uids = new Set(Array.from({ length: 500 }, (_, i) => tagAt(history, i * 131).uid));
    expect(uids.size).toBe(500);
    expect([...uids].some((uid) => uid.startsWith('GmailId'))).toBe(true);
    expect([...uids].some((uid) => uid.includes(',S='))).toBe(true);
    expect(makeLargeHistory(100, 7)).toEqual(makeLargeHistory(100, 7));
  });

  it('crosses a MessageChannel with its columns transferred, intact', async () => {
    const history = decodeUidlHistory(bytes);
    const expected = tagAt(history, 65_534);
    const { port1, port2 } = new MessageChannel();
    const received = new Promise<DecodedHistory>((resolve) => {
      port2.once('message', (message: DecodedHistory) => resolve(message));
    });
    port1.postMessage(history, historyBuffers(history));
    const copy = await received;
    port1.close();
    port2.close();
    expect(history.tags.start.length).toBe(0); // moved, not copied
    expect(tagAt(copy, 65_534)).toEqual(expected);
  });
});
