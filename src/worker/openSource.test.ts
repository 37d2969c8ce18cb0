import { createHash } from 'node:crypto';
import CFB from 'cfb';
import { describe, expect, it, vi } from 'vitest';
import { decodeUidlHistory, encodeUidlHistory, exampleHistoryBytes, toHex } from '../decoder';
import { workedExampleBytes } from '../decoder/testing/workedExample';
import type { DecodeProgress } from './protocol';
import { openSource } from './openSource';

const file = (bytes: Uint8Array | string, name = 'history.bin') => ({
  kind: 'file' as const,
  file: new Blob([bytes as BlobPart]),
  name,
});

const sha256 = (bytes: Uint8Array | string): string =>
  createHash('sha256').update(bytes).digest('hex');

describe('openSource fingerprints', () => {
  it('hashes a raw BLOB file once as file and as BLOB', async () => {
    const opened = await openSource(file(workedExampleBytes()), () => undefined);
    expect(opened.sha256).toBe(sha256(workedExampleBytes()));
    expect(opened.sourceSha256).toBe(sha256(workedExampleBytes()));
  });

  it('reads a raw BLOB file in one read, and hashes it once', async () => {
    const source = file(workedExampleBytes());
    const size = source.file.size;
    const wholeReads = vi.spyOn(source.file, 'slice');
    const digest = vi.spyOn(globalThis.crypto.subtle, 'digest');
    const opened = await openSource(source, () => undefined);
    expect(opened.sha256).toBe(sha256(workedExampleBytes()));
    // One read in all: its head (to tell a store) comes with the whole.
    expect(wholeReads.mock.calls).toEqual([[0, size]]);
    expect(digest).toHaveBeenCalledTimes(1);
    vi.restoreAllMocks();
  });

  it('hashes a hex text file and the BLOB decoded from it separately', async () => {
    const text = toHex(workedExampleBytes());
    const opened = await openSource(file(text, 'history.txt'), () => undefined);
    expect(opened.sourceSha256).toBe(sha256(text));
    expect(opened.sha256).toBe(sha256(workedExampleBytes()));
  });

  it('has no file hash for a paste, and no BLOB hash for a file that is no history', async () => {
    const pasted = await openSource(
      { kind: 'text', text: toHex(workedExampleBytes()), name: 'pasted hex text' },
      () => undefined,
    );
    expect(pasted.sourceSha256).toBeNull();
    expect(pasted.sha256).toBe(sha256(workedExampleBytes()));
    const notHistory = new Uint8Array([1, 2, 3, 0, 9]);
    const other = await openSource(file(notHistory, 'mail.msg'), () => undefined);
    expect(other.history).toBeNull();
    expect(other.sha256).toBeNull();
    expect(other.sourceSha256).toBe(sha256(notHistory));
  });

  it('does not hash a file too large to be read whole', async () => {
    const opened = await openSource(file(new Uint8Array(64)), () => undefined, 16);
    expect(opened.truncated).toBe(true);
    expect(opened.sha256).toBeNull();
    expect(opened.sourceSha256).toBeNull();
  });
});

describe('openSource', () => {
  it('decodes a file as a raw BLOB, reporting reading and decoding', async () => {
    const progress: DecodeProgress[] = [];
    const opened = await openSource(file(workedExampleBytes()), (p) => progress.push(p));
    expect(opened).toMatchObject({
      name: 'history.bin',
      problem: null,
      isExample: false,
      truncated: false,
    });
    expect(opened.history?.count.value).toBe(23);
    expect(opened.history?.tags.length).toBe(23);
    expect(new Set(progress.map((p) => p.phase))).toEqual(new Set(['reading', 'decoding']));
  });

  it('converts a file of hex text and says so', async () => {
    const opened = await openSource(
      file(toHex(workedExampleBytes()), 'history.txt'),
      () => undefined,
    );
    expect(opened.bytes).toEqual(workedExampleBytes());
    expect(opened.sourceNote).toMatch(/hex/);
    expect(opened.history?.tags.length).toBe(23);
  });

  it('decodes pasted hex text', async () => {
    const opened = await openSource(
      { kind: 'text', text: toHex(workedExampleBytes()), name: 'pasted hex text' },
      () => undefined,
    );
    expect(opened.history?.tags.length).toBe(23);
    expect(opened.sourceSize).toBe(workedExampleBytes().length);
  });

  it('opens the example as an example', async () => {
    const opened = await openSource({ kind: 'example' }, () => undefined);
    expect(opened.isExample).toBe(true);
    expect(opened.history?.tags.length).toBe(decodeUidlHistory(exampleHistoryBytes()).tags.length);
  });

  it('keeps the bytes of a file that is not a history in any form, with the reason', async () => {
    const opened = await openSource(
      file(new Uint8Array([1, 2, 3, 0, 9]), 'mail.msg'),
      () => undefined,
    );
    expect(opened.history).toBeNull();
    expect(opened.bytes).toEqual(new Uint8Array([1, 2, 3, 0, 9]));
    expect(opened.problem).toMatch(/mail\.msg/);
  });

  it('reads only the start of a file beyond the limit and does not decode it', async () => {
    const opened = await openSource(file(new Uint8Array(5000).fill(0x41)), () => undefined, 1024);
    expect(opened.truncated).toBe(true);
    expect(opened.history).toBeNull();
    expect(opened.bytes.length).toBe(1024);
    expect(opened.sourceSize).toBe(5000);
    expect(opened.problem).toMatch(/not decoded/);
  });

  it('opens the history of a .msg asked for and says what the .msg holds', async () => {
    const container = CFB.utils.cfb_new();
    const subject = new Uint8Array([...'Inbox history'].flatMap((c) => [c.charCodeAt(0), 0]));
    CFB.utils.cfb_add(container, '/__substg1.0_0037001F', subject);
    CFB.utils.cfb_add(
      container,
      '/__attach_version1.0_#00000000/__substg1.0_37010102',
      exampleHistoryBytes(),
    );
    CFB.utils.cfb_add(
      container,
      '/__attach_version1.0_#00000001/__substg1.0_37010102',
      workedExampleBytes(),
    );
    const msg = CFB.write(container, { type: 'array' }) as Uint8Array;

    const first = await openSource({ ...file(msg, 'a.msg') }, () => undefined);
    expect(first.bytes).toEqual(exampleHistoryBytes());
    expect(first.msg).toEqual({
      messageClass: null,
      subject: 'Inbox history',
      histories: [
        { attachment: '__attach_version1.0_#00000000', tagCount: 29, errorCount: 0 },
        { attachment: '__attach_version1.0_#00000001', tagCount: 23, errorCount: 0 },
      ],
      chosen: 0,
    });

    const second = await openSource({ ...file(msg, 'a.msg'), history: 1 }, () => undefined);
    expect(second.bytes).toEqual(workedExampleBytes());
    expect(second.msg?.chosen).toBe(1);
    expect(second.sourceNote).toContain('(history 2 of 2 found)');
    // The container and the BLOB taken out of it, each fingerprinted.
    expect(second.sourceSha256).toBe(sha256(msg));
    expect(second.sha256).toBe(sha256(workedExampleBytes()));
  });
});

describe('openSource summary', () => {
  it('sums the history up in the worker, as the page shows it', async () => {
    const bytes = encodeUidlHistory({
      tags: [
        { operation: 'get', content: 'body', timestampRaw: '20120906131138', uid: 'a-1' },
        { operation: 'delete', content: 'none', timestampRaw: '20110101000000', uid: 'a-2' },
        { operation: 'get', content: 'header', timestampRaw: '20130102030405', uid: 'a-3' },
      ],
    });
    const opened = await openSource(file(bytes), () => undefined);
    expect(opened.summary).toMatchObject({
      tagsFound: 3,
      operations: { get: 2, delete: 1, 'get-and-delete': 0, unknown: 0 },
      contents: { none: 1, header: 1, body: 1, unknown: 0 },
      earliest: '20110101000000',
      latest: '20130102030405',
    });
  });

  it('has none for a paste that holds no history', async () => {
    const opened = await openSource({ kind: 'text', text: ' \n ', name: 'paste' }, () => undefined);
    expect(opened.history).toBeNull();
    expect(opened.summary).toBeUndefined();
  });
});
