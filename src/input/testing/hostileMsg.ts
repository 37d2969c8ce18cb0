/**
 * Crafted `.msg` files, each broken in one way that once crashed the reader, with the
 * message the reader must give for it. The numbers in each message (sectors, entries)
 * come from how the file was built, and the reader's order from MS-CFB: entries are
 * checked storage by storage, siblings by name.
 */
import { encodeUidlHistory } from '../../decoder/encode';
import { MAX_EMBEDDED_MESSAGES } from '../limits';
import {
  ENTRY_FIELD,
  NO_STREAM,
  setU32,
  writeCompoundFile,
  type CompoundNode,
} from './compoundFileWriter';

export interface HostileMsg {
  /** File name under fixtures/hostile/. */
  name: string;
  description: string;
  bytes: Uint8Array;
  /** What the reader must say, after "This .msg is damaged: ". */
  reason: string;
}

const DATA = '__substg1.0_37010102';
const EMBEDDED = '__substg1.0_3701000D';
const attachmentName = (i: number) =>
  `__attach_version1.0_#${i.toString(16).toUpperCase().padStart(8, '0')}`;
const utf16 = (text: string) => Uint8Array.from([...text].flatMap((c) => [c.charCodeAt(0), 0]));

/** A history of about `bytes` bytes: the same get tag over and over, numbered. */
export function historyOfSize(bytes: number): Uint8Array {
  const tags = [];
  for (let i = 0; tags.length * 40 < bytes; i++) {
    tags.push({
      operation: 'get',
      content: 'body',
      timestampRaw: '20120906131138',
      uid: `UID${i}`.padEnd(24, 'x'),
    });
  }
  return encodeUidlHistory({ tags });
}

const messageClass = (): CompoundNode => ({
  name: '__substg1.0_001A001F',
  data: utf16('IPM.MessageManager'),
});
const attachment = (i: number, data: Uint8Array): CompoundNode => ({
  name: attachmentName(i),
  children: [
    { name: DATA, data },
    { name: '__substg1.0_3707001F', data: utf16(`BlobPOP${i}@example.com`) },
  ],
});

/** A stream whose FAT chain runs into a cycle that its first sector is part of. */
export function fatCycleMsg(): HostileMsg {
  const data = attachment(0, historyOfSize(20_000));
  const stream = (data as { children: CompoundNode[] }).children[0]!;
  const file = writeCompoundFile([messageClass(), data]);
  const start = file.startOf.get(stream)!;
  // start → start+1 → start+2 → start+3 → start again.
  setU32(file, file.fatEntryOffset(start + 3), start);
  return {
    name: 'fat-cycle.msg',
    description: 'the history stream starts inside a FAT cycle of four sectors',
    bytes: file.bytes,
    reason: `the sector chain of stream ${attachmentName(0)}/${DATA} loops at sector ${start}`,
  };
}

/** Two entries of the root storage's sibling tree that point at each other. */
export function siblingLoopMsg(): HostileMsg {
  const top: CompoundNode[] = [
    messageClass(),
    { name: '__substg1.0_0037001F', data: utf16('POP3 history') },
    attachment(0, historyOfSize(200)),
  ];
  const file = writeCompoundFile(top);
  // The sibling tree's root is the root storage's child; any entry below it that links
  // back to it makes a loop, and the tree root is the entry reached twice.
  const view = new DataView(file.bytes.buffer);
  const treeRoot = view.getUint32(file.directoryEntryOffset(0) + ENTRY_FIELD.child, true);
  const leaf = top
    .map((node) => file.entryOf.get(node)!)
    .find(
      (entry) =>
        entry !== treeRoot &&
        view.getUint32(file.directoryEntryOffset(entry) + ENTRY_FIELD.left, true) === NO_STREAM,
    )!;
  setU32(file, file.directoryEntryOffset(leaf) + ENTRY_FIELD.left, treeRoot);
  return {
    name: 'sibling-loop.msg',
    description: 'a directory entry names its own ancestor in the sibling tree as a sibling',
    bytes: file.bytes,
    reason: `its directory tree loops: entry ${treeRoot} is reached twice`,
  };
}

/**
 * A history in an attachment of a message embedded `levels` deep (each level an
 * attachment holding a message storage). Up to MAX_EMBEDDED_MESSAGES it reads; deeper,
 * the reader refuses it.
 */
export function nestedMsg(levels: number): HostileMsg {
  let inner: CompoundNode = attachment(0, historyOfSize(200));
  for (let i = 0; i < levels; i++) {
    inner = { name: attachmentName(0), children: [{ name: EMBEDDED, children: [inner] }] };
  }
  const file = writeCompoundFile([messageClass(), inner]);
  const deepest = 2 * MAX_EMBEDDED_MESSAGES + 1;
  return {
    name: `nested-${levels}-levels.msg`,
    description: `a history attachment ${levels} embedded messages deep`,
    bytes: file.bytes,
    reason: `its storages nest more than ${deepest} deep, past ${MAX_EMBEDDED_MESSAGES} embedded messages`,
  };
}

/** `count` attachments whose data streams all point at the same sectors. */
export function aliasedAttachmentsMsg(count: number, dataBytes: number): HostileMsg {
  const attachments = Array.from({ length: count }, (_, i) =>
    attachment(i, i === 0 ? historyOfSize(dataBytes) : new Uint8Array(0)),
  );
  const file = writeCompoundFile([messageClass(), ...attachments]);
  const streamOf = (i: number) => (attachments[i] as { children: CompoundNode[] }).children[0]!;
  const first = streamOf(0);
  const start = file.startOf.get(first)!;
  const size = (first as { data: Uint8Array }).data.length;
  for (let i = 1; i < count; i++) {
    const at = file.directoryEntryOffset(file.entryOf.get(streamOf(i))!);
    setU32(file, at + ENTRY_FIELD.start, start);
    setU32(file, at + ENTRY_FIELD.size, size);
  }
  // A stream under 4096 bytes lives in the mini stream, whose sectors are mini sectors.
  const unit = size < 4096 ? 'mini sector' : 'sector';
  const path = (i: number) => `stream ${attachmentName(i)}/${DATA}`;
  return {
    name: `aliased-attachments.msg`,
    description: `${count} attachments whose data streams all point at the same ${dataBytes} bytes`,
    bytes: file.bytes,
    reason: `${unit} ${start} belongs to both ${path(0)} and ${path(1)}`,
  };
}

/** The crafted files small enough to keep in fixtures/hostile/; tests build the big ones. */
export function hostileFixtures(): HostileMsg[] {
  return [
    fatCycleMsg(),
    siblingLoopMsg(),
    nestedMsg(MAX_EMBEDDED_MESSAGES + 1),
    aliasedAttachmentsMsg(200, 8_000),
  ];
}
