/**
 * The node database layer of [MS-PST] 2.2.2: the two B-trees (nodes by NID, blocks by
 * BID), blocks and their data trees (XBLOCK/XXBLOCK), and subnode trees (SLBLOCK/SIBLOCK).
 * Every walk is bounded: pages on one descent are remembered so that a loop is named as
 * such, depths are capped, and declared counts are checked against the bytes present.
 */
import { PERMUTE_DECODE, cyclic, permute } from './crypt';
import { fault, hex } from './errors';
import { inflateZlib } from './inflate';
import { u16, u32, u64, type PageRef, type StoreHeader } from './header';
import type { BoundedReader } from './source';

export interface NodeEntry {
  nid: number;
  bidData: number;
  bidSub: number;
}

interface BlockEntry {
  ib: number;
  /** Bytes stored in the file. */
  cb: number;
  /** Bytes after decompression (4 KiB-page stores); equal to cb otherwise. */
  cbInflated: number;
}

const PTYPE_BBT = 0x80;
const PTYPE_NBT = 0x81;
const BLOCK_XTREE = 0x01;
const BLOCK_SUBNODES = 0x02;
const PAGE_CACHE_SIZE = 512;

/** Layout numbers that differ between 512-byte and 4 KiB pages. */
interface PageLayout {
  size: number;
  /** Where the entry area ends and cEnt begins. */
  entriesEnd: number;
  /** Width of cEnt and cEntMax. */
  countBytes: 1 | 2;
  trailer: number;
}

const LAYOUTS: Record<StoreHeader['format'], PageLayout> = {
  unicode: { size: 512, entriesEnd: 488, countBytes: 1, trailer: 496 },
  'unicode-4k': { size: 4096, entriesEnd: 4056, countBytes: 2, trailer: 4072 },
};

/** BIDs: bit 1 marks an internal block (data tree or subnode tree); bit 0 is reserved. */
export const isInternal = (bid: number): boolean => Math.floor(bid / 2) % 2 === 1;
const bidKey = (bid: number): number => bid - (bid % 2);

export class NodeDatabase {
  private readonly layout: PageLayout;
  private readonly pages = new Map<number, Uint8Array>();

  constructor(
    readonly reader: BoundedReader,
    readonly header: StoreHeader,
  ) {
    this.layout = LAYOUTS[header.format];
  }

  /** The node with this NID, or null when the node B-tree has none. */
  async node(nid: number): Promise<NodeEntry | null> {
    const entry = await this.find(this.header.nodeRoot, PTYPE_NBT, nid, 32, false);
    if (entry === null) return null;
    return {
      nid,
      bidData: u64(entry, 8, `The data block id of node ${hex(nid)}`),
      bidSub: u64(entry, 16, `The subnode block id of node ${hex(nid)}`),
    };
  }

  private async block(bid: number): Promise<BlockEntry> {
    const entry = await this.find(this.header.blockRoot, PTYPE_BBT, bidKey(bid), 20, true);
    if (entry === null) fault('malformed', `Block ${hex(bid)} is not in the block B-tree.`);
    const cb = u16(entry, 16);
    const cbInflated = this.header.format === 'unicode-4k' ? u16(entry, 18) : cb;
    return { ib: u64(entry, 8, `The offset of block ${hex(bid)}`), cb, cbInflated };
  }

  /** A block's data, decoded when the store is permute-encoded (internal blocks never are). */
  async readBlock(bid: number): Promise<Uint8Array> {
    const { ib, cb, cbInflated } = await this.block(bid);
    this.reader.step();
    const stored = await this.reader.read(ib, cb, `Block ${hex(bid)}`);
    let data = stored;
    if (cbInflated !== cb) {
      const inflated = inflateZlib(stored, cbInflated);
      if (typeof inflated === 'string') {
        fault('malformed', `Block ${hex(bid)} is compressed, but ${inflated}.`, ib);
      }
      data = inflated;
    }
    if (isInternal(bid) || this.header.encryption === 'none') return data;
    if (this.header.encryption === 'cyclic') return cyclic(data, bid);
    return permute(data, PERMUTE_DECODE);
  }

  /** How many bytes the data tree at `bid` holds, read from its top block alone. */
  async dataSize(bid: number): Promise<number> {
    if (bid === 0) return 0;
    if (!isInternal(bid)) return (await this.block(bid)).cbInflated;
    const top = await this.readBlock(bid);
    this.checkXBlock(top, bid);
    return u32(top, 4);
  }

  /**
   * The data blocks of a node's data tree, in order. A single block is the whole value; an
   * XBLOCK lists data blocks, an XXBLOCK lists XBLOCKs ([MS-PST] 2.2.2.8.3.2).
   */
  async dataBlocks(bid: number, maxBytes: number): Promise<Uint8Array[]> {
    if (bid === 0) return [];
    if (!isInternal(bid)) return [await this.readBlock(bid)];
    const top = await this.readBlock(bid);
    const { level, total } = this.checkXBlock(top, bid);
    if (total > maxBytes) {
      fault(
        'too-large',
        `The data tree of block ${hex(bid)} declares ${total} bytes, more than ${maxBytes}.`,
      );
    }
    const blocks: Uint8Array[] = [];
    let got = 0;
    for (const child of this.xblockIds(top, bid)) {
      if (level === 2) {
        const middle = await this.readBlock(child);
        const inner = this.checkXBlock(middle, child);
        if (inner.level !== 1)
          fault('malformed', `XXBLOCK ${hex(bid)} lists ${hex(child)}, which is not an XBLOCK.`);
        for (const leaf of this.xblockIds(middle, child)) {
          got += await this.pushLeaf(blocks, leaf, bid, total - got);
        }
      } else {
        got += await this.pushLeaf(blocks, child, bid, total - got);
      }
    }
    if (got !== total) {
      fault(
        'malformed',
        `The data tree of block ${hex(bid)} holds ${got} bytes but declares ${total}.`,
      );
    }
    return blocks;
  }

  private async pushLeaf(
    blocks: Uint8Array[],
    leaf: number,
    tree: number,
    room: number,
  ): Promise<number> {
    if (isInternal(leaf)) fault('malformed', `The data tree of block ${hex(tree)} nests too deep.`);
    const data = await this.readBlock(leaf);
    if (data.length > room) {
      fault('malformed', `The data tree of block ${hex(tree)} holds more bytes than it declares.`);
    }
    blocks.push(data);
    return data.length;
  }

  private checkXBlock(block: Uint8Array, bid: number): { level: number; total: number } {
    const level = block[1] ?? 0;
    if (block.length < 8 || block[0] !== BLOCK_XTREE || (level !== 1 && level !== 2)) {
      fault('malformed', `Block ${hex(bid)} should be an XBLOCK or XXBLOCK but is not.`);
    }
    return { level, total: u32(block, 4) };
  }

  private xblockIds(block: Uint8Array, bid: number): number[] {
    const count = u16(block, 2);
    if (8 + count * 8 > block.length) {
      fault(
        'malformed',
        `Block ${hex(bid)} lists ${count} blocks but has room for ${(block.length - 8) >> 3}.`,
      );
    }
    this.reader.step(count);
    const ids: number[] = [];
    for (let i = 0; i < count; i++) ids.push(u64(block, 8 + i * 8, `A block id in ${hex(bid)}`));
    return ids;
  }

  /** The subnodes of a node ([MS-PST] 2.2.2.8.3.3), by NID. */
  async subnodes(bidSub: number): Promise<Map<number, NodeEntry>> {
    const out = new Map<number, NodeEntry>();
    if (bidSub !== 0) await this.collectSubnodes(bidSub, out, new Set(), 0);
    return out;
  }

  private async collectSubnodes(
    bid: number,
    out: Map<number, NodeEntry>,
    seen: Set<number>,
    depth: number,
  ): Promise<void> {
    if (seen.has(bid)) fault('btree-cycle', `The subnode tree loops back to block ${hex(bid)}.`);
    if (depth > this.reader.limits.maxTreeDepth)
      fault('malformed', `The subnode tree below ${hex(bid)} is too deep.`);
    seen.add(bid);
    const block = await this.readBlock(bid);
    if (block.length < 8 || block[0] !== BLOCK_SUBNODES) {
      fault('malformed', `Block ${hex(bid)} should be a subnode block but is not.`);
    }
    const level = block[1]!;
    const count = u16(block, 2);
    const size = level === 0 ? 24 : 16;
    if (8 + count * size > block.length) {
      fault(
        'malformed',
        `Subnode block ${hex(bid)} lists ${count} entries but has room for fewer.`,
      );
    }
    this.reader.step(count);
    for (let i = 0; i < count; i++) {
      const at = 8 + i * size;
      const nid = u32(block, at);
      if (level === 0) {
        if (out.size >= this.reader.limits.maxEntries)
          fault('too-large', 'A node has too many subnodes.');
        out.set(nid, {
          nid,
          bidData: u64(block, at + 8, 'A subnode data block id'),
          bidSub: u64(block, at + 16, 'A subnode block id'),
        });
      } else {
        await this.collectSubnodes(u64(block, at + 8, 'A subnode block id'), out, seen, depth + 1);
      }
    }
  }

  /**
   * One descent of a B-tree to the leaf entry whose key is `key`. `minEntry` is the fewest
   * bytes a leaf entry must have for the fields the caller reads.
   */
  private async find(
    root: PageRef,
    ptype: number,
    key: number,
    minEntry: number,
    maskKeys: boolean,
  ): Promise<Uint8Array | null> {
    const { entriesEnd, countBytes } = this.layout;
    const seen = new Set<number>();
    let ref = root;
    let expectedLevel: number | null = null;
    for (let depth = 0; ; depth++) {
      if (seen.has(ref.ib)) {
        fault(
          'btree-cycle',
          `The ${treeName(ptype)} loops back to the page at ${hex(ref.ib)}.`,
          ref.ib,
        );
      }
      if (depth > this.reader.limits.maxTreeDepth) {
        fault(
          'malformed',
          `The ${treeName(ptype)} is deeper than ${this.reader.limits.maxTreeDepth} levels.`,
        );
      }
      seen.add(ref.ib);
      const page = await this.page(ref.ib, ptype);
      const count = countBytes === 1 ? page[entriesEnd]! : u16(page, entriesEnd);
      const entrySize = page[entriesEnd + 2 * countBytes]!;
      const level = page[entriesEnd + 2 * countBytes + 1]!;
      if (expectedLevel !== null && level > expectedLevel) {
        // A child at its parent's level or above can only lead back up: a loop.
        fault(
          'btree-cycle',
          `The ${treeName(ptype)} loops: the page at ${hex(ref.ib)} has level ${level} below a page of level ${expectedLevel + 1}.`,
          ref.ib,
        );
      }
      if (expectedLevel !== null && level !== expectedLevel) {
        fault(
          'malformed',
          `The ${treeName(ptype)} page at ${hex(ref.ib)} has level ${level}, not ${expectedLevel}.`,
          ref.ib,
        );
      }
      const needed = level === 0 ? minEntry : 24;
      if (entrySize < needed || count * entrySize > entriesEnd) {
        fault(
          'malformed',
          `The ${treeName(ptype)} page at ${hex(ref.ib)} has ${count} entries of ${entrySize} bytes.`,
          ref.ib,
        );
      }
      this.reader.step(count);
      if (level === 0) {
        for (let i = 0; i < count; i++) {
          const at = i * entrySize;
          const found = u64(page, at, 'A B-tree key');
          if ((maskKeys ? bidKey(found) : found) === key) return page.subarray(at, at + entrySize);
        }
        return null;
      }
      // The child to follow is the last whose first key is not above ours.
      let next: PageRef | null = null;
      for (let i = 0; i < count; i++) {
        const at = i * entrySize;
        if (u64(page, at, 'A B-tree key') > key) break;
        next = {
          bid: u64(page, at + 8, 'A B-tree page id'),
          ib: u64(page, at + 16, 'A B-tree page offset'),
        };
      }
      if (next === null) return null;
      ref = next;
      expectedLevel = level - 1;
    }
  }

  private async page(ib: number, ptype: number): Promise<Uint8Array> {
    const cached = this.pages.get(ib);
    if (cached) return cached;
    const { size, trailer } = this.layout;
    const page = await this.reader.read(ib, size, `The ${treeName(ptype)} page`);
    if (page[trailer] !== ptype || page[trailer + 1] !== ptype) {
      fault('malformed', `The page at ${hex(ib)} is not a ${treeName(ptype)} page.`, ib);
    }
    if (this.pages.size >= PAGE_CACHE_SIZE) this.pages.delete(this.pages.keys().next().value!);
    this.pages.set(ib, page);
    return page;
  }
}

const treeName = (ptype: number): string => (ptype === PTYPE_NBT ? 'node B-tree' : 'block B-tree');
