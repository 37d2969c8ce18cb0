/**
 * The directory of a compound file (MS-CFB 2.6): 128-byte entries, the root first, each
 * storage's entries a red-black tree of siblings hung from its child link. Walked once,
 * without recursion: an entry reached twice (siblings pointing at each other, a storage
 * inside itself) or lying too deep ends the walk with a message.
 */
import { MAX_EMBEDDED_MESSAGES } from './limits';

export interface DirectoryEntry {
  index: number;
  name: string;
  kind: 'storage' | 'stream';
  /** First sector (or mini sector) of a stream; of the mini stream for the root. */
  start: number;
  /** Declared size in bytes. */
  size: number;
  /** A storage's entries, in tree order. */
  children: DirectoryEntry[];
}

export interface Directory {
  root: DirectoryEntry;
  /** The root storage's entries. */
  top: DirectoryEntry[];
}

/**
 * How deep an entry may lie below the root: each embedded message is an attachment storage
 * holding a message storage, and the deepest attachment has its streams one level further.
 */
export const MAX_ENTRY_DEPTH = 2 * MAX_EMBEDDED_MESSAGES + 1;

const ENTRY_SIZE = 128;
const NO_STREAM = 0xffffffff;
const TYPE_STORAGE = 1;
const TYPE_STREAM = 2;
const TYPE_ROOT = 5;
const MAX_NAME_UNITS = 32;

/**
 * `bytes` is the directory stream; `wideSizes` when sizes are 64-bit (4096-byte sectors).
 * Version 3 files keep only the low 32 bits, and some writers leave junk in the others.
 */
export function readDirectory(bytes: Uint8Array, wideSizes: boolean): Directory | string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const count = Math.floor(bytes.length / ENTRY_SIZE);
  const u32 = (index: number, field: number) => view.getUint32(index * ENTRY_SIZE + field, true);
  const typeOf = (index: number) => bytes[index * ENTRY_SIZE + 66]!;
  const entryAt = (index: number, kind: 'storage' | 'stream'): DirectoryEntry => {
    const at = index * ENTRY_SIZE;
    const units = Math.min(MAX_NAME_UNITS, Math.max(0, (view.getUint16(at + 64, true) >> 1) - 1));
    let name = '';
    for (let i = 0; i < units; i++) name += String.fromCharCode(view.getUint16(at + 2 * i, true));
    const high = wideSizes ? u32(index, 124) : 0;
    const size = u32(index, 120) + high * 2 ** 32;
    return { index, name, kind, start: u32(index, 116), size, children: [] };
  };

  if (count === 0) return 'its directory is empty';
  if (typeOf(0) !== TYPE_ROOT) return 'its first directory entry is not the root storage';
  const root = entryAt(0, 'storage');
  const visited = new Uint8Array(count);
  visited[0] = 1;
  // [entry, the entry whose link led here, the storage it belongs to, its depth]
  const stack: [number, number, DirectoryEntry, number][] = [[u32(0, 76), 0, root, 0]];
  while (stack.length > 0) {
    const [index, from, storage, depth] = stack.pop()!;
    if (index === NO_STREAM) continue;
    if (index >= count) {
      return `directory entry ${from} points to entry ${index}, beyond the ${count} in the directory`;
    }
    if (visited[index] === 1) return `its directory tree loops: entry ${index} is reached twice`;
    visited[index] = 1;
    stack.push([u32(index, 68), index, storage, depth], [u32(index, 72), index, storage, depth]);
    const type = typeOf(index);
    // Unallocated or unknown entries hold nothing to read; their siblings still count.
    if (type !== TYPE_STORAGE && type !== TYPE_STREAM) continue;
    if (depth > MAX_ENTRY_DEPTH) {
      return `its storages nest more than ${MAX_ENTRY_DEPTH} deep, past ${MAX_EMBEDDED_MESSAGES} embedded messages`;
    }
    const entry = entryAt(index, type === TYPE_STORAGE ? 'storage' : 'stream');
    storage.children.push(entry);
    if (type === TYPE_STORAGE) stack.push([u32(index, 76), index, entry, depth + 1]);
  }
  return { root, top: root.children };
}
