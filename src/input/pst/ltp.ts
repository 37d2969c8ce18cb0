/**
 * The lists-tables-properties layer of [MS-PST] 2.3: the heap on a node (HN), the B-tree
 * on a heap (BTH), property contexts (PC) and table contexts (TC), read from the data
 * blocks of one node and the node's subnodes.
 */
import { fault, hex } from './errors';
import { u16, u32 } from './header';
import type { NodeDatabase, NodeEntry } from './ndb';

const HN_SIGNATURE = 0xec;
export const CLIENT_PC = 0xbc;
export const CLIENT_TC = 0x7c;
const BTH_TYPE = 0xb5;

/** A node's heap: its data blocks, each a heap page with its own allocation map. */
export class Heap {
  readonly clientSig: number;
  readonly userRoot: number;

  constructor(
    private readonly blocks: Uint8Array[],
    readonly where: string,
  ) {
    const first = blocks[0];
    if (first === undefined || first.length < 12 || first[2] !== HN_SIGNATURE) {
      fault('malformed', `${where} is not a heap (no HN signature 0xEC).`);
    }
    this.clientSig = first[3]!;
    this.userRoot = u32(first, 4);
  }

  /** The bytes of heap item `hid` ([MS-PST] 2.3.1.1, 2.3.1.5). */
  item(hid: number): Uint8Array {
    if ((hid & 0x1f) !== 0) fault('malformed', `${this.where}: ${hex(hid)} is not a heap id.`);
    const index = (hid >>> 5) & 0x7ff;
    const block = this.blocks[hid >>> 16];
    if (block === undefined)
      fault('malformed', `${this.where}: heap id ${hex(hid)} names a page it does not have.`);
    const map = u16(block, 0);
    if (map + 4 > block.length)
      fault('malformed', `${this.where}: a heap page map lies outside its page.`);
    const count = u16(block, map);
    if (index < 1 || index > count || map + 4 + (count + 1) * 2 > block.length) {
      fault('malformed', `${this.where}: heap id ${hex(hid)} is not allocated.`);
    }
    const start = u16(block, map + 4 + (index - 1) * 2);
    const end = u16(block, map + 4 + index * 2);
    if (start > end || end > map)
      fault('malformed', `${this.where}: heap item ${hex(hid)} lies outside its page.`);
    return block.subarray(start, end);
  }
}

/** All records of the BTH whose header is heap item `hid` ([MS-PST] 2.3.2). */
export function bthRecords(
  heap: Heap,
  hid: number,
  maxEntries: number,
): { keySize: number; dataSize: number; records: Uint8Array[] } {
  const head = heap.item(hid);
  if (head.length < 8 || head[0] !== BTH_TYPE)
    fault('malformed', `${heap.where}: no BTH header (0xB5).`);
  const keySize = head[1]!;
  const dataSize = head[2]!;
  const levels = head[3]!;
  const records: Uint8Array[] = [];
  if (keySize === 0 || levels > 8)
    fault('malformed', `${heap.where}: a BTH with ${levels} levels and ${keySize}-byte keys.`);
  const walk = (at: number, level: number): void => {
    if (at === 0) return;
    const item = heap.item(at);
    const size = level === 0 ? keySize + dataSize : keySize + 4;
    for (let i = 0; i + size <= item.length; i += size) {
      if (level === 0) {
        if (records.length >= maxEntries)
          fault('too-large', `${heap.where}: more than ${maxEntries} records.`);
        records.push(item.subarray(i, i + size));
      } else {
        walk(u32(item, i + keySize), level - 1);
      }
    }
  };
  walk(u32(head, 4), levels);
  return { keySize, dataSize, records };
}

/** Opens the heap of a node (or subnode) from its data tree. */
export async function openHeap(db: NodeDatabase, node: NodeEntry, where: string): Promise<Heap> {
  const blocks = await db.dataBlocks(node.bidData, db.reader.limits.maxValueBytes);
  return new Heap(blocks, where);
}

export const PT_INT16 = 0x0002;
export const PT_INT32 = 0x0003;
export const PT_BOOLEAN = 0x000b;
export const PT_STRING8 = 0x001e;
export const PT_UNICODE = 0x001f;
export const PT_BINARY = 0x0102;

/** Where a property's value is: in the record, in the heap, or in a subnode of its own. */
export type PropertyValue =
  | { where: 'inline'; type: number; value: number }
  | { where: 'heap'; type: number; bytes: Uint8Array }
  | { where: 'subnode'; type: number; nid: number };

const INLINE_TYPES = new Set([0x0002, 0x0003, 0x0004, 0x000a, 0x000b]);

/** A property context: properties by id ([MS-PST] 2.3.3). */
export class PropertyContext {
  private constructor(private readonly props: Map<number, PropertyValue>) {}

  static read(heap: Heap, maxEntries: number): PropertyContext {
    if (heap.clientSig !== CLIENT_PC)
      fault('malformed', `${heap.where} is not a property context.`);
    const { keySize, dataSize, records } = bthRecords(heap, heap.userRoot, maxEntries);
    if (keySize !== 2 || dataSize !== 6)
      fault('malformed', `${heap.where}: property records are not 2+6 bytes.`);
    const props = new Map<number, PropertyValue>();
    for (const record of records) {
      const id = u16(record, 0);
      const type = u16(record, 2);
      const raw = u32(record, 4);
      if (INLINE_TYPES.has(type)) props.set(id, { where: 'inline', type, value: raw });
      else if (raw === 0) props.set(id, { where: 'heap', type, bytes: new Uint8Array(0) });
      else if ((raw & 0x1f) === 0) props.set(id, { where: 'heap', type, bytes: heap.item(raw) });
      else props.set(id, { where: 'subnode', type, nid: raw });
    }
    return new PropertyContext(props);
  }

  get(id: number): PropertyValue | undefined {
    return this.props.get(id);
  }

  /** A string property held in the heap (the only place a name or a subject is kept small enough to live). */
  string(id: number): string | null {
    const prop = this.props.get(id);
    if (prop?.where !== 'heap') return null;
    if (prop.type === PT_UNICODE) return utf16(prop.bytes);
    if (prop.type === PT_STRING8) return latin1(prop.bytes);
    return null;
  }

  binary(id: number): Uint8Array | null {
    const prop = this.props.get(id);
    return prop?.where === 'heap' && prop.type === PT_BINARY ? prop.bytes : null;
  }

  int(id: number): number | null {
    const prop = this.props.get(id);
    return prop?.where === 'inline' ? prop.value : null;
  }
}

function utf16(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i + 1 < bytes.length; i += 2) out += String.fromCharCode(u16(bytes, i));
  return out.replace(/\0+$/, '');
}

function latin1(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += String.fromCharCode(b);
  return out.replace(/\0+$/, '');
}

/** One column of a table context. */
interface Column {
  offset: number;
  size: number;
  bit: number;
}

/**
 * A table context ([MS-PST] 2.3.4): rows of fixed size in one heap item or in a subnode
 * whose blocks each hold whole rows. Only 4-byte integer cells are read here, which is all
 * the scanner needs (row ids in column 0x67F2).
 */
export class TableContext {
  private constructor(
    private readonly columns: Map<number, Column>,
    private readonly rowSize: number,
    private readonly cebOffset: number,
    private readonly rowBlocks: Uint8Array[],
    readonly rowCount: number,
  ) {}

  static async read(
    db: NodeDatabase,
    heap: Heap,
    subnodes: () => Promise<Map<number, NodeEntry>>,
  ): Promise<TableContext> {
    if (heap.clientSig !== CLIENT_TC) fault('malformed', `${heap.where} is not a table context.`);
    const info = heap.item(heap.userRoot);
    if (info.length < 22 || info[0] !== CLIENT_TC)
      fault('malformed', `${heap.where}: no table header (0x7C).`);
    const columnCount = info[1]!;
    if (22 + columnCount * 8 > info.length)
      fault('malformed', `${heap.where}: ${columnCount} columns declared, fewer present.`);
    const cebOffset = u16(info, 6);
    const rowSize = u16(info, 8);
    const columns = new Map<number, Column>();
    for (let i = 0; i < columnCount; i++) {
      const at = 22 + i * 8;
      const column = { offset: u16(info, at + 4), size: info[at + 6]!, bit: info[at + 7]! };
      if (column.offset + column.size > rowSize || cebOffset + (column.bit >> 3) >= rowSize) {
        fault('malformed', `${heap.where}: a column lies outside its ${rowSize}-byte row.`);
      }
      columns.set(u32(info, at), column);
    }
    const rowsAt = u32(info, 14);
    let rowBlocks: Uint8Array[] = [];
    if (rowsAt !== 0 && rowSize > 0) {
      if ((rowsAt & 0x1f) === 0) {
        rowBlocks = [heap.item(rowsAt)];
      } else {
        const node = (await subnodes()).get(rowsAt);
        if (node === undefined)
          fault(
            'malformed',
            `${heap.where}: its rows are in subnode ${hex(rowsAt)}, which is missing.`,
          );
        rowBlocks = await db.dataBlocks(node.bidData, db.reader.limits.maxValueBytes);
      }
    }
    let rowCount = 0;
    for (const block of rowBlocks) rowCount += Math.floor(block.length / rowSize);
    if (rowCount > db.reader.limits.maxEntries)
      fault('too-large', `${heap.where}: ${rowCount} rows.`);
    return new TableContext(columns, rowSize, cebOffset, rowBlocks, rowCount);
  }

  /** The 4-byte cell of `tag` in every row where it is present. */
  int32Column(tag: number): number[] {
    const column = this.columns.get(tag);
    if (column === undefined || column.size !== 4) return [];
    const out: number[] = [];
    for (const block of this.rowBlocks) {
      for (let at = 0; at + this.rowSize <= block.length; at += this.rowSize) {
        const ceb = block[at + this.cebOffset + (column.bit >> 3)]!;
        if ((ceb & (0x80 >> (column.bit & 7))) === 0) continue;
        out.push(u32(block, at + column.offset));
      }
    }
    return out;
  }
}
