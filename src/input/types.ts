/** How the bytes of a history reached us. */
export type InputForm = 'raw' | 'hex' | 'base64' | 'msg' | 'store';

/** One attachment of a `.msg` whose PidTagAttachDataBinary decodes as a UIDL history. */
export interface MsgCandidate {
  /** Attachment storage name, e.g. `__attach_version1.0_#00000000`. */
  attachment: string;
  /** Full path of the data stream inside the compound file. */
  path: string;
  bytes: Uint8Array;
  tagCount: number;
  errorCount: number;
}

export interface MsgInfo {
  /** PidTagMessageClass of the top-level message, e.g. `IPM.MessageManager`, when present. */
  messageClass: string | null;
  subject: string | null;
  /** Attachment storages looked at, at any depth. */
  attachmentsExamined: number;
  /** In the order found; the result's `bytes` are the first one's. */
  candidates: MsgCandidate[];
}

/** One history found in a .pst/.ost: a history attachment of a Message Manager message. */
export interface StoreHistory {
  /** e.g. "Top of Personal Folders/Inbox". */
  folderPath: string;
  subject: string | null;
  profileName: string | null;
  profileKey: string | null;
  conversationKey: string | null;
  /** The attachment's long file name, else file name, else display name. */
  attachmentName: string | null;
  /** The account the attachment names: an SMTP address, `mini-UID 1a2b3c4d`, or null. */
  account: string | null;
  size: number;
  tagCount: number;
  errorCount: number;
}

export interface StoreInfo {
  /** "Unicode PST", "OST (4 KiB pages)", … */
  format: string;
  foldersVisited: number;
  bytesRead: number;
  /** Message Manager messages found, histories or not. */
  messageManagers: number;
  histories: StoreHistory[];
  /** Index into `histories` of the one whose bytes the input holds. */
  chosen: number;
}

export interface BlobInput {
  kind: 'blob';
  bytes: Uint8Array;
  form: InputForm;
  /** How the bytes were obtained (and any warning about it); null for a raw BLOB. */
  note: string | null;
  msg?: MsgInfo;
  store?: StoreInfo;
}

/** Where in a text input a problem was found; line and column are 1-based. */
export interface TextPosition {
  offset: number;
  line: number;
  column: number;
}

export interface InputError {
  kind: 'error';
  message: string;
  /** Character offset (text input) or byte offset (binary input) of the problem. */
  offset?: number;
  line?: number;
  column?: number;
}

export type InputResult = BlobInput | InputError;
