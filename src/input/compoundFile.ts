/**
 * The OLE compound file (MS-CFB) that an Outlook `.msg` is, read into the entries `msg.ts`
 * looks through.
 *
 * This is our own reader, not the `cfb` package. cfb follows sector chains without a loop
 * check and walks the directory with a queue that two siblings pointing at each other grow
 * for ever, so crafted files of a few KB ran the process out of memory; it builds every
 * full path, which is quadratic in the nesting depth; and it copies each stream into plain
 * arrays, so streams sharing the same sectors multiplied the file in memory. Here:
 *
 * - every sector belongs to at most one owner (the FAT, the DIFAT, the directory, the mini
 *   FAT, the mini stream, one stream), so each chain is walked once, a loop or two owners of
 *   one sector is a message, and a chain is never longer than the file has sectors;
 * - a stream's chain must cover its declared size, and only that much of it is read;
 * - the directory tree is walked with a visited set and a depth limit, without recursion;
 * - a stream is a view of the file when its sectors lie in one piece, a copy otherwise, and
 *   all the streams read come to at most MAX_UNPACKED_FACTOR times the file's size.
 *
 * A damaged file comes back as a message saying what is wrong; nothing here throws.
 */
import { readDirectory, type DirectoryEntry } from './compoundDirectory';
import { MAX_UNPACKED_FACTOR } from './limits';

export { MAX_ENTRY_DEPTH } from './compoundDirectory';

export interface CompoundEntry {
  readonly name: string;
  readonly kind: 'storage' | 'stream';
  /** The storage that holds this entry; null at the top (in the root storage). */
  readonly parent: CompoundEntry | null;
  /** A storage's entries, sorted by name; none for a stream. */
  readonly children: readonly CompoundEntry[];
  /** Storage names from the top down, then the entry's own name, joined by `/`. */
  readonly path: string;
  /** The entry of this storage with that name. */
  child(name: string): CompoundEntry | undefined;
  /** Stream data; a message instead when it cannot be read (or is not a stream). */
  read(): Uint8Array | string;
}

const MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const HEADER_SIZE = 512;
const HEADER_DIFAT_ENTRIES = 109;
/** Sector numbers above this are markers (DIFSECT, FATSECT, ENDOFCHAIN, FREESECT). */
const MAX_REGULAR_SECTOR = 0xfffffffa;
const END_OF_CHAIN = 0xfffffffe;
const FREE_SECTOR = 0xffffffff;
const MINI_SECTOR_SHIFT = 6;
/** Streams smaller than this live in the mini stream (MS-CFB 2.6.3; the header must say 4096). */
const MINI_STREAM_CUTOFF = 4096;

/** All entries below the root, each storage before its contents; or why the file cannot be read. */
export function readCompoundFile(bytes: Uint8Array): CompoundEntry[] | string {
  if (bytes.length < 8 || !MAGIC.every((b, i) => bytes[i] === b)) {
    return 'it does not start with the compound-file signature D0 CF 11 E0';
  }
  if (bytes.length < HEADER_SIZE) {
    return `it is ${bytes.length} bytes, shorter than a compound-file header (${HEADER_SIZE})`;
  }
  const file = new SectorFile(bytes);
  const header = file.checkHeader();
  if (header !== null) return header;
  const fat = file.readFat();
  if (typeof fat === 'string') return fat;

  const directoryChain = file.chain(file.u32(48), -1, file.fat, file.owners, 'the directory');
  if (typeof directoryChain === 'string') return directoryChain;
  const directory = file.gather(directoryChain, file.sectorSize);
  const tree = readDirectory(directory, file.sectorSize === 4096);
  if (typeof tree === 'string') return tree;

  const mini = file.readMiniStream(tree.root);
  if (mini !== null) return mini;
  // Pre-order, each storage before its contents and siblings by name, as paths sort.
  const entries: Entry[] = [];
  const stack: [DirectoryEntry, Entry | null][] = byName(tree.top).map((found) => [found, null]);
  while (stack.length > 0) {
    const [found, parent] = stack.pop()!;
    const entry = new Entry(file, found, parent);
    parent?.children.push(entry);
    entries.push(entry);
    if (found.kind === 'stream') {
      const problem = file.checkStream(entry, found);
      if (problem !== null) return problem;
    } else {
      for (const child of byName(found.children)) stack.push([child, entry]);
    }
  }
  return entries;
}

/** Sorted by name, last first (to go on a stack). */
function byName(entries: DirectoryEntry[]): DirectoryEntry[] {
  return [...entries].sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
}

class Entry implements CompoundEntry {
  readonly name: string;
  readonly kind: 'storage' | 'stream';
  readonly parent: Entry | null;
  readonly children: Entry[] = [];
  /** Where a stream's data lies: file offsets of its sectors (or mini sectors). */
  offsets: Float64Array = new Float64Array(0);
  unit = 0;
  size = 0;
  private readonly file: SectorFile;

  constructor(file: SectorFile, found: DirectoryEntry, parent: Entry | null) {
    this.file = file;
    this.name = found.name;
    this.kind = found.kind;
    this.parent = parent;
  }

  get path(): string {
    const names = [this.name];
    for (let at = this.parent; at !== null; at = at.parent) names.push(at.name);
    return names.reverse().join('/');
  }

  child(name: string): CompoundEntry | undefined {
    return this.children.find((entry) => entry.name === name);
  }

  read(): Uint8Array | string {
    if (this.kind !== 'stream') return `${shown(this.path)} is a storage, not a stream`;
    return this.file.streamData(this);
  }
}

/** The file as sectors: header fields, the FAT, the mini stream, and who owns which sector. */
class SectorFile {
  readonly bytes: Uint8Array;
  private readonly view: DataView;
  sectorSize = HEADER_SIZE;
  sectorCount = 0;
  fat = new Uint32Array(0);
  /** For each sector, who owns it (0: nobody yet); names in `ownerNames`. */
  owners = new Int32Array(0);
  private readonly ownerNames: (string | Entry)[] = [''];
  miniFat = new Uint32Array(0);
  miniOwners = new Int32Array(0);
  /** File offset of each sector of the mini stream. */
  private miniStream = new Float64Array(0);
  private unpacked = 0;

  constructor(bytes: Uint8Array) {
    this.bytes = bytes;
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  /** A little-endian 32-bit field; FREESECT past the end of the file. */
  u32(offset: number): number {
    return offset + 4 <= this.bytes.length ? this.view.getUint32(offset, true) : FREE_SECTOR;
  }

  private u16(offset: number): number {
    return this.view.getUint16(offset, true);
  }

  checkHeader(): string | null {
    if (this.u16(28) !== 0xfffe) {
      return `its byte order mark is ${hex4(this.u16(28))}, not FFFE`;
    }
    const shift = this.u16(30);
    if (shift !== 9 && shift !== 12) {
      return `its sector shift is ${shift}; a compound file has 9 (512-byte sectors) or 12 (4096)`;
    }
    const miniShift = this.u16(32);
    if (miniShift !== MINI_SECTOR_SHIFT) {
      return `its mini sector shift is ${miniShift}, not ${MINI_SECTOR_SHIFT}`;
    }
    this.sectorSize = 1 << shift;
    const data = this.bytes.length - this.sectorSize;
    this.sectorCount = data > 0 ? Math.ceil(data / this.sectorSize) : 0;
    this.owners = new Int32Array(this.sectorCount);
    return null;
  }

  /** File offset of a sector; the header takes the first sector's worth of bytes. */
  offsetOf(sector: number): number {
    return (sector + 1) * this.sectorSize;
  }

  /** The FAT, from the sectors the DIFAT (header and DIFAT sectors) lists. */
  readFat(): Uint32Array | string {
    const fatSectors = this.u32(44);
    if (fatSectors > this.sectorCount) {
      return `its header claims ${fatSectors} FAT sectors, more than the ${this.sectorCount} sectors in the file`;
    }
    const perSector = this.sectorSize / 4;
    const locations: number[] = [];
    for (let i = 0; i < Math.min(HEADER_DIFAT_ENTRIES, fatSectors); i++) {
      locations.push(this.u32(76 + 4 * i));
    }
    const difat = this.owner('the DIFAT');
    let next = this.u32(68);
    while (locations.length < fatSectors) {
      if (next > MAX_REGULAR_SECTOR || next >= this.sectorCount) {
        return `its DIFAT ends after listing ${locations.length} of its ${fatSectors} FAT sectors`;
      }
      const taken = this.claim(this.owners, next, difat);
      if (taken !== null)
        return taken === difat
          ? `its DIFAT loops at sector ${next}`
          : this.shared(next, taken, difat);
      const at = this.offsetOf(next);
      for (let i = 0; i < perSector - 1 && locations.length < fatSectors; i++) {
        locations.push(this.u32(at + 4 * i));
      }
      next = this.u32(at + 4 * (perSector - 1));
    }
    const fatOwner = this.owner('the FAT');
    this.fat = new Uint32Array(fatSectors * perSector);
    for (let i = 0; i < fatSectors; i++) {
      const sector = locations[i]!;
      if (sector >= this.sectorCount) {
        return `its FAT sector ${i} would be sector ${sector}, beyond the ${this.sectorCount} sectors in the file`;
      }
      const taken = this.claim(this.owners, sector, fatOwner);
      if (taken !== null)
        return taken === fatOwner
          ? `its DIFAT lists sector ${sector} twice`
          : this.shared(sector, taken, fatOwner);
      const at = this.offsetOf(sector);
      for (let j = 0; j < perSector; j++) this.fat[i * perSector + j] = this.u32(at + 4 * j);
    }
    return this.fat;
  }

  /** The mini FAT and where the mini stream (the root's data) lies. */
  readMiniStream(root: DirectoryEntry): string | null {
    if (root.size === 0) return null;
    const needed = Math.ceil(root.size / this.sectorSize);
    if (needed > this.sectorCount) {
      return `its mini stream claims ${root.size} bytes, more than the whole file`;
    }
    const chain = this.chain(root.start, needed, this.fat, this.owners, 'the mini stream');
    if (typeof chain === 'string') return chain;
    const miniSectors = Math.ceil(root.size / (1 << MINI_SECTOR_SHIFT));
    const perSector = this.sectorSize >> MINI_SECTOR_SHIFT;
    this.miniStream = new Float64Array(miniSectors);
    for (let m = 0; m < miniSectors; m++) {
      const sector = chain[Math.floor(m / perSector)]!;
      this.miniStream[m] = this.offsetOf(sector) + (m % perSector) * (1 << MINI_SECTOR_SHIFT);
    }
    this.miniOwners = new Int32Array(miniSectors);

    const miniFatSectors = this.u32(64);
    if (miniFatSectors > this.sectorCount) {
      return `its header claims ${miniFatSectors} mini FAT sectors, more than the ${this.sectorCount} sectors in the file`;
    }
    const miniFatChain = this.chain(
      this.u32(60),
      miniFatSectors,
      this.fat,
      this.owners,
      'the mini FAT',
    );
    if (typeof miniFatChain === 'string') return miniFatChain;
    const table = this.gather(miniFatChain, this.sectorSize);
    this.miniFat = new Uint32Array(table.length / 4);
    const view = new DataView(table.buffer, table.byteOffset, table.byteLength);
    for (let i = 0; i < this.miniFat.length; i++) this.miniFat[i] = view.getUint32(4 * i, true);
    return null;
  }

  /** Checks a stream's chain against its size and claims its sectors; notes where its data lies. */
  checkStream(entry: Entry, found: DirectoryEntry): string | null {
    const { size } = found;
    entry.size = size;
    if (size === 0) return null;
    const what = this.owner(entry);
    if (size < MINI_STREAM_CUTOFF) {
      const unit = 1 << MINI_SECTOR_SHIFT;
      const needed = Math.ceil(size / unit);
      if (needed > this.miniStream.length) {
        return `stream ${shown(entry.path)} claims ${size} bytes of the mini stream, which holds ${this.miniStream.length * unit}`;
      }
      const chain = this.chain(
        found.start,
        needed,
        this.miniFat,
        this.miniOwners,
        what,
        'mini sector',
      );
      if (typeof chain === 'string') return chain;
      entry.unit = unit;
      entry.offsets = Float64Array.from(chain, (m) => this.miniStream[m]!);
    } else {
      const needed = Math.ceil(size / this.sectorSize);
      if (needed > this.sectorCount) {
        return `stream ${shown(entry.path)} claims ${size} bytes, more than the whole file`;
      }
      const chain = this.chain(found.start, needed, this.fat, this.owners, what);
      if (typeof chain === 'string') return chain;
      entry.unit = this.sectorSize;
      entry.offsets = Float64Array.from(chain, (sector) => this.offsetOf(sector));
    }
    return null;
  }

  /**
   * The sectors of a chain from `start`, `needed` of them (all up to ENDOFCHAIN when
   * negative), each claimed for `owner`: a sector seen before ends the walk with a message.
   */
  chain(
    start: number,
    needed: number,
    next: Uint32Array,
    owners: Int32Array,
    owner: string | number,
    unit = 'sector',
  ): number[] | string {
    const id = typeof owner === 'number' ? owner : this.owner(owner);
    const what = this.nameOf(id);
    const sectors: number[] = [];
    let sector = start;
    while (needed < 0 || sectors.length < needed) {
      if (sector === END_OF_CHAIN && needed < 0) break;
      if (sector > MAX_REGULAR_SECTOR || sector >= owners.length) {
        const where = sectors.length === 0 ? 'starts' : `goes on after ${unit} ${sectors.at(-1)}`;
        const why =
          sector === END_OF_CHAIN
            ? `ends after ${sectors.length} ${unit}s, short of the ${needed} its size needs`
            : sector > MAX_REGULAR_SECTOR
              ? `${where} at ${marker(sector)}`
              : `${where} at ${unit} ${sector}, beyond the ${owners.length} in the file`;
        return `the ${unit} chain of ${what} ${why}`;
      }
      const taken = this.claim(owners, sector, id);
      if (taken !== null) {
        return taken === id
          ? `the ${unit} chain of ${what} loops at ${unit} ${sector}`
          : this.shared(sector, taken, id, unit);
      }
      sectors.push(sector);
      sector = sector < next.length ? next[sector]! : FREE_SECTOR;
    }
    return sectors;
  }

  /** The bytes of whole sectors, in chain order (zeros where the file ends early). */
  gather(chain: number[], unit: number): Uint8Array {
    const out = new Uint8Array(chain.length * unit);
    chain.forEach((sector, i) => {
      const at = this.offsetOf(sector);
      out.set(this.bytes.subarray(at, Math.min(at + unit, this.bytes.length)), i * unit);
    });
    return out;
  }

  streamData(entry: Entry): Uint8Array | string {
    const { size, offsets, unit } = entry;
    const budget = MAX_UNPACKED_FACTOR * this.bytes.length;
    if (this.unpacked + size > budget) {
      return `reading ${shown(entry.path)} would take the bytes read past ${MAX_UNPACKED_FACTOR} times the file's size`;
    }
    this.unpacked += size;
    if (size === 0) return new Uint8Array(0);
    const first = offsets[0]!;
    let inOnePiece = true;
    for (let i = 1; i < offsets.length && inOnePiece; i++) {
      inOnePiece = offsets[i] === first + i * unit;
    }
    if (inOnePiece && first + size <= this.bytes.length) {
      return this.bytes.subarray(first, first + size);
    }
    const out = new Uint8Array(size);
    for (let i = 0; i < offsets.length; i++) {
      const at = offsets[i]!;
      const length = Math.min(unit, size - i * unit);
      if (at + length > this.bytes.length)
        return `stream ${shown(entry.path)} is cut short by the end of the file`;
      out.set(this.bytes.subarray(at, at + length), i * unit);
    }
    return out;
  }

  private owner(name: string | Entry): number {
    this.ownerNames.push(name);
    return this.ownerNames.length - 1;
  }

  private nameOf(id: number): string {
    const name = this.ownerNames[id]!;
    return typeof name === 'string' ? name : `stream ${shown(name.path)}`;
  }

  /** null when the sector was free to claim, else the owner it already has. */
  private claim(owners: Int32Array, sector: number, id: number): number | null {
    const taken = owners[sector]!;
    if (taken !== 0) return taken;
    owners[sector] = id;
    return null;
  }

  private shared(sector: number, first: number, second: number, unit = 'sector'): string {
    return `${unit} ${sector} belongs to both ${this.nameOf(first)} and ${this.nameOf(second)}`;
  }
}

/** A name from the file as it goes into a message: control characters as `\xNN`, on one line. */
function shown(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.charCodeAt(0);
    const control =
      code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029;
    out += control ? `\\x${code.toString(16).padStart(2, '0')}` : char;
  }
  return out;
}

function marker(sector: number): string {
  if (sector === END_OF_CHAIN) return 'the end-of-chain marker';
  if (sector === FREE_SECTOR) return 'a free sector';
  if (sector === 0xfffffffd) return 'a FAT sector marker';
  if (sector === 0xfffffffc) return 'a DIFAT sector marker';
  return `the reserved value ${hex4(sector >>> 16)}${hex4(sector & 0xffff)}`;
}

function hex4(value: number): string {
  return value.toString(16).toUpperCase().padStart(4, '0');
}
