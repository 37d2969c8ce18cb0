/**
 * A small compound-file (MS-CFB) writer for tests and crafted fixtures: version 3,
 * 512-byte sectors (or 4096 with version 4), streams under 4096 bytes in the mini stream,
 * every chain in consecutive sectors. It tells where it put each entry and each FAT entry,
 * so that a test can then break the file in one precise place.
 */

export type CompoundNode =
  { name: string; data: Uint8Array } | { name: string; children: CompoundNode[] };

export interface WrittenCompoundFile {
  bytes: Uint8Array;
  sectorSize: number;
  /** Directory entry number of each node (the root is entry 0). */
  entryOf: Map<CompoundNode, number>;
  /** First sector of each stream (a mini sector for one under 4096 bytes). */
  startOf: Map<CompoundNode, number>;
  /** File offset of FAT entry `sector`. */
  fatEntryOffset(sector: number): number;
  /** File offset of directory entry `entry`. */
  directoryEntryOffset(entry: number): number;
}

export const END_OF_CHAIN = 0xfffffffe;
export const FREE_SECTOR = 0xffffffff;
export const NO_STREAM = 0xffffffff;
const FAT_SECTOR = 0xfffffffd;
const MINI_CUTOFF = 4096;
const MINI = 64;
const ENTRY = 128;

/** Directory entry fields a test may overwrite, by their offsets in the entry. */
export const ENTRY_FIELD = { left: 68, right: 72, child: 76, start: 116, size: 120 } as const;

/** A tree from `a/b/c` paths: every prefix a storage, every full path a stream. */
export function treeOf(streams: Record<string, Uint8Array>): CompoundNode[] {
  const top: CompoundNode[] = [];
  for (const [path, data] of Object.entries(streams)) {
    const names = path.split('/');
    let level = top;
    for (const name of names.slice(0, -1)) {
      let storage = level.find((node) => node.name === name && 'children' in node);
      if (!storage) level.push((storage = { name, children: [] }));
      level = (storage as { children: CompoundNode[] }).children;
    }
    level.push({ name: names.at(-1)!, data });
  }
  return top;
}

export function writeCompoundFile(
  top: CompoundNode[],
  sectorShift: 9 | 12 = 9,
  /** Chain each stream's sectors from its last to its first, so that none lies in one piece. */
  backwards = false,
): WrittenCompoundFile {
  const sectorSize = 1 << sectorShift;
  const perSector = sectorSize / 4;
  // Entries in walk order (no recursion: a test may nest thousands of storages).
  const nodes: CompoundNode[] = [];
  const childrenOf = new Map<CompoundNode | null, CompoundNode[]>([[null, top]]);
  const stack = [...top].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    nodes.push(node);
    if ('children' in node) {
      childrenOf.set(node, node.children);
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    }
  }
  const entryOf = new Map<CompoundNode, number>(nodes.map((node, i) => [node, i + 1]));
  const streams = nodes.filter(
    (node): node is { name: string; data: Uint8Array } => 'data' in node,
  );
  const small = streams.filter((node) => node.data.length > 0 && node.data.length < MINI_CUTOFF);
  const large = streams.filter((node) => node.data.length >= MINI_CUTOFF);

  const sectorsFor = (bytes: number, unit = sectorSize) => Math.ceil(bytes / unit);
  const miniSectors = small.reduce((sum, node) => sum + sectorsFor(node.data.length, MINI), 0);
  const directorySectors = sectorsFor((nodes.length + 1) * ENTRY);
  const miniFatSectors = sectorsFor(miniSectors * 4);
  const miniStreamSectors = sectorsFor(miniSectors * MINI);
  const largeSectors = large.reduce((sum, node) => sum + sectorsFor(node.data.length), 0);
  const rest = directorySectors + miniFatSectors + miniStreamSectors + largeSectors;
  let fatSectors = 1;
  while (fatSectors * perSector < fatSectors + rest) fatSectors++;
  if (fatSectors > 109) throw new Error('the test writer keeps the FAT within the header DIFAT');
  const total = fatSectors + rest;

  const bytes = new Uint8Array((total + 1) * sectorSize);
  const view = new DataView(bytes.buffer);
  const offsetOf = (sector: number) => (sector + 1) * sectorSize;
  const fat = new Uint32Array(fatSectors * perSector).fill(FREE_SECTOR);
  let next = 0;
  /** Consecutive sectors chained in the table (backwards when asked); in chain order. */
  const allocate = (count: number, table = fat, reverse = false): number[] => {
    const sectors = Array.from({ length: count }, (_, i) => next + (reverse ? count - 1 - i : i));
    sectors.forEach((sector, i) => (table[sector] = sectors[i + 1] ?? END_OF_CHAIN));
    next += count;
    return sectors;
  };
  const first = (sectors: number[]) => sectors[0] ?? END_OF_CHAIN;
  /** Writes data unit by unit into the places `at` gives for the chain's sectors. */
  const place = (data: Uint8Array, sectors: number[], unit: number, at: (s: number) => number) =>
    sectors.forEach((sector, i) => bytes.set(data.subarray(i * unit, (i + 1) * unit), at(sector)));
  for (let i = 0; i < fatSectors; i++) fat[next++] = FAT_SECTOR;
  const directoryStart = first(allocate(directorySectors));
  const miniFatStart = first(allocate(miniFatSectors));
  const miniStreamStart = first(allocate(miniStreamSectors));
  const startOf = new Map<CompoundNode, number>();
  for (const node of large) {
    const sectors = allocate(sectorsFor(node.data.length), fat, backwards);
    startOf.set(node, first(sectors));
    place(node.data, sectors, sectorSize, offsetOf);
  }
  const miniFat = new Uint32Array(miniFatSectors * perSector).fill(FREE_SECTOR);
  const fatNext = next;
  next = 0;
  for (const node of small) {
    const sectors = allocate(sectorsFor(node.data.length, MINI), miniFat, backwards);
    startOf.set(node, first(sectors));
    place(node.data, sectors, MINI, (m) => offsetOf(miniStreamStart) + m * MINI);
  }
  next = fatNext;

  // Header (MS-CFB 2.2).
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  view.setUint16(24, 0x3e, true);
  view.setUint16(26, sectorShift === 9 ? 3 : 4, true);
  view.setUint16(28, 0xfffe, true);
  view.setUint16(30, sectorShift, true);
  view.setUint16(32, 6, true);
  view.setUint32(40, sectorShift === 9 ? 0 : directorySectors, true);
  view.setUint32(44, fatSectors, true);
  view.setUint32(48, directoryStart, true);
  view.setUint32(56, MINI_CUTOFF, true);
  view.setUint32(60, miniFatStart, true);
  view.setUint32(64, miniFatSectors, true);
  view.setUint32(68, END_OF_CHAIN, true);
  view.setUint32(72, 0, true);
  for (let i = 0; i < 109; i++) view.setUint32(76 + 4 * i, i < fatSectors ? i : FREE_SECTOR, true);
  fat.forEach((value, i) =>
    view.setUint32(offsetOf(Math.floor(i / perSector)) + 4 * (i % perSector), value, true),
  );
  miniFat.forEach((value, i) => view.setUint32(offsetOf(miniFatStart) + 4 * i, value, true));

  // Directory: the root, then every node; each storage's entries a balanced tree.
  const entryOffset = (entry: number) => offsetOf(directoryStart) + entry * ENTRY;
  const writeEntry = (entry: number, name: string, type: number, start: number, size: number) => {
    const at = entryOffset(entry);
    for (let i = 0; i < name.length; i++) view.setUint16(at + 2 * i, name.charCodeAt(i), true);
    view.setUint16(at + 64, 2 * (name.length + 1), true);
    bytes[at + 66] = type;
    bytes[at + 67] = 1; // black
    for (const field of [ENTRY_FIELD.left, ENTRY_FIELD.right, ENTRY_FIELD.child]) {
      view.setUint32(at + field, NO_STREAM, true);
    }
    view.setUint32(at + ENTRY_FIELD.start, start, true);
    view.setUint32(at + ENTRY_FIELD.size, size, true);
  };
  writeEntry(
    0,
    'Root Entry',
    5,
    miniSectors > 0 ? miniStreamStart : END_OF_CHAIN,
    miniSectors * MINI,
  );
  for (const node of nodes) {
    const isStream = 'data' in node;
    const size = isStream ? node.data.length : 0;
    writeEntry(
      entryOf.get(node)!,
      node.name,
      isStream ? 2 : 1,
      startOf.get(node) ?? END_OF_CHAIN,
      size,
    );
  }
  for (const [storage, children] of childrenOf) {
    const ordered = [...children].sort(compareNames).map((node) => entryOf.get(node)!);
    const subtree = (lo: number, hi: number): number => {
      if (lo > hi) return NO_STREAM;
      const mid = (lo + hi) >> 1;
      const at = entryOffset(ordered[mid]!);
      view.setUint32(at + ENTRY_FIELD.left, subtree(lo, mid - 1), true);
      view.setUint32(at + ENTRY_FIELD.right, subtree(mid + 1, hi), true);
      return ordered[mid]!;
    };
    const owner = storage === null ? 0 : entryOf.get(storage)!;
    view.setUint32(entryOffset(owner) + ENTRY_FIELD.child, subtree(0, ordered.length - 1), true);
  }
  return {
    bytes,
    sectorSize,
    entryOf,
    startOf,
    fatEntryOffset: (sector) => offsetOf(Math.floor(sector / perSector)) + 4 * (sector % perSector),
    directoryEntryOffset: entryOffset,
  };
}

/** Overwrites one 32-bit field of the file. */
export function setU32(file: WrittenCompoundFile, offset: number, value: number): void {
  new DataView(file.bytes.buffer, file.bytes.byteOffset).setUint32(offset, value, true);
}

/** The red-black tree order of MS-CFB 2.6.4: shorter names first, then by upper case. */
function compareNames(a: CompoundNode, b: CompoundNode): number {
  if (a.name.length !== b.name.length) return a.name.length - b.name.length;
  const x = a.name.toUpperCase();
  const y = b.name.toUpperCase();
  return x < y ? -1 : x > y ? 1 : 0;
}
