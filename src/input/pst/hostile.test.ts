/**
 * Damaged and hostile stores: each must end in one clear sentence after a bounded number
 * of reads, never a throw, a hang or an allocation the file asked for.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { scanStore } from './scan';
import type { ByteSource } from './source';
import { buildPst } from './testing/writer';
import { GENERAL_KEY, SMALL_HISTORY, messageManagerSubject } from './testing/stores';
import type { StoreErrorCode } from './errors';

// These tests write and read stores of several megabytes; on a busy machine that can take
// longer than the default 5 s, which is a ceiling, not a measure.
vi.setConfig({ testTimeout: 60_000 });

const small = buildPst({
  folders: [
    {
      name: 'Top of Personal Folders',
      folders: [
        {
          name: 'Inbox',
          messages: [{ messageClass: 'IPM.Note', subject: 'hello' }],
          associated: [
            {
              messageClass: 'IPM.MessageManager',
              subject: messageManagerSubject('General Key', GENERAL_KEY),
              conversationKey: GENERAL_KEY,
              attachments: [{ longFileName: 'BlobPOPalice@example.com', data: SMALL_HISTORY }],
            },
          ],
        },
        { name: 'Sent Items' },
      ],
    },
  ],
});

/** A source over `bytes` that counts what is asked of it. */
function counted(
  bytes: Uint8Array,
  size = bytes.length,
): ByteSource & { reads: number; bytes: number } {
  const source = {
    size,
    reads: 0,
    bytes: 0,
    read(offset: number, length: number) {
      source.reads++;
      source.bytes += length;
      return Promise.resolve(bytes.slice(offset, offset + length));
    },
  };
  return source;
}

const view = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
const u64 = (bytes: Uint8Array, at: number) => Number(view(bytes).getBigUint64(at, true));
const setU64 = (bytes: Uint8Array, at: number, value: number) =>
  view(bytes).setBigUint64(at, BigInt(value), true);

// Header offsets of a Unicode store ([MS-PST] 2.2.2.6): wVer 10, root.BREFNBT.ib 224, bCryptMethod 513.
const NBT_ROOT_IB = 224;

async function expectFailure(
  bytes: Uint8Array,
  code: StoreErrorCode,
  message: RegExp,
  size?: number,
) {
  const source = counted(bytes, size);
  const result = await scanStore(source);
  expect(result).toMatchObject({ kind: 'error', code });
  expect(result.kind === 'error' && result.message).toMatch(message);
  // One line, no stack.
  expect(result.kind === 'error' && result.message).not.toMatch(/\n|Error:| {4}at /);
  expect(source.bytes).toBeLessThan(64 * 1024);
  return result;
}

describe('hostile stores', () => {
  it('not a store: no "!BDN"', async () => {
    await expectFailure(
      new TextEncoder().encode('03 00 17 00 2B 62 32 30'),
      'not-a-store',
      /not an Outlook data file.*!BDN/,
    );
    await expectFailure(
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      'not-a-store',
      /!BDN/,
    );
    await expectFailure(new Uint8Array(0), 'not-a-store', /too short/);
  });

  it('truncated: shorter than its header, or than the size its header gives', async () => {
    await expectFailure(small.slice(0, 300), 'truncated', /truncated.*564 bytes.*300/);
    const half = small.slice(0, Math.floor(small.length / 2));
    await expectFailure(
      half,
      'truncated',
      new RegExp(`truncated.*${small.length} bytes long.*${half.length}`),
    );
  });

  it('an unknown encryption method is named, not misread', async () => {
    const bytes = small.slice();
    bytes[513] = 0x10;
    await expectFailure(bytes, 'encrypted', /encrypted with an unknown method \(0x10\)/);
  });

  it('ANSI and unknown versions are named', async () => {
    const ansi = small.slice();
    view(ansi).setUint16(10, 14, true);
    await expectFailure(ansi, 'unsupported', /^ANSI PST files .* are not supported yet\.$/);
    const odd = small.slice();
    view(odd).setUint16(10, 99, true);
    await expectFailure(odd, 'unsupported', /version 99/);
  });

  it('a B-tree page that points back at itself is a cycle', async () => {
    const bytes = small.slice();
    const root = u64(bytes, NBT_ROOT_IB);
    expect(bytes[root + 491]).toBeGreaterThan(0); // the written node B-tree has an intermediate root
    // Every child reference of the root page now leads back to the root page.
    for (let i = 0; i < bytes[root + 488]!; i++) setU64(bytes, root + i * 24 + 16, root);
    await expectFailure(bytes, 'btree-cycle', /node B-tree loops back to the page at 0x/);
  });

  it('two pages that point at each other are a cycle too', async () => {
    const bytes = small.slice();
    const root = u64(bytes, NBT_ROOT_IB);
    const child = u64(bytes, root + 16);
    // The root's first child claims the root's level and leads back to the root.
    bytes[child + 491] = bytes[root + 491]!;
    bytes[child + 488] = 1;
    setU64(bytes, child, 0);
    setU64(bytes, child + 8, u64(bytes, NBT_ROOT_IB - 8));
    setU64(bytes, child + 16, root);
    await expectFailure(bytes, 'btree-cycle', /node B-tree loops/);
  });

  it('a B-tree root outside the file', async () => {
    const bytes = small.slice();
    setU64(bytes, NBT_ROOT_IB, small.length + 4096);
    await expectFailure(bytes, 'out-of-bounds', /outside the file/);
  });

  it('a block offset outside the file', async () => {
    const bytes = small.slice();
    // Every block B-tree leaf entry's offset now points past the end.
    const bbtRoot = u64(bytes, 240);
    const leaves =
      bytes[bbtRoot + 491] === 0
        ? [bbtRoot]
        : [...Array(bytes[bbtRoot + 488]).keys()].map((i) => u64(bytes, bbtRoot + i * 24 + 16));
    for (const leaf of leaves) {
      for (let i = 0; i < bytes[leaf + 488]!; i++) setU64(bytes, leaf + i * 24 + 8, 0x7fff_0000);
    }
    await expectFailure(
      bytes,
      'out-of-bounds',
      /Block 0x[0-9A-F]+ is at offset 0x7FFF0000, outside the file/,
    );
  });

  it('a value larger than the caller allows is refused before it is read', async () => {
    const data = new Uint8Array(200_000).fill(0x41);
    const bytes = buildPst({
      folders: [
        {
          name: 'Inbox',
          associated: [
            {
              messageClass: 'IPM.MessageManager',
              subject: 'Outlook Message Manager (X) (KEY: 00)',
              attachments: [{ longFileName: 'BlobPOPx@example.com', data }],
            },
          ],
        },
      ],
    });
    const scan = await scanStore(counted(bytes), { limits: { maxValueBytes: 100_000 } });
    if (scan.kind === 'error') throw new Error(scan.message);
    const attachment = scan.messages[0]!.attachments[0]!;
    expect(attachment.size).toBe(200_000);
    expect(await attachment.readData()).toMatchObject({ kind: 'error', code: 'too-large' });
  });

  it('any damage to the metadata ends in a result, within bounded reads', async () => {
    const pages = u64(small, 240) - (u64(small, 240) % 512) - 512 * 8;
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.tuple(
            fc.oneof(
              fc.integer({ min: 0, max: 563 }),
              fc.integer({ min: Math.max(0, pages), max: small.length - 1 }),
              fc.integer({ min: 0, max: small.length - 1 }),
            ),
            fc.integer({ min: 0, max: 255 }),
          ),
          { minLength: 1, maxLength: 8 },
        ),
        async (edits) => {
          const bytes = small.slice();
          for (const [at, value] of edits) bytes[at] = value;
          const source = counted(bytes);
          const result = await scanStore(source);
          expect(['store', 'error']).toContain(result.kind);
          if (result.kind === 'error') expect(result.message).not.toMatch(/\n/);
          expect(source.bytes).toBeLessThan(4 * 1024 * 1024);
          if (result.kind === 'store') {
            for (const m of result.messages) for (const a of m.attachments) await a.readData();
          }
        },
      ),
      { numRuns: 300, seed: 20261201 },
    );
  });
});
