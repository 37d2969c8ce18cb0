import { describe, expect, it, vi } from 'vitest';
import { decodeUidlHistory } from '../../decoder/index';
import { scanStore } from './scan';
import { bufferSource, type ByteSource } from './source';
import { firstDifference } from './testing/bytes';
import { buildPst } from './testing/writer';
import { historyStore, noise } from './testing/stores';
import type { StoreScan } from './types';

// These tests write and read stores of several megabytes; on a busy machine that can take
// longer than the default 5 s, which is a ceiling, not a measure.
vi.setConfig({ testTimeout: 60_000 });

function expectStore(result: Awaited<ReturnType<typeof scanStore>>): StoreScan {
  if (result.kind === 'error') throw new Error(`scan failed: ${result.message}`);
  return result;
}

describe.each(['permute', 'none', 'cyclic'] as const)(
  'scanStore on a written Unicode PST (%s)',
  (encryption) => {
    const { spec, expected } = historyStore(encryption);
    const bytes = buildPst(spec);

    it('finds each Message Manager message with its folder, subject, profile and key', async () => {
      const scan = expectStore(await scanStore(bufferSource(bytes)));
      expect(scan.format).toBe('unicode');
      expect(scan.version).toBe(23);
      expect(scan.encryption).toBe(encryption);
      expect(scan.problems).toEqual([]);
      expect(
        scan.messages.map((m) => ({
          folderPath: m.folderPath,
          subject: m.subject,
          profileName: m.profileName,
          profileKey: m.profileKey,
          conversationKey: m.conversationKey,
        })),
      ).toEqual(expected.map(({ attachments: _a, ...message }) => message));
    });

    it('names each history by its account and reads its bytes back, heap- and subnode-stored', async () => {
      const scan = expectStore(await scanStore(bufferSource(bytes)));
      const found = scan.messages.flatMap((m) => m.attachments);
      const wanted = expected.flatMap((m) => m.attachments);
      expect(found).toHaveLength(wanted.length);
      for (const [i, attachment] of found.entries()) {
        const want = wanted[i]!;
        expect(attachment.longFileName).toBe(want.longFileName ?? null);
        expect(attachment.fileName).toBe(want.fileName ?? null);
        expect(attachment.displayName).toBe(want.displayName ?? null);
        const account = attachment.account;
        expect(
          account.kind === 'smtp'
            ? account.address
            : account.kind === 'mini-uid'
              ? account.miniUid
              : null,
        ).toBe(want.account);
        expect(attachment.size).toBe(want.data.length);
        expect(attachment.storage).toBe(want.data.length <= 3580 ? 'heap' : 'subnode');
        const data = await attachment.readData();
        if (!(data instanceof Uint8Array)) throw new Error(data.message);
        expect(firstDifference(data, want.data)).toBe('same');
        expect(decodeUidlHistory(data).version.value).toBe(3);
      }
    });
  },
);

describe('scanStore reads little of a store', () => {
  it('leaves the large history unread until asked, and reports progress per folder', async () => {
    const { spec } = historyStore();
    const bytes = buildPst(spec);
    const progress: number[] = [];
    const scan = expectStore(
      await scanStore(bufferSource(bytes), { onProgress: (p) => progress.push(p.foldersVisited) }),
    );
    // Root, Top of Personal Folders and its four folders.
    expect(scan.foldersVisited).toBe(6);
    expect(progress).toEqual([1, 2, 3, 4, 5, 6]);
    expect(scan.bytesRead).toBeLessThan(bytes.length / 10);
  });

  it('stops when cancelled', async () => {
    const bytes = buildPst(historyStore().spec);
    const signal = { aborted: false };
    let reads = 0;
    const source: ByteSource = {
      size: bytes.length,
      read: (offset, length) => {
        if (++reads === 5) signal.aborted = true;
        return Promise.resolve(bytes.subarray(offset, offset + length));
      },
    };
    const result = await scanStore(source, { signal });
    expect(result).toMatchObject({ kind: 'error', code: 'cancelled' });
    expect(reads).toBe(5);
  });
});

describe('data trees', () => {
  it('reads a value of more than one XBLOCK (an XXBLOCK) byte for byte', async () => {
    const data = noise(9_000_000, 3);
    const bytes = buildPst({
      folders: [
        {
          name: 'Inbox',
          associated: [
            {
              messageClass: 'IPM.MessageManager',
              subject: 'Outlook Message Manager (Big) (KEY: 00)',
              attachments: [{ longFileName: 'BlobPOPbig@example.com', data }],
            },
          ],
        },
      ],
    });
    const scan = expectStore(await scanStore(bufferSource(bytes)));
    const attachment = scan.messages[0]!.attachments[0]!;
    expect(attachment.size).toBe(data.length);
    const read = await attachment.readData();
    expect(read instanceof Uint8Array && firstDifference(read, data)).toBe('same');
  });
});
