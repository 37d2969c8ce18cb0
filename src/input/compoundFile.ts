/**
 * The OLE compound file (MS-CFB) that an Outlook `.msg` is, read with the `cfb` package
 * and flattened into the entries `msg.ts` looks through.
 */
import CFB from 'cfb';

export interface CompoundEntry {
  /** Storage names from the root down, then the entry's own name, joined by `/`; '' for the root. */
  path: string;
  name: string;
  kind: 'storage' | 'stream';
  /** Stream data; a message instead when the stream cannot be read. */
  read(): Uint8Array | string;
}

const MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ENTRY_STORAGE = 1;
const ENTRY_STREAM = 2;

/** All entries below the root, each storage before its contents; or why the file cannot be read. */
export function readCompoundFile(bytes: Uint8Array): CompoundEntry[] | string {
  if (bytes.length < 512 || !MAGIC.every((b, i) => bytes[i] === b)) {
    return 'it does not start with the compound-file signature D0 CF 11 E0';
  }
  let container: CFB.CFB$Container;
  try {
    // cfb reports a damaged file by throwing; here that is a message like any other.
    container = CFB.read(bytes, { type: 'array' });
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  const entries: CompoundEntry[] = [];
  container.FileIndex.forEach((entry, i) => {
    if (entry.type !== ENTRY_STORAGE && entry.type !== ENTRY_STREAM) return;
    const path = relativePath(container.FullPaths[i] ?? '');
    if (path === '') return;
    entries.push({
      path,
      name: entry.name,
      kind: entry.type === ENTRY_STORAGE ? 'storage' : 'stream',
      read: () => contentOf(entry),
    });
  });
  entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return entries;
}

/** cfb names every entry from "Root Entry/", storages with a closing "/". */
function relativePath(fullPath: string): string {
  const slash = fullPath.indexOf('/');
  const below = slash < 0 ? '' : fullPath.slice(slash + 1);
  return below.endsWith('/') ? below.slice(0, -1) : below;
}

function contentOf(entry: CFB.CFB$Entry): Uint8Array | string {
  const content = entry.content as ArrayLike<number> | undefined;
  if (content === undefined) return `stream ${entry.name} has no content`;
  const data = content instanceof Uint8Array ? content : Uint8Array.from(content);
  // cfb returns the stream's sectors; the declared size says where the data ends.
  return entry.size <= data.length ? data.subarray(0, entry.size) : data;
}
