/**
 * Test-only: builds the heap-on-node, property-context and table-context bytes of
 * [MS-PST] 2.3 for the store writer. Each heap is one block: the writer keeps its nodes
 * small and moves anything large into a subnode, as Outlook does.
 */
export const MAX_BLOCK_DATA = 8176;
/** Values above this many bytes go to a subnode ([MS-PST] 2.3.3.3: 3580). */
export const MAX_HEAP_ITEM = 3580;

export class HeapBuilder {
  private readonly items: Uint8Array[] = [];

  /** Adds an item and returns its HID (block 0). */
  add(bytes: Uint8Array): number {
    this.items.push(bytes);
    return this.items.length << 5;
  }

  /** Overwrites an item added before (to fill in a header once what it points to is known). */
  set(hid: number, bytes: Uint8Array): void {
    this.items[(hid >> 5) - 1] = bytes;
  }

  build(clientSig: number, userRoot: number): Uint8Array {
    const size = this.items.reduce((n, item) => n + item.length, 12);
    const mapAt = size + (size % 2);
    const total = mapAt + 4 + (this.items.length + 1) * 2;
    if (total > MAX_BLOCK_DATA) throw new Error(`heap of ${total} bytes does not fit one block`);
    const out = new Uint8Array(total);
    const view = new DataView(out.buffer);
    view.setUint16(0, mapAt, true);
    out[2] = 0xec;
    out[3] = clientSig;
    view.setUint32(4, userRoot, true);
    let at = 12;
    view.setUint16(mapAt, this.items.length, true);
    view.setUint16(mapAt + 2, 0, true);
    view.setUint16(mapAt + 4, at, true);
    this.items.forEach((item, i) => {
      out.set(item, at);
      at += item.length;
      view.setUint16(mapAt + 6 + i * 2, at, true);
    });
    return out;
  }
}

export type PropValue =
  | { type: 0x0003 | 0x000b; value: number }
  | { type: 0x001f; value: string }
  | { type: 0x0102; value: Uint8Array }
  /** A binary already written to subnode `nid` of the node. */
  | { type: 0x0102; subnode: number };

export interface Prop {
  id: number;
  value: PropValue;
}

export const int32 = (id: number, value: number): Prop => ({ id, value: { type: 0x0003, value } });
export const bool = (id: number, value: boolean): Prop => ({
  id,
  value: { type: 0x000b, value: value ? 1 : 0 },
});
export const unicode = (id: number, value: string): Prop => ({
  id,
  value: { type: 0x001f, value },
});
export const binary = (id: number, value: Uint8Array): Prop => ({
  id,
  value: { type: 0x0102, value },
});
export const binaryInSubnode = (id: number, nid: number): Prop => ({
  id,
  value: { type: 0x0102, subnode: nid },
});

export function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    out[i * 2] = text.charCodeAt(i) & 0xff;
    out[i * 2 + 1] = text.charCodeAt(i) >> 8;
  }
  return out;
}

/**
 * A property context. `toSubnode` is called for a value too big for the heap and returns
 * the NID of the subnode it was written to.
 */
export function buildPropertyContext(
  props: Prop[],
  toSubnode: (bytes: Uint8Array) => number,
): Uint8Array {
  const heap = new HeapBuilder();
  // Outlook puts the BTH header first (HID 0x20), and some readers rely on it.
  const headerHid = heap.add(new Uint8Array(8));
  const sorted = [...props].sort((a, b) => a.id - b.id);
  const records = new Uint8Array(sorted.length * 8);
  const view = new DataView(records.buffer);
  sorted.forEach(({ id, value }, i) => {
    view.setUint16(i * 8, id, true);
    view.setUint16(i * 8 + 2, value.type, true);
    let raw = 0;
    let bytes: Uint8Array | null = null;
    if (value.type === 0x0003 || value.type === 0x000b) raw = value.value;
    else if ('subnode' in value) raw = value.subnode;
    else if (value.type === 0x001f) bytes = utf16le(value.value);
    else bytes = value.value as Uint8Array;
    if (bytes !== null) {
      raw = bytes.length > MAX_HEAP_ITEM ? toSubnode(bytes) : heap.add(bytes);
    }
    view.setUint32(i * 8 + 4, raw >>> 0, true);
  });
  const recordsHid = sorted.length === 0 ? 0 : heap.add(records);
  const header = new Uint8Array([0xb5, 2, 6, 0, 0, 0, 0, 0]);
  new DataView(header.buffer).setUint32(4, recordsHid, true);
  heap.set(headerHid, header);
  return heap.build(0xbc, headerHid);
}

/**
 * A table context of 4-byte integer columns; the first two are always PidTagLtpRowId
 * (0x67F20003) and PidTagLtpRowVer (0x67F30003). Rows larger than a heap item go to a
 * subnode through `rowsToSubnode`, which is given one block's bytes per entry.
 */
export function buildTableContext(
  extraColumns: number[],
  rows: number[][],
  rowsToSubnode: (blocks: Uint8Array[]) => number,
): Uint8Array {
  const tags = [0x67f20003, 0x67f30003, ...extraColumns];
  const cebSize = Math.ceil(tags.length / 8);
  const rowSize = tags.length * 4 + cebSize;
  const heap = new HeapBuilder();
  // The row index's BTH header first (HID 0x20), as Outlook writes it.
  const rowIndex = heap.add(new Uint8Array(8));
  const rowBytes = (row: number[]): Uint8Array => {
    const out = new Uint8Array(rowSize);
    const view = new DataView(out.buffer);
    tags.forEach((_, c) => view.setUint32(c * 4, (row[c] ?? 0) >>> 0, true));
    for (let c = 0; c < tags.length; c++) out[tags.length * 4 + (c >> 3)]! |= 0x80 >> (c & 7);
    return out;
  };
  let rowsAt = 0;
  if (rows.length > 0 && rows.length * rowSize <= MAX_HEAP_ITEM) {
    const all = new Uint8Array(rows.length * rowSize);
    rows.forEach((row, i) => all.set(rowBytes(row), i * rowSize));
    rowsAt = heap.add(all);
  } else if (rows.length > 0) {
    const perBlock = Math.floor(MAX_BLOCK_DATA / rowSize);
    const blocks: Uint8Array[] = [];
    for (let i = 0; i < rows.length; i += perBlock) {
      const chunk = rows.slice(i, i + perBlock);
      const block = new Uint8Array(chunk.length * rowSize);
      chunk.forEach((row, k) => block.set(rowBytes(row), k * rowSize));
      blocks.push(block);
    }
    rowsAt = rowsToSubnode(blocks);
  }
  // The row index: a BTH from row id to row number.
  const index = rows.map((row, i) => [row[0]! >>> 0, i] as const).sort((a, b) => a[0] - b[0]);
  if (index.length * 8 > MAX_HEAP_ITEM)
    throw new Error(`a table of ${rows.length} rows needs a deeper row index`);
  let indexRecords = 0;
  if (index.length > 0) {
    const records = new Uint8Array(index.length * 8);
    const view = new DataView(records.buffer);
    index.forEach(([id, i], k) => {
      view.setUint32(k * 8, id, true);
      view.setUint32(k * 8 + 4, i, true);
    });
    indexRecords = heap.add(records);
  }
  const bth = new Uint8Array([0xb5, 4, 4, 0, 0, 0, 0, 0]);
  new DataView(bth.buffer).setUint32(4, indexRecords, true);
  heap.set(rowIndex, bth);

  const info = new Uint8Array(22 + tags.length * 8);
  const view = new DataView(info.buffer);
  info[0] = 0x7c;
  info[1] = tags.length;
  view.setUint16(2, tags.length * 4, true); // end of 4-byte columns
  view.setUint16(4, tags.length * 4, true); // end of 2-byte columns
  view.setUint16(6, tags.length * 4, true); // end of 1-byte columns: the cell existence bitmap
  view.setUint16(8, rowSize, true);
  view.setUint32(10, rowIndex, true);
  view.setUint32(14, rowsAt, true);
  view.setUint32(18, 0, true);
  const columns = tags
    .map((tag, c) => ({ tag, offset: c * 4, bit: c }))
    .sort((a, b) => a.tag - b.tag);
  columns.forEach(({ tag, offset, bit }, k) => {
    view.setUint32(22 + k * 8, tag, true);
    view.setUint16(22 + k * 8 + 4, offset, true);
    info[22 + k * 8 + 6] = 4;
    info[22 + k * 8 + 7] = bit;
  });
  return heap.build(0x7c, heap.add(info));
}
