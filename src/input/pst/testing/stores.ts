/**
 * Test-only stores for the scanner's tests and benchmark, described as specs so that each
 * test's expectations come from what was written, never from what the scanner reads.
 */
import { encodeUidlHistory } from '../../../decoder/encode';
import { exampleHistoryBytes } from '../../../decoder/example';
import { makeLargeHistory } from '../../../decoder/testing/generate';
import { WORKED_EXAMPLE_TAGS } from '../../../decoder/testing/workedExample';
import type { AttachmentSpec, FolderSpec, MessageSpec, StoreSpec } from './writer';

/** Outlook 2010 and later: profile "General Key", search key "General Key\0" (FORMAT.md). */
export const GENERAL_KEY = Uint8Array.from(
  [...'General Key'].map((c) => c.charCodeAt(0)).concat(0),
);
export const OUTLOOK_KEY = Uint8Array.from([
  0xe9, 0xba, 0x98, 0x2a, 0xda, 0x51, 0x73, 0x41, 0xb9, 0x14, 0xce, 0xd0, 0x2c, 0x47, 0x35, 0x28,
]);

export const hexOf = (bytes: Uint8Array): string =>
  Array.from(bytes, (b) => b.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase();

export const messageManagerSubject = (profile: string, key: Uint8Array): string =>
  `Outlook Message Manager (${profile}) (KEY: ${hexOf(key)})`;

/** Five tags of Microsoft's worked example: 309 bytes, small enough for the attachment's heap. */
export const SMALL_HISTORY = encodeUidlHistory({ tags: WORKED_EXAMPLE_TAGS.slice(0, 5) });
/** 65,535 tags, the most Count can announce: about 3.2 MB, held in a subnode's data tree. */
export const LARGE_HISTORY = makeLargeHistory(65_535, 7);
export const EXAMPLE_HISTORY = exampleHistoryBytes();

/** Pseudo-random bytes (an ordinary attachment nobody should mistake for a history). */
export function noise(size: number, seed: number): Uint8Array {
  const out = new Uint8Array(size);
  let state = seed >>> 0 || 1;
  for (let i = 0; i < size; i++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    out[i] = state & 0xff;
  }
  return out;
}

export interface ExpectedHistory {
  folderPath: string;
  subject: string;
  profileName: string;
  profileKey: string;
  conversationKey: string;
  attachments: Array<AttachmentSpec & { data: Uint8Array; account: string }>;
}

const note = (subject: string, attachments: AttachmentSpec[] = []): MessageSpec => ({
  messageClass: 'IPM.Note',
  subject,
  attachments,
});

/**
 * Root → Top of Personal Folders → Inbox (ordinary mail, an ordinary FAI view and the
 * "General Key" Message Manager with three histories), Sent Items, and POP Archive with a
 * second Message Manager of its own.
 */
export function historyStore(encryption: StoreSpec['encryption'] = 'permute'): {
  spec: StoreSpec;
  expected: ExpectedHistory[];
} {
  const inboxManager: ExpectedHistory = {
    folderPath: 'Top of Personal Folders/Inbox',
    subject: messageManagerSubject('General Key', GENERAL_KEY),
    profileName: 'General Key',
    profileKey: hexOf(GENERAL_KEY),
    conversationKey: hexOf(GENERAL_KEY),
    attachments: [
      {
        longFileName: 'BlobPOPalice@example.com',
        data: SMALL_HISTORY,
        account: 'alice@example.com',
      },
      { longFileName: 'BlobPOPbob@example.com', data: LARGE_HISTORY, account: 'bob@example.com' },
      { fileName: 'Blob0a1b2c3d', data: EXAMPLE_HISTORY, account: '0a1b2c3d' },
    ],
  };
  const archiveManager: ExpectedHistory = {
    folderPath: 'Top of Personal Folders/POP Archive',
    subject: messageManagerSubject('Outlook', OUTLOOK_KEY),
    profileName: 'Outlook',
    profileKey: hexOf(OUTLOOK_KEY),
    conversationKey: hexOf(OUTLOOK_KEY),
    attachments: [
      {
        displayName: 'BlobPOPcarol@example.org',
        data: EXAMPLE_HISTORY,
        account: 'carol@example.org',
      },
    ],
  };
  const manager = (e: ExpectedHistory, key: Uint8Array): MessageSpec => ({
    messageClass: 'IPM.MessageManager',
    subject: e.subject,
    conversationKey: key,
    attachments: e.attachments.map(({ account: _account, ...attachment }) => attachment),
  });
  const inbox: FolderSpec = {
    name: 'Inbox',
    messages: [
      note('Quarterly report', [{ longFileName: 'report.pdf', data: noise(20_000, 1) }]),
      note('Lunch?'),
      note('Photos', [{ longFileName: 'beach.jpg', data: noise(3000, 2) }]),
    ],
    associated: [
      { messageClass: 'IPM.Microsoft.FolderDesign.NamedView', subject: 'Compact' },
      manager(inboxManager, GENERAL_KEY),
    ],
  };
  const archive: FolderSpec = {
    name: 'POP Archive',
    messages: [note('Old mail')],
    associated: [manager(archiveManager, OUTLOOK_KEY)],
  };
  return {
    spec: {
      encryption,
      folders: [
        {
          name: 'Top of Personal Folders',
          folders: [
            inbox,
            { name: 'Sent Items', messages: [note('Re: Lunch?')] },
            archive,
            { name: 'Deleted Items' },
          ],
        },
      ],
    },
    expected: [inboxManager, archiveManager],
  };
}

/**
 * A benchmark store: the Inbox with its Message Manager (the small and the large history),
 * `messages` ordinary messages spread over folders of at most 400 (the writer's table
 * limit), and `bulkBytes` of ordinary attachments of 10 MB each, made block by block.
 */
export function benchmarkStore(messages: number, bulkBytes: number): StoreSpec {
  const attachmentSize = 10_000_000;
  const bulk = Math.ceil(bulkBytes / attachmentSize);
  const total = Math.max(messages, bulk);
  const folders: FolderSpec[] = [];
  for (let first = 0; first < total; first += 400) {
    const list: MessageSpec[] = [];
    for (let index = first; index < Math.min(first + 400, total); index++) {
      const fill = (block: Uint8Array, offset: number): void => fillPattern(block, offset + index);
      list.push(
        note(
          `Message ${index}`,
          index < bulk
            ? [{ longFileName: `archive-${index}.zip`, data: { size: attachmentSize, fill } }]
            : [],
        ),
      );
    }
    folders.push({ name: `Folder ${String(first / 400 + 1).padStart(3, '0')}`, messages: list });
  }
  const { spec } = historyStore();
  const top = spec.folders[0]!;
  return { ...spec, folders: [{ ...top, folders: [...(top.folders ?? []), ...folders] }] };
}

function fillPattern(block: Uint8Array, seed: number): void {
  let state = (seed * 2654435761) >>> 0 || 1;
  for (let i = 0; i < block.length; i += 4) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    block[i] = state;
    block[i + 1] = state >>> 8;
    block[i + 2] = state >>> 16;
    block[i + 3] = state >>> 24;
  }
}
