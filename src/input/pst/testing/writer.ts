/**
 * Test-only writer of Unicode PST stores ([MS-PST] wVer 23), valid enough for readers we
 * did not write (pst-extractor, libpff's pffinfo) to open: header with both CRCs, node and
 * block B-trees, blocks with trailers and signatures, data trees (XBLOCK/XXBLOCK), subnode
 * blocks, and the folder/message/attachment nodes a store needs. It streams to a sink so
 * that a benchmark store of a gigabyte never has to be in memory. Never imported by the app.
 */
import { pstCrc } from '../crc';
import {
  NodeDatabaseWriter,
  setU64,
  type DataSpec,
  type Encryption,
  type PstSink,
  type Subnode,
} from './ndbWriter';
import {
  binary,
  binaryInSubnode,
  bool,
  buildPropertyContext,
  buildTableContext,
  int32,
  unicode,
  MAX_HEAP_ITEM,
  type Prop,
} from './ltpWriter';

export type { DataSpec, PstSink } from './ndbWriter';

export interface AttachmentSpec {
  longFileName?: string;
  fileName?: string;
  displayName?: string;
  data: DataSpec;
}

export interface MessageSpec {
  messageClass: string;
  subject?: string;
  conversationKey?: Uint8Array;
  attachments?: AttachmentSpec[];
}

export interface FolderSpec {
  name: string;
  messages?: MessageSpec[];
  /** The folder's associated contents (FAI). */
  associated?: MessageSpec[];
  folders?: FolderSpec[];
}

export interface StoreSpec {
  /** Children of the root folder (whose own name is empty), e.g. "Top of Personal Folders". */
  folders: FolderSpec[];
  /** Default 'permute', Outlook's default. */
  encryption?: Encryption;
}

const NID_MESSAGE_STORE = 0x21;
const NID_NAME_TO_ID_MAP = 0x61;
const NID_ROOT_FOLDER = 0x122;
const NID_ATTACHMENT_TABLE = 0x671;
const FIRST_DATA = 0x4600;

/** Writes a whole store to `sink`; returns its size. */
export function writePst(spec: StoreSpec, sink: PstSink): number {
  const db = new NodeDatabaseWriter(sink, spec.encryption ?? 'permute');
  db.emit(new Uint8Array(FIRST_DATA));
  let nextIndex = 0x400;
  const newNid = (type: number): number => (nextIndex++ << 5) | type;

  // A PC node whose large values become subnodes of that node.
  const pcNode = (
    nid: number,
    parent: number,
    props: Prop[],
    extraSubnodes: Subnode[] = [],
  ): void => {
    const subnodes = [...extraSubnodes];
    let local = 0;
    const data = buildPropertyContext(props, (bytes) => {
      const sub = ((0x100 + local++) << 5) | 0x1f;
      subnodes.push({ nid: sub, bidData: db.dataTree(bytes), bidSub: 0 });
      return sub;
    });
    db.nodes.push({ nid, parent, bidData: db.block(data, false), bidSub: db.subnodes(subnodes) });
  };
  const tableData = (columns: number[], rows: number[][], subnodes: Subnode[]): number => {
    const data = buildTableContext(columns, rows, (blocks) => {
      const sub = ((0x180 + subnodes.length) << 5) | 0x1f;
      subnodes.push({ nid: sub, bidData: db.dataBlocks(blocks), bidSub: 0 });
      return sub;
    });
    return db.block(data, false);
  };
  const tableNode = (nid: number, parent: number, columns: number[], rows: number[][]): void => {
    const subnodes: Subnode[] = [];
    const bidData = tableData(columns, rows, subnodes);
    db.nodes.push({ nid, parent, bidData, bidSub: db.subnodes(subnodes) });
  };

  const recordKey = Uint8Array.from({ length: 16 }, (_, i) => 0x50 + i);
  const writeMessage = (
    nid: number,
    folder: number,
    message: MessageSpec,
    associated: boolean,
  ): void => {
    const attachments = message.attachments ?? [];
    const subnodes: Subnode[] = [];
    const rows: number[][] = [];
    attachments.forEach((attachment, i) => {
      const anid = ((0x200 + i) << 5) | 0x05;
      const size =
        attachment.data instanceof Uint8Array ? attachment.data.length : attachment.data.size;
      const props: Prop[] = [
        int32(0x3705, 1),
        int32(0x0e20, size),
        int32(0x0e21, i),
        int32(0x370b, -1),
      ];
      if (attachment.longFileName !== undefined)
        props.push(unicode(0x3707, attachment.longFileName));
      if (attachment.fileName !== undefined) props.push(unicode(0x3704, attachment.fileName));
      if (attachment.displayName !== undefined) props.push(unicode(0x3001, attachment.displayName));
      const own: Subnode[] = [];
      if (attachment.data instanceof Uint8Array && attachment.data.length <= MAX_HEAP_ITEM) {
        props.push(binary(0x3701, attachment.data));
      } else {
        const sub = (0x100 << 5) | 0x1f;
        own.push({ nid: sub, bidData: db.dataTree(attachment.data), bidSub: 0 });
        props.push(binaryInSubnode(0x3701, sub));
      }
      const data = buildPropertyContext(props, () => {
        throw new Error('attachment names must be small');
      });
      subnodes.push({ nid: anid, bidData: db.block(data, false), bidSub: db.subnodes(own) });
      rows.push([anid, 0, size, 1]);
    });
    if (attachments.length > 0) {
      const tableSubnodes: Subnode[] = [];
      const bidData = tableData([0x0e200003, 0x37050003], rows, tableSubnodes);
      subnodes.push({ nid: NID_ATTACHMENT_TABLE, bidData, bidSub: db.subnodes(tableSubnodes) });
    }
    const props: Prop[] = [
      unicode(0x001a, message.messageClass),
      int32(0x0e07, associated ? 0x40 | 0x01 : 0x01),
      int32(0x0e08, 0),
      bool(0x0e1b, attachments.length > 0),
      binary(0x0ff9, recordKey),
    ];
    if (message.subject !== undefined) props.push(unicode(0x0037, message.subject));
    if (message.conversationKey !== undefined) props.push(binary(0x000b, message.conversationKey));
    pcNode(nid, folder, props, subnodes);
  };

  const writeFolder = (nid: number, parent: number, name: string, folder: FolderSpec): void => {
    const children = (folder.folders ?? []).map((child) => ({ nid: newNid(0x02), child }));
    const messages = (folder.messages ?? []).map((m) => ({ nid: newNid(0x04), m }));
    const associated = (folder.associated ?? []).map((m) => ({ nid: newNid(0x08), m }));
    for (const { nid: mid, m } of messages) writeMessage(mid, nid, m, false);
    for (const { nid: mid, m } of associated) writeMessage(mid, nid, m, true);
    pcNode(nid, parent, [
      unicode(0x3001, name),
      int32(0x3602, messages.length),
      int32(0x3603, 0),
      bool(0x360a, children.length > 0),
      unicode(0x3613, 'IPF.Note'),
    ]);
    const base = nid & ~0x1f;
    tableNode(
      base | 0x0d,
      nid,
      [0x36020003, 0x36030003],
      children.map((c) => [c.nid, 0, 0, 0]),
    );
    tableNode(
      base | 0x0e,
      nid,
      [0x0e070003],
      messages.map((m) => [m.nid, 0, 1]),
    );
    tableNode(
      base | 0x0f,
      nid,
      [0x0e070003],
      associated.map((m) => [m.nid, 0, 0x41]),
    );
    for (const { nid: cnid, child } of children) writeFolder(cnid, nid, child.name, child);
  };

  writeFolder(NID_ROOT_FOLDER, NID_ROOT_FOLDER, '', { name: '', folders: spec.folders });
  const ipmSubtree = db.nodes.find(
    (n) => n.parent === NID_ROOT_FOLDER && n.nid !== NID_ROOT_FOLDER && (n.nid & 0x1f) === 2,
  );
  const entryId = (nid: number): Uint8Array => {
    const out = new Uint8Array(24);
    out.set(recordKey, 4);
    new DataView(out.buffer).setUint32(20, nid, true);
    return out;
  };
  pcNode(NID_MESSAGE_STORE, 0, [
    binary(0x0ff9, recordKey),
    unicode(0x3001, 'Personal Folders'),
    binary(0x35e0, entryId(ipmSubtree?.nid ?? NID_ROOT_FOLDER)),
    int32(0x6633, 1),
  ]);
  // PS_MAPI's GUID and one numeric named property, which readers expect the map to hold.
  const guid = Uint8Array.from([0x28, 0x03, 0x02, 0, 0, 0, 0, 0, 0xc0, 0, 0, 0, 0, 0, 0, 0x46]);
  const entry = Uint8Array.from([0x01, 0x85, 0, 0, 0x06, 0, 0, 0]);
  pcNode(NID_NAME_TO_ID_MAP, 0, [
    int32(0x0001, 251),
    binary(0x0002, guid),
    binary(0x0003, entry),
    binary(0x0004, new Uint8Array(4)),
  ]);

  const { nbt, bbt } = db.trees();
  const size = db.offset;
  sink.patch(0, header(db, spec, size, nbt, bbt, nextIndex));
  return size;
}

function header(
  db: NodeDatabaseWriter,
  spec: StoreSpec,
  size: number,
  nbt: { bid: number; ib: number },
  bbt: { bid: number; ib: number },
  nextIndex: number,
): Uint8Array {
  const out = new Uint8Array(564);
  const view = new DataView(out.buffer);
  out.set([0x21, 0x42, 0x44, 0x4e], 0);
  out.set([0x53, 0x4d], 8);
  view.setUint16(10, 23, true);
  view.setUint16(12, 19, true);
  out[14] = 1;
  out[15] = 1;
  setU64(view, 32, db.bidNextPage);
  view.setUint32(40, 1, true);
  for (let i = 0; i < 32; i++) view.setUint32(44 + i * 4, nextIndex << 5, true);
  setU64(view, 184, size);
  setU64(view, 192, 0x4400);
  setU64(view, 216, nbt.bid);
  setU64(view, 224, nbt.ib);
  setU64(view, 232, bbt.bid);
  setU64(view, 240, bbt.ib);
  out[248] = 0; // the allocation maps are not written, so they are marked invalid
  out.fill(0xff, 256, 512);
  out[512] = 0x80;
  out[513] = { none: 0, permute: 1, cyclic: 2 }[spec.encryption ?? 'permute'];
  setU64(view, 516, db.bidNextBlock);
  view.setUint32(4, pstCrc(out, 8, 8 + 471), true);
  view.setUint32(524, pstCrc(out, 8, 8 + 516), true);
  return out;
}

/** The whole store in memory (tests). */
export function buildPst(spec: StoreSpec): Uint8Array {
  const chunks: Uint8Array[] = [];
  let length = 0;
  const patches: Array<[number, Uint8Array]> = [];
  writePst(spec, {
    append: (bytes) => {
      chunks.push(bytes);
      length += bytes.length;
    },
    patch: (offset, bytes) => patches.push([offset, bytes]),
  });
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  for (const [offset, bytes] of patches) out.set(bytes, offset);
  return out;
}
