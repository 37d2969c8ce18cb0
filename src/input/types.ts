/** How the bytes of a history reached us. */
export type InputForm = 'raw' | 'hex' | 'base64' | 'msg';

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

export interface BlobInput {
  kind: 'blob';
  bytes: Uint8Array;
  form: InputForm;
  /** How the bytes were obtained (and any warning about it); null for a raw BLOB. */
  note: string | null;
  msg?: MsgInfo;
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
