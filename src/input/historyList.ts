import type { BlobInput } from './types';

/** One history an input holds, as `--list` and a chooser name it. */
export interface ListedHistory {
  /** 1-based, as `--history <n>` takes it. */
  number: number;
  /** The store folder, or null outside a store. */
  folder: string | null;
  profile: string | null;
  /** The account the attachment names, or null. */
  account: string | null;
  /** The attachment (a .msg's storage name, a store attachment's file name), or null. */
  attachment: string | null;
  bytes: number;
  tagCount: number;
  errorCount: number;
}

/** Every history of a .msg or store, in the order found; a plain BLOB is its one history. */
export function listHistories(
  input: BlobInput,
  tagCount: number,
  errorCount: number,
): ListedHistory[] {
  if (input.store) {
    return input.store.histories.map((h, i) => ({
      number: i + 1,
      folder: h.folderPath,
      profile: h.profileName,
      account: h.account,
      attachment: h.attachmentName,
      bytes: h.size,
      tagCount: h.tagCount,
      errorCount: h.errorCount,
    }));
  }
  if (input.msg) {
    return input.msg.candidates.map((c, i) => ({
      number: i + 1,
      folder: null,
      profile: null,
      account: null,
      attachment: c.attachment,
      bytes: c.bytes.length,
      tagCount: c.tagCount,
      errorCount: c.errorCount,
    }));
  }
  const only = { folder: null, profile: null, account: null, attachment: null };
  return [{ number: 1, ...only, bytes: input.bytes.length, tagCount, errorCount }];
}
