import type { StoreError } from './errors';
import type { Encryption, StoreFormat } from './header';

/** Whom a history attachment's name says it belongs to. */
export type HistoryAccount =
  { kind: 'smtp'; address: string } | { kind: 'mini-uid'; miniUid: string } | { kind: 'unknown' };

export interface HistoryAttachment {
  /** The attachment's subnode NID within its message. */
  nid: number;
  longFileName: string | null;
  fileName: string | null;
  displayName: string | null;
  /** Parsed from the first of the three names that has the `BlobPOP…` / `Blob<8 hex>` form. */
  account: HistoryAccount;
  /** Bytes of PidTagAttachDataBinary, or null when the attachment has none. */
  size: number | null;
  /** Where the value lives: in the attachment's heap or in a subnode (large values). */
  storage: 'heap' | 'subnode' | null;
  /** Reads PidTagAttachDataBinary (0x37010102) now, with its own bounded reads. */
  readData(options?: ReadDataOptions): Promise<Uint8Array | StoreError>;
}

export interface ReadDataOptions {
  signal?: { readonly aborted: boolean };
}

export interface MessageManagerMessage {
  /** Folder names from below the store's root, e.g. "Top of Personal Folders/Inbox". */
  folderPath: string;
  folderNid: number;
  nid: number;
  subject: string | null;
  /** From a subject `Outlook Message Manager (<profile>) (KEY: <hex>)`. */
  profileName: string | null;
  profileKey: string | null;
  /** PR_CONVERSATION_KEY (0x000B0102) as upper-case hex. */
  conversationKey: string | null;
  attachments: HistoryAttachment[];
}

export interface ScanProgress {
  foldersVisited: number;
  bytesRead: number;
}

export interface StoreScan {
  kind: 'store';
  format: StoreFormat;
  /** wVer: 23 Unicode PST, 36 OST with 4 KiB pages. */
  version: number;
  /** "SM" PST, "SO" OST. */
  clientMagic: string;
  encryption: Encryption;
  foldersVisited: number;
  /** The path of every folder visited, in the order visited (the root's is ''). */
  folderPaths: string[];
  bytesRead: number;
  messages: MessageManagerMessage[];
  /** Parts of the store that could not be read; the scan went on past each. */
  problems: string[];
}

export type StoreScanResult = StoreScan | StoreError;
