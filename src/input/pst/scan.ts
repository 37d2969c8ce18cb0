/**
 * Finds Outlook's POP3 UIDL histories in a .pst/.ost store: every folder's associated
 * contents (FAI) table, every `IPM.MessageManager` message in it, and each attachment of
 * that message, whose PidTagAttachDataBinary is a history (see FORMAT.md, "Where the history
 * lives in a store").
 *
 * Why a reader of our own rather than an existing PST library: the scanner is opened on
 * files that are damaged or hostile, in the page's worker as well as in Node, and must then
 * answer with one sentence after a bounded number of reads. The libraries we looked at
 * (pst-extractor and its forks) read through Node's `fs` or whole in-memory buffers, follow
 * B-tree pointers without cycle checks, allocate whatever sizes a file declares and throw
 * assorted errors mid-walk; they also parse every folder and message in full where we need
 * a handful of nodes. The layers needed here (two B-trees, blocks and data trees, subnodes,
 * heap, BTH, property and table contexts) are small, so this reader implements exactly those,
 * over random-access reads that are each bounds-checked and counted against `LIMITS`.
 */
import { LIMITS, withLimits, type Limits } from '../limits';
import { fault, hex, toStoreError, StoreFault, type StoreError } from './errors';
import { readHeader } from './header';
import { openHeap, PropertyContext, TableContext, PT_BINARY } from './ltp';
import { NodeDatabase, type NodeEntry } from './ndb';
import { BoundedReader, type ByteSource, type CancelSignal } from './source';
import type {
  HistoryAccount,
  HistoryAttachment,
  MessageManagerMessage,
  ScanProgress,
  StoreScanResult,
} from './types';

export interface ScanOptions {
  onProgress?: (progress: ScanProgress) => void;
  signal?: CancelSignal;
  /** Lower (tests) or raise some of `LIMITS`. */
  limits?: Partial<Limits>;
}

const NID_ROOT_FOLDER = 0x122;
const NID_ATTACHMENT_TABLE = 0x671;
const NID_TYPE_NORMAL_FOLDER = 0x02;
const NID_TYPE_HIERARCHY_TABLE = 0x0d;
const NID_TYPE_ASSOC_CONTENTS_TABLE = 0x0f;

const PR_MESSAGE_CLASS = 0x001a;
const PR_SUBJECT = 0x0037;
const PR_CONVERSATION_KEY = 0x000b;
const PR_DISPLAY_NAME = 0x3001;
const PR_ATTACH_FILENAME = 0x3704;
const PR_ATTACH_LONG_FILENAME = 0x3707;
const PR_ATTACH_DATA_BINARY = 0x3701;
const PID_LTP_ROW_ID = 0x67f20003;

export const MESSAGE_MANAGER_CLASS = 'IPM.MessageManager';
const SUBJECT = /^Outlook Message Manager \((.*)\) \(KEY: ([0-9A-Fa-f]*)\)$/;

const sibling = (nid: number, type: number): number => ((nid & ~0x1f) | type) >>> 0;

export async function scanStore(
  source: ByteSource,
  options: ScanOptions = {},
): Promise<StoreScanResult> {
  const limits = withLimits(options.limits);
  const reader = new BoundedReader(source, limits, options.signal);
  try {
    const header = await readHeader(reader);
    const db = new NodeDatabase(reader, header);
    const scan: ScanState = { messages: [], problems: [], foldersVisited: 0, folderPaths: [] };
    await walkFolders(db, source, limits, scan, options.onProgress);
    return {
      kind: 'store',
      format: header.format,
      version: header.version,
      clientMagic: header.clientMagic,
      encryption: header.encryption,
      foldersVisited: scan.foldersVisited,
      folderPaths: scan.folderPaths,
      bytesRead: reader.bytesRead,
      messages: scan.messages,
      problems: scan.problems,
    };
  } catch (error) {
    return toStoreError(error);
  }
}

interface ScanState {
  messages: MessageManagerMessage[];
  problems: string[];
  foldersVisited: number;
  folderPaths: string[];
}

/** Faults that end the whole scan rather than the one folder or message being read. */
const isFatal = (error: unknown): boolean =>
  !(error instanceof StoreFault) || error.code === 'cancelled' || error.code === 'too-large';

async function walkFolders(
  db: NodeDatabase,
  source: ByteSource,
  limits: Limits,
  scan: ScanState,
  onProgress: ScanOptions['onProgress'],
): Promise<void> {
  const root = await db.node(NID_ROOT_FOLDER);
  if (root === null) fault('malformed', 'The store has no root folder (node 0x122).');
  const seen = new Set<number>();
  // Depth-first, children in table order, so folders come out as a folder list shows them.
  const stack: Array<{ nid: number; path: string[] }> = [{ nid: NID_ROOT_FOLDER, path: [] }];
  while (stack.length > 0) {
    const { nid, path } = stack.pop()!;
    if (seen.has(nid)) continue;
    seen.add(nid);
    if (seen.size > limits.maxFolders)
      fault('too-large', `The store has more than ${limits.maxFolders} folders.`);
    if (path.length > limits.maxTreeDepth * 4) {
      scan.problems.push(`Folder ${hex(nid)} is nested too deep; its subfolders were not scanned.`);
      continue;
    }
    db.reader.checkCancel();
    scan.foldersVisited++;
    try {
      const folder = nid === NID_ROOT_FOLDER ? root : await db.node(nid);
      if (folder === null)
        fault('malformed', `Folder ${hex(nid)} is listed but not in the node B-tree.`);
      const props = PropertyContext.read(
        await openHeap(db, folder, `Folder ${hex(nid)}`),
        limits.maxEntries,
      );
      const folderPath =
        nid === NID_ROOT_FOLDER ? [] : [...path, props.string(PR_DISPLAY_NAME) ?? hex(nid)];
      scan.folderPaths.push(folderPath.join('/'));
      await scanAssociatedContents(db, source, limits, nid, folderPath.join('/'), scan);
      const children = await tableRowIds(
        db,
        sibling(nid, NID_TYPE_HIERARCHY_TABLE),
        `Subfolders of ${hex(nid)}`,
      );
      for (const child of children.reverse()) {
        if ((child & 0x1f) === NID_TYPE_NORMAL_FOLDER && !seen.has(child))
          stack.push({ nid: child, path: folderPath });
      }
    } catch (error) {
      if (isFatal(error) || nid === NID_ROOT_FOLDER) throw error;
      scan.problems.push(toStoreError(error).message);
    }
    onProgress?.({ foldersVisited: scan.foldersVisited, bytesRead: db.reader.bytesRead });
  }
}

/** The row ids (column 0x67F2) of the table context in node `nid`; none when there is no such node. */
async function tableRowIds(db: NodeDatabase, nid: number, where: string): Promise<number[]> {
  const node = await db.node(nid);
  if (node === null) return [];
  return rowIdsOf(db, node, where);
}

async function rowIdsOf(db: NodeDatabase, node: NodeEntry, where: string): Promise<number[]> {
  const heap = await openHeap(db, node, where);
  const table = await TableContext.read(db, heap, () => db.subnodes(node.bidSub));
  return table.int32Column(PID_LTP_ROW_ID);
}

async function scanAssociatedContents(
  db: NodeDatabase,
  source: ByteSource,
  limits: Limits,
  folderNid: number,
  folderPath: string,
  scan: ScanState,
): Promise<void> {
  const where = `The associated contents of "${folderPath || 'root'}"`;
  const messages = await tableRowIds(db, sibling(folderNid, NID_TYPE_ASSOC_CONTENTS_TABLE), where);
  for (const nid of messages) {
    try {
      const node = await db.node(nid);
      if (node === null)
        fault('malformed', `${where} lists message ${hex(nid)}, which is missing.`);
      const props = PropertyContext.read(
        await openHeap(db, node, `Message ${hex(nid)}`),
        limits.maxEntries,
      );
      if (props.string(PR_MESSAGE_CLASS)?.toLowerCase() !== MESSAGE_MANAGER_CLASS.toLowerCase())
        continue;
      scan.messages.push(
        await readMessageManager(db, source, limits, node, props, folderNid, folderPath),
      );
    } catch (error) {
      if (isFatal(error)) throw error;
      scan.problems.push(toStoreError(error).message);
    }
  }
}

async function readMessageManager(
  db: NodeDatabase,
  source: ByteSource,
  limits: Limits,
  node: NodeEntry,
  props: PropertyContext,
  folderNid: number,
  folderPath: string,
): Promise<MessageManagerMessage> {
  const subject = stripSubjectPrefix(props.string(PR_SUBJECT));
  const parsed = subject === null ? null : SUBJECT.exec(subject);
  const key = props.binary(PR_CONVERSATION_KEY);
  const subnodes = await db.subnodes(node.bidSub);
  const attachments: HistoryAttachment[] = [];
  const table = subnodes.get(NID_ATTACHMENT_TABLE);
  if (table !== undefined) {
    const rows = await rowIdsOf(db, table, `The attachments of message ${hex(node.nid)}`);
    for (const nid of rows) {
      const attachment = subnodes.get(nid);
      if (attachment === undefined)
        fault('malformed', `Attachment ${hex(nid)} of message ${hex(node.nid)} is missing.`);
      attachments.push(await readAttachment(db, source, limits, attachment, node.nid));
    }
  }
  return {
    folderPath,
    folderNid,
    nid: node.nid,
    subject,
    profileName: parsed?.[1] ?? null,
    profileKey: parsed?.[2]?.toUpperCase() ?? null,
    conversationKey: key === null ? null : toHexUpper(key),
    attachments,
  };
}

async function readAttachment(
  db: NodeDatabase,
  source: ByteSource,
  limits: Limits,
  node: NodeEntry,
  messageNid: number,
): Promise<HistoryAttachment> {
  const where = `Attachment ${hex(node.nid)} of message ${hex(messageNid)}`;
  const props = PropertyContext.read(await openHeap(db, node, where), limits.maxEntries);
  const longFileName = props.string(PR_ATTACH_LONG_FILENAME);
  const fileName = props.string(PR_ATTACH_FILENAME);
  const displayName = props.string(PR_DISPLAY_NAME);
  const data = props.get(PR_ATTACH_DATA_BINARY);
  let size: number | null = null;
  let storage: HistoryAttachment['storage'] = null;
  let dataNode: NodeEntry | undefined;
  if (data?.type === PT_BINARY && data.where === 'heap') {
    size = data.bytes.length;
    storage = 'heap';
  } else if (data?.type === PT_BINARY && data.where === 'subnode') {
    dataNode = (await db.subnodes(node.bidSub)).get(data.nid);
    if (dataNode === undefined)
      fault('malformed', `${where}: its data subnode ${hex(data.nid)} is missing.`);
    size = await db.dataSize(dataNode.bidData);
    storage = 'subnode';
  }
  const heapBytes = data?.where === 'heap' ? data.bytes.slice() : null;
  const header = db.header;
  const readData = async (
    options: { signal?: CancelSignal } = {},
  ): Promise<Uint8Array | StoreError> => {
    if (heapBytes !== null) return heapBytes;
    if (dataNode === undefined) {
      return {
        kind: 'error',
        code: 'malformed',
        message: `${where} has no binary data (PidTagAttachDataBinary).`,
      };
    }
    // Its own reader and budget, so that reading one history later never counts against the scan.
    const reader = new BoundedReader(source, limits, options.signal, limits.maxValueBytes * 2);
    try {
      const blocks = await new NodeDatabase(reader, header).dataBlocks(
        dataNode.bidData,
        limits.maxValueBytes,
      );
      return concat(blocks);
    } catch (error) {
      return toStoreError(error);
    }
  };
  return {
    nid: node.nid,
    longFileName,
    fileName,
    displayName,
    account: accountOf(longFileName, fileName, displayName),
    size,
    storage,
    readData,
  };
}

/** `BlobPOP<smtp>` names the account by address, `Blob<8 hex>` by its mini-UID (FORMAT.md). */
export function accountOf(...names: Array<string | null>): HistoryAccount {
  for (const name of names) {
    if (name === null) continue;
    const pop = /^BlobPOP(.+)$/.exec(name);
    if (pop) return { kind: 'smtp', address: pop[1]! };
    const mini = /^Blob([0-9A-Fa-f]{8})$/.exec(name);
    if (mini) return { kind: 'mini-uid', miniUid: mini[1]!.toLowerCase() };
  }
  return { kind: 'unknown' };
}

/** A PST subject may begin with 0x01 and a character giving the length of its prefix ("RE: "). */
function stripSubjectPrefix(subject: string | null): string | null {
  if (subject === null || subject.charCodeAt(0) !== 1) return subject;
  return subject.slice(2);
}

function toHexUpper(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b.toString(16).padStart(2, '0');
  return out.toUpperCase();
}

function concat(blocks: Uint8Array[]): Uint8Array {
  let size = 0;
  for (const block of blocks) size += block.length;
  const out = new Uint8Array(size);
  let at = 0;
  for (const block of blocks) {
    out.set(block, at);
    at += block.length;
  }
  return out;
}

export { LIMITS };
