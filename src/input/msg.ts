import { readCompoundFile, type CompoundEntry } from './compoundFile';
import { decodeUtf16le, decodeUtf8OrLatin1 } from './text';
import type { BlobInput, InputResult, MsgCandidate, MsgInfo } from './types';

/** The first bytes of an OLE compound file, which an Outlook `.msg` is. */
export const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] as const;

export function isOleFile(bytes: Uint8Array): boolean {
  return OLE_MAGIC.every((b, i) => bytes[i] === b);
}

/** What the decoder made of an attachment's bytes, as far as choosing one goes. */
export interface HistoryJudgement {
  isHistory: boolean;
  tagCount: number;
  errorCount: number;
}

const ATTACHMENT = /^__attach_version1\.0_#[0-9A-Fa-f]{8}$/;
const ATTACH_DATA_BINARY = '__substg1.0_37010102';

/**
 * Reads an Outlook `.msg` and picks out every attachment (at any depth, so also those of
 * embedded messages) whose PidTagAttachDataBinary `judge` accepts as a UIDL history.
 */
export function readMsg(
  bytes: Uint8Array,
  judge: (bytes: Uint8Array) => HistoryJudgement,
): InputResult {
  const entries = readCompoundFile(bytes);
  if (typeof entries === 'string') {
    return { kind: 'error', message: `This .msg is damaged: ${entries}` };
  }
  const top = entries.filter((entry) => entry.parent === null);
  const candidates: MsgCandidate[] = [];
  let attachmentsExamined = 0;
  for (const entry of entries) {
    if (entry.kind !== 'storage' || !ATTACHMENT.test(entry.name)) continue;
    attachmentsExamined++;
    const stream = entry.child(ATTACH_DATA_BINARY);
    const data = streamOf(stream);
    if (data === null) continue;
    const { isHistory, tagCount, errorCount } = judge(data);
    if (isHistory) {
      const path = stream!.path;
      candidates.push({ attachment: entry.name, path, bytes: data, tagCount, errorCount });
    }
  }

  const info: MsgInfo = {
    messageClass: messageString(top, '001A'),
    subject: messageString(top, '0037'),
    attachmentsExamined,
    candidates,
  };
  if (candidates.length === 0) {
    const looked = `${attachmentsExamined} attachment${attachmentsExamined === 1 ? '' : 's'} looked at`;
    return {
      kind: 'error',
      message: `This .msg has no attachment holding a POP3 UIDL history (${looked})`,
    };
  }
  return chooseMsgHistory({ kind: 'blob', bytes, form: 'msg', note: null, msg: info }, 0)!;
}

/**
 * The same input with the `index`-th (0-based) history of its .msg as the bytes; null when
 * the input is not a .msg or holds no such history.
 */
export function chooseMsgHistory(input: BlobInput, index: number): BlobInput | null {
  const candidates = input.msg?.candidates ?? [];
  const chosen = candidates[index];
  if (chosen === undefined) return null;
  const which =
    candidates.length === 1 ? '' : ` (history ${index + 1} of ${candidates.length} found)`;
  return {
    ...input,
    bytes: chosen.bytes,
    note: `read from attachment ${chosen.attachment} of an Outlook .msg${which}`,
  };
}

/** A stream's bytes; null when there is no such stream or it cannot be read. */
function streamOf(entry: CompoundEntry | undefined): Uint8Array | null {
  if (entry?.kind !== 'stream') return null;
  const data = entry.read();
  return typeof data === 'string' ? null : data;
}

/** A string property of the top-level message: Unicode (`…001F`) if present, else 8-bit (`…001E`). */
function messageString(top: CompoundEntry[], propertyId: string): string | null {
  const named = (name: string) => streamOf(top.find((entry) => entry.name === name));
  const unicode = named(`__substg1.0_${propertyId}001F`);
  if (unicode !== null) return trimNul(decodeUtf16le(unicode));
  const ansi = named(`__substg1.0_${propertyId}001E`);
  return ansi === null ? null : trimNul(decodeUtf8OrLatin1(ansi));
}

function trimNul(text: string): string {
  return text.replace(/\0+$/, '');
}
