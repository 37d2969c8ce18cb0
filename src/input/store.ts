/**
 * A `.pst`/`.ost` as one more input: the store is scanned (never read whole), each history
 * attachment of its Message Manager messages is read and judged, and the chosen one becomes
 * the input's bytes, the others listed in `store.histories`.
 */
import { judgeHistory } from './historyJudge';
import { scanStore, type ByteSource, type CancelSignal } from './pst/index';
import { STORE_MAGIC } from './pst/header';
import type { HistoryAccount, ScanProgress, StoreScan } from './pst/types';
import type { BlobInput, InputResult, StoreHistory } from './types';

export interface StoreOptions {
  onProgress?: (progress: ScanProgress) => void;
  signal?: CancelSignal;
}

/** True when the bytes begin as every .pst/.ost does ("!BDN"). */
export function isStoreHead(head: Uint8Array): boolean {
  return STORE_MAGIC.every((b, i) => head[i] === b);
}

const FORMAT_NAMES: Record<StoreScan['format'], string> = {
  unicode: 'Unicode PST',
  'unicode-4k': 'OST (4 KiB pages)',
};

function accountText(account: HistoryAccount): string | null {
  if (account.kind === 'smtp') return account.address;
  if (account.kind === 'mini-uid') return `mini-UID ${account.miniUid}`;
  return null;
}

/** Where a history came from, as the header says it: "alice@example.com, in Inbox of store.pst". */
export function storeHistoryPlace(history: StoreHistory, storeName: string): string {
  const folder = history.folderPath.split('/').at(-1) || history.folderPath || 'the root folder';
  const who = history.account ?? history.attachmentName ?? 'a history';
  return `${who}, in ${folder} of ${storeName}`;
}

export async function readStore(
  source: ByteSource,
  name: string,
  choice: number,
  options: StoreOptions = {},
): Promise<InputResult> {
  const scan = await scanStore(source, options);
  if (scan.kind === 'error') return { kind: 'error', message: scan.message, offset: scan.offset };
  const histories: StoreHistory[] = [];
  const data: Uint8Array[] = [];
  const unreadable: string[] = [];
  for (const message of scan.messages) {
    for (const attachment of message.attachments) {
      if (attachment.size === null) continue;
      const bytes = await attachment.readData({ signal: options.signal });
      const attachmentName =
        attachment.longFileName ?? attachment.fileName ?? attachment.displayName;
      if (bytes instanceof Uint8Array === false) {
        unreadable.push(`${attachmentName ?? 'an attachment'}: ${bytes.message}`);
        continue;
      }
      const { tagCount, errorCount } = judgeHistory(bytes);
      histories.push({
        folderPath: message.folderPath,
        subject: message.subject,
        profileName: message.profileName,
        profileKey: message.profileKey,
        conversationKey: message.conversationKey,
        attachmentName,
        account: accountText(attachment.account),
        size: bytes.length,
        tagCount,
        errorCount,
      });
      data.push(bytes);
    }
  }
  const chosen = histories[choice];
  const bytes = data[choice];
  if (chosen === undefined || bytes === undefined) {
    return {
      kind: 'error',
      message: noHistoryMessage(scan, name, histories.length, choice, unreadable),
    };
  }
  const which = histories.length === 1 ? '' : ` (history ${choice + 1} of ${histories.length})`;
  const input: BlobInput = {
    kind: 'blob',
    bytes,
    form: 'store',
    note: `read from attachment ${chosen.attachmentName ?? '(unnamed)'} of the Message Manager message in ${chosen.folderPath} of ${name}${which}`,
    store: {
      format: FORMAT_NAMES[scan.format],
      foldersVisited: scan.foldersVisited,
      bytesRead: scan.bytesRead,
      messageManagers: scan.messages.length,
      histories,
      chosen: choice,
    },
  };
  return input;
}

function noHistoryMessage(
  scan: StoreScan,
  name: string,
  found: number,
  choice: number,
  unreadable: string[],
): string {
  const folders = `${scan.foldersVisited} folder${scan.foldersVisited === 1 ? '' : 's'}`;
  if (found > 0) {
    return `history ${choice + 1} was asked for, but ${name} holds ${found === 1 ? 'only one' : found}`;
  }
  if (scan.messages.length === 0) {
    return `${name} holds no Outlook Message Manager message (${'IPM.MessageManager'}) in the associated contents of its ${folders}, so it has no POP3 UIDL history.`;
  }
  const where = scan.messages
    .map(
      (m) =>
        `${m.folderPath || 'the root folder'} (subject ${JSON.stringify(m.subject ?? '')}, ${m.attachments.length} attachment${m.attachments.length === 1 ? '' : 's'})`,
    )
    .join('; ');
  const broken = unreadable.length > 0 ? ` Unreadable: ${unreadable.join('; ')}.` : '';
  return `${name} has ${scan.messages.length === 1 ? 'a Message Manager message' : `${scan.messages.length} Message Manager messages`} but no history attachment: found in ${where}.${broken}`;
}
