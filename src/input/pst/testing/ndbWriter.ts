/**
 * Test-only: the node database half of the PST writer ([MS-PST] 2.2.2, Unicode layout):
 * blocks with trailers and signatures, data trees, subnode blocks and the two B-trees.
 */
import { PERMUTE_ENCODE, cyclic, permute } from '../crypt';
import { pstCrc } from '../crc';
import { MAX_BLOCK_DATA } from './ltpWriter';

export interface PstSink {
  append(bytes: Uint8Array): void;
  /** Overwrites bytes already appended (the header, last). */
  patch(offset: number, bytes: Uint8Array): void;
}

/** Bytes given whole, or made block by block (large benchmark attachments). */
export type DataSpec =
  Uint8Array | { size: number; fill: (block: Uint8Array, offset: number) => void };

export type Encryption = 'none' | 'permute' | 'cyclic';

const XBLOCK_FANOUT = (MAX_BLOCK_DATA - 8) / 8;
const SUBNODE_FANOUT = Math.floor((MAX_BLOCK_DATA - 8) / 24);

export interface NodeRecord {
  nid: number;
  bidData: number;
  bidSub: number;
  parent: number;
}

export interface Subnode {
  nid: number;
  bidData: number;
  bidSub: number;
}

const align = (n: number, to: number): number => Math.ceil(n / to) * to;

/** wSig of [MS-PST] 5.5: the xor of ib and bid, folded to 16 bits. */
function signature(ib: number, bid: number): number {
  const x = BigInt(ib) ^ BigInt(bid);
  return Number(((x >> 16n) ^ x) & 0xffffn);
}

export function setU64(view: DataView, at: number, value: number): void {
  view.setUint32(at, value % 0x100000000, true);
  view.setUint32(at + 4, Math.floor(value / 0x100000000), true);
}

export class NodeDatabaseWriter {
  offset = 0;
  private nextBid = 0x100;
  private nextPageBid = 0x10000;
  readonly blocks: Array<{ bid: number; ib: number; cb: number }> = [];
  readonly nodes: NodeRecord[] = [];

  constructor(
    private readonly sink: PstSink,
    private readonly encryption: Encryption,
  ) {}

  pad(to: number): void {
    const end = align(this.offset, to);
    if (end > this.offset) this.emit(new Uint8Array(end - this.offset));
  }

  emit(bytes: Uint8Array): void {
    this.sink.append(bytes);
    this.offset += bytes.length;
  }

  /** One block with its trailer, 64-byte aligned; external blocks are permuted when asked. */
  block(data: Uint8Array, internal: boolean): number {
    if (data.length > MAX_BLOCK_DATA) throw new Error(`block of ${data.length} bytes`);
    const bid = this.nextBid | (internal ? 2 : 0);
    this.nextBid += 4;
    let stored = data;
    if (!internal && this.encryption === 'permute') stored = permute(data, PERMUTE_ENCODE);
    if (!internal && this.encryption === 'cyclic') stored = cyclic(data, bid);
    const size = align(stored.length + 16, 64);
    const out = new Uint8Array(size);
    out.set(stored);
    const view = new DataView(out.buffer);
    const ib = this.offset;
    view.setUint16(size - 16, stored.length, true);
    view.setUint16(size - 14, signature(ib, bid), true);
    view.setUint32(size - 12, pstCrc(stored), true);
    setU64(view, size - 8, bid);
    this.emit(out);
    this.blocks.push({ bid, ib, cb: stored.length });
    return bid;
  }

  /** A value of any size: one block, or an XBLOCK of blocks, or an XXBLOCK of XBLOCKs. */
  dataTree(data: DataSpec): number {
    const size = data instanceof Uint8Array ? data.length : data.size;
    const piece = (at: number): Uint8Array => {
      const length = Math.min(MAX_BLOCK_DATA, size - at);
      if (data instanceof Uint8Array) return data.subarray(at, at + length);
      const out = new Uint8Array(length);
      data.fill(out, at);
      return out;
    };
    if (size <= MAX_BLOCK_DATA) return this.block(piece(0), false);
    const leaves: number[] = [];
    for (let at = 0; at < size; at += MAX_BLOCK_DATA) leaves.push(this.block(piece(at), false));
    return this.xtree(leaves, size);
  }

  /** Data blocks given one by one (a table's rows, which must not span blocks). */
  dataBlocks(blocks: Uint8Array[]): number {
    const ids = blocks.map((b) => this.block(b, false));
    if (ids.length === 1) return ids[0]!;
    return this.xtree(
      ids,
      blocks.reduce((n, b) => n + b.length, 0),
    );
  }

  private xtree(leaves: number[], total: number): number {
    const xblock = (level: number, ids: number[]): number => {
      const out = new Uint8Array(8 + ids.length * 8);
      const view = new DataView(out.buffer);
      out[0] = 0x01;
      out[1] = level;
      view.setUint16(2, ids.length, true);
      view.setUint32(4, total, true);
      ids.forEach((id, i) => setU64(view, 8 + i * 8, id));
      return this.block(out, true);
    };
    if (leaves.length <= XBLOCK_FANOUT) return xblock(1, leaves);
    const middles: number[] = [];
    for (let i = 0; i < leaves.length; i += XBLOCK_FANOUT) {
      const chunk = leaves.slice(i, i + XBLOCK_FANOUT);
      // lcbTotal of an XBLOCK below an XXBLOCK counts only its own blocks.
      const bytes = Math.min(chunk.length * MAX_BLOCK_DATA, total - i * MAX_BLOCK_DATA);
      const out = new Uint8Array(8 + chunk.length * 8);
      const view = new DataView(out.buffer);
      out[0] = 0x01;
      out[1] = 1;
      view.setUint16(2, chunk.length, true);
      view.setUint32(4, bytes, true);
      chunk.forEach((id, k) => setU64(view, 8 + k * 8, id));
      middles.push(this.block(out, true));
    }
    return xblock(2, middles);
  }

  /** An SLBLOCK (or an SIBLOCK over several) listing a node's subnodes. */
  subnodes(entries: Subnode[]): number {
    if (entries.length === 0) return 0;
    const sorted = [...entries].sort((a, b) => a.nid - b.nid);
    const leaf = (chunk: Subnode[]): number => {
      const out = new Uint8Array(8 + chunk.length * 24);
      const view = new DataView(out.buffer);
      out[0] = 0x02;
      view.setUint16(2, chunk.length, true);
      chunk.forEach((e, i) => {
        setU64(view, 8 + i * 24, e.nid);
        setU64(view, 16 + i * 24, e.bidData);
        setU64(view, 24 + i * 24, e.bidSub);
      });
      return this.block(out, true);
    };
    if (sorted.length <= SUBNODE_FANOUT) return leaf(sorted);
    const children: Array<{ nid: number; bid: number }> = [];
    for (let i = 0; i < sorted.length; i += SUBNODE_FANOUT) {
      const chunk = sorted.slice(i, i + SUBNODE_FANOUT);
      children.push({ nid: chunk[0]!.nid, bid: leaf(chunk) });
    }
    const out = new Uint8Array(8 + children.length * 16);
    const view = new DataView(out.buffer);
    out[0] = 0x02;
    out[1] = 1;
    view.setUint16(2, children.length, true);
    children.forEach((c, i) => {
      setU64(view, 8 + i * 16, c.nid);
      setU64(view, 16 + i * 16, c.bid);
    });
    return this.block(out, true);
  }

  /** Writes both B-trees; returns their roots. */
  trees(): { nbt: { bid: number; ib: number }; bbt: { bid: number; ib: number } } {
    this.pad(512);
    const bbtEntries = [...this.blocks].sort((a, b) => a.bid - b.bid);
    const bbt = this.tree(
      0x80,
      24,
      20,
      bbtEntries.map((b) => [b.bid, b] as const),
      (view, at, b) => {
        setU64(view, at, b.bid);
        setU64(view, at + 8, b.ib);
        view.setUint16(at + 16, b.cb, true);
        view.setUint16(at + 18, 2, true);
      },
    );
    const nodes = [...this.nodes].sort((a, b) => a.nid - b.nid);
    const nbt = this.tree(
      0x81,
      32,
      15,
      nodes.map((n) => [n.nid, n] as const),
      (view, at, n) => {
        setU64(view, at, n.nid);
        setU64(view, at + 8, n.bidData);
        setU64(view, at + 16, n.bidSub);
        view.setUint32(at + 24, n.parent, true);
      },
    );
    return { nbt, bbt };
  }

  private tree<T>(
    ptype: number,
    entrySize: number,
    perLeaf: number,
    entries: ReadonlyArray<readonly [number, T]>,
    writeEntry: (view: DataView, at: number, entry: T) => void,
  ): { bid: number; ib: number } {
    let level: Array<{ key: number; bid: number; ib: number }> = [];
    for (let i = 0; i < entries.length || i === 0; i += perLeaf) {
      const chunk = entries.slice(i, i + perLeaf);
      level.push({
        key: chunk[0]?.[0] ?? 0,
        ...this.page(ptype, 0, entrySize, perLeaf, chunk.length, (view, k) =>
          writeEntry(view, k * entrySize, chunk[k]![1]),
        ),
      });
    }
    for (let depth = 1; level.length > 1; depth++) {
      const next: typeof level = [];
      for (let i = 0; i < level.length; i += 20) {
        const chunk = level.slice(i, i + 20);
        next.push({
          key: chunk[0]!.key,
          ...this.page(ptype, depth, 24, 20, chunk.length, (view, k) => {
            setU64(view, k * 24, chunk[k]!.key);
            setU64(view, k * 24 + 8, chunk[k]!.bid);
            setU64(view, k * 24 + 16, chunk[k]!.ib);
          }),
        });
      }
      level = next;
    }
    return { bid: level[0]!.bid, ib: level[0]!.ib };
  }

  private page(
    ptype: number,
    level: number,
    entrySize: number,
    maxEntries: number,
    count: number,
    fill: (view: DataView, k: number) => void,
  ): { bid: number; ib: number } {
    const out = new Uint8Array(512);
    const view = new DataView(out.buffer);
    for (let k = 0; k < count; k++) fill(view, k);
    out[488] = count;
    out[489] = maxEntries;
    out[490] = entrySize;
    out[491] = level;
    const bid = this.nextPageBid;
    this.nextPageBid += 4;
    const ib = this.offset;
    out[496] = ptype;
    out[497] = ptype;
    view.setUint16(498, signature(ib, bid), true);
    view.setUint32(500, pstCrc(out, 0, 496), true);
    setU64(view, 504, bid);
    this.emit(out);
    return { bid, ib };
  }

  get bidNextBlock(): number {
    return this.nextBid;
  }

  get bidNextPage(): number {
    return this.nextPageBid;
  }
}
