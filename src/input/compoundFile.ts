/**
 * A reader for OLE compound files (MS-CFB), the container of an Outlook `.msg`.
 * Only what finding a stream by path needs: header, FAT and DIFAT, directory, mini stream.
 * Written here rather than taken from a package because the page bundles this code for
 * the worker, and the CommonJS compound-file packages do not survive that bundling.
 */

export interface CompoundEntry {
  /** Storage names from the root down, then the entry's own name, joined by `/`; '' for the root. */
  path: string;
  name: string;
  kind: 'storage' | 'stream';
  /** Stream data, read on demand; a message instead when the stream's sectors are damaged. */
  read(): Uint8Array | string;
}

const MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const END_OF_CHAIN = 0xfffffffe;
const NO_STREAM = 0xffffffff;
const DIRECTORY_ENTRY_SIZE = 128;
const HEADER_DIFAT_ENTRIES = 109;

/** Thrown for a damaged file; `readCompoundFile` turns it into a message. */
class DamagedFile extends Error {}

/** All entries below the root, each storage before its contents; or why the file cannot be read. */
export function readCompoundFile(bytes: Uint8Array): CompoundEntry[] | string {
  return orMessage(() => new Reader(bytes).entries());
}

function orMessage<T>(read: () => T): T | string {
  try {
    return read();
  } catch (error) {
    if (error instanceof DamagedFile) return error.message;
    throw error;
  }
}

class Reader {
  private readonly view: DataView;
  private readonly sectorSize: number;
  private readonly miniSectorSize: number;
  private readonly miniCutoff: number;
  private readonly fat: Uint32Array;
  /** Sectors in the file after the header; no chain or table can be longer. */
  private readonly sectorCount: number;
  private miniFat: Uint32Array | null = null;
  private miniStream: Uint8Array | null = null;
  /** Where the mini stream lives: the root entry's start sector and size. */
  private rootStream = { start: END_OF_CHAIN, size: 0 };

  constructor(private readonly bytes: Uint8Array) {
    if (bytes.length < 512 || !MAGIC.every((b, i) => bytes[i] === b)) {
      throw new DamagedFile('it does not start with the compound-file signature D0 CF 11 E0');
    }
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const sectorShift = this.u16(0x1e);
    const miniShift = this.u16(0x20);
    if (sectorShift !== 9 && sectorShift !== 12) {
      throw new DamagedFile(`sector size 2^${sectorShift} is not 512 or 4096`);
    }
    if (miniShift !== 6) throw new DamagedFile(`mini sector size 2^${miniShift} is not 64`);
    this.sectorSize = 1 << sectorShift;
    this.miniSectorSize = 1 << miniShift;
    this.miniCutoff = this.u32(0x38);
    this.sectorCount = Math.ceil(bytes.length / this.sectorSize) - 1;
    this.fat = this.readFat();
  }

  entries(): CompoundEntry[] {
    const directory = this.chainBytes(this.u32(0x30));
    const count = Math.floor(directory.length / DIRECTORY_ENTRY_SIZE);
    const entryView = new DataView(directory.buffer, directory.byteOffset, directory.byteLength);
    const at = (i: number) => i * DIRECTORY_ENTRY_SIZE;
    if (count === 0 || entryView.getUint8(0x42) !== 5)
      throw new DamagedFile('its directory has no root entry');
    this.rootStream = {
      start: entryView.getUint32(0x74, true),
      size: entryView.getUint32(0x78, true),
    };

    const found: CompoundEntry[] = [];
    const visited = new Set<number>([0]);
    // Each storage's children hang in a binary tree off its `child` field.
    const stack: [number, string][] = [[entryView.getUint32(at(0) + 0x4c, true), '']];
    while (stack.length > 0) {
      const [id, parentPath] = stack.pop()!;
      if (id === NO_STREAM || id >= count || visited.has(id)) continue;
      visited.add(id);
      const base = at(id);
      const type = entryView.getUint8(base + 0x42);
      const nameLength = Math.min(64, entryView.getUint16(base + 0x40, true));
      let name = '';
      for (let k = 0; k + 2 < nameLength; k += 2) {
        name += String.fromCharCode(entryView.getUint16(base + k, true));
      }
      const path = parentPath === '' ? name : `${parentPath}/${name}`;
      stack.push([entryView.getUint32(base + 0x44, true), parentPath]);
      stack.push([entryView.getUint32(base + 0x48, true), parentPath]);
      if (type === 1) {
        found.push({ path, name, kind: 'storage', read: () => new Uint8Array(0) });
        stack.push([entryView.getUint32(base + 0x4c, true), path]);
      } else if (type === 2) {
        const start = entryView.getUint32(base + 0x74, true);
        const size = entryView.getUint32(base + 0x78, true);
        found.push({
          path,
          name,
          kind: 'stream',
          read: () => orMessage(() => this.streamBytes(start, size)),
        });
      }
    }
    return found;
  }

  private streamBytes(start: number, size: number): Uint8Array {
    if (size >= this.miniCutoff) return this.chainBytes(start).slice(0, size);
    this.miniFat ??= toU32(this.chainBytes(this.u32(0x3c)));
    this.miniStream ??= this.chainBytes(this.rootStream.start).subarray(0, this.rootStream.size);
    if (size > this.miniStream.length)
      throw new DamagedFile('a stream is larger than the mini stream');
    const out = new Uint8Array(size);
    let written = 0;
    for (let sector = start, steps = 0; written < size; steps++) {
      const from = sector * this.miniSectorSize;
      if (
        steps > this.miniFat.length ||
        sector >= this.miniFat.length ||
        from >= this.miniStream.length
      ) {
        throw new DamagedFile('a stream runs past the end of the mini stream');
      }
      const part = this.miniStream.subarray(
        from,
        Math.min(from + this.miniSectorSize, from + size - written),
      );
      out.set(part, written);
      written += part.length;
      sector = this.miniFat[sector]!;
    }
    return out;
  }

  /** The sectors of a FAT chain, concatenated. */
  private chainBytes(start: number): Uint8Array {
    const sectors: number[] = [];
    for (let sector = start; sector !== END_OF_CHAIN; sector = this.fat[sector]!) {
      if (sector >= this.fat.length || sectors.length >= this.sectorCount) {
        throw new DamagedFile(`sector chain broken at sector ${sector}`);
      }
      sectors.push(sector);
    }
    const out = new Uint8Array(sectors.length * this.sectorSize);
    sectors.forEach((sector, i) => out.set(this.sector(sector), i * this.sectorSize));
    return out;
  }

  private sector(index: number): Uint8Array {
    const from = (index + 1) * this.sectorSize;
    if (from >= this.bytes.length)
      throw new DamagedFile(`sector ${index} lies past the end of the file`);
    // A file's last sector is sometimes cut short; what is there is still good.
    return this.bytes.subarray(from, Math.min(from + this.sectorSize, this.bytes.length));
  }

  /** The FAT, from the sector numbers in the header's DIFAT and any DIFAT sectors. */
  private readFat(): Uint32Array {
    const fatSectorCount = this.u32(0x2c);
    if (fatSectorCount > this.sectorCount) {
      throw new DamagedFile(`it claims ${fatSectorCount} FAT sectors, more than the file holds`);
    }
    const fatSectors: number[] = [];
    for (let i = 0; i < HEADER_DIFAT_ENTRIES && fatSectors.length < fatSectorCount; i++) {
      fatSectors.push(this.u32(0x4c + i * 4));
    }
    const perDifat = this.sectorSize / 4 - 1;
    for (let difat = this.u32(0x44), steps = 0; fatSectors.length < fatSectorCount; steps++) {
      if (difat === END_OF_CHAIN || difat === NO_STREAM || steps > this.sectorCount) {
        throw new DamagedFile('its DIFAT ends before all FAT sectors are listed');
      }
      const entries = toU32(this.sector(difat));
      for (let i = 0; i < perDifat && fatSectors.length < fatSectorCount; i++)
        fatSectors.push(entries[i]!);
      difat = entries[perDifat] ?? END_OF_CHAIN;
    }
    const fat = new Uint8Array(fatSectors.length * this.sectorSize);
    fatSectors.forEach((sector, i) => fat.set(this.sector(sector), i * this.sectorSize));
    return toU32(fat);
  }

  private u16(offset: number): number {
    return this.view.getUint16(offset, true);
  }

  private u32(offset: number): number {
    return this.view.getUint32(offset, true);
  }
}

/** Little-endian 32-bit words of the bytes (a copy, aligned). */
function toU32(bytes: Uint8Array): Uint32Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const words = new Uint32Array(Math.floor(bytes.length / 4));
  for (let i = 0; i < words.length; i++) words[i] = view.getUint32(i * 4, true);
  return words;
}
