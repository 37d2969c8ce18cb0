import { fault, hex } from './errors';
import type { BoundedReader } from './source';

/** The store layouts of [MS-PST] 2.2.2.6 that this reader tells apart. */
export type StoreFormat = 'unicode' | 'unicode-4k';
export type Encryption = 'none' | 'permute' | 'cyclic';

/** A B-tree root or page reference: the page's block id and its file offset. */
export interface PageRef {
  bid: number;
  ib: number;
}

export interface StoreHeader {
  format: StoreFormat;
  /** wVer as found: 23 for a Unicode PST, 36 for an OST with 4 KiB pages. */
  version: number;
  /** "SM" for a PST, "SO" for an OST. */
  clientMagic: string;
  encryption: Encryption;
  /** ibFileEof: how long the store says it is. */
  fileEof: number;
  nodeRoot: PageRef;
  blockRoot: PageRef;
}

export const HEADER_BYTES = 564;
export const STORE_MAGIC = [0x21, 0x42, 0x44, 0x4e]; // "!BDN"

/** A little-endian 64-bit file offset or id, which must fit in a safe integer. */
export function u64(bytes: Uint8Array, at: number, what: string): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const low = view.getUint32(at, true);
  const high = view.getUint32(at + 4, true);
  if (high >= 0x200000)
    fault('malformed', `${what} (${hex(high)}${hex(low).slice(2)}) is too large.`);
  return high * 0x100000000 + low;
}

export function u32(bytes: Uint8Array, at: number): number {
  return (
    (bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24)) >>> 0
  );
}

export function u16(bytes: Uint8Array, at: number): number {
  return bytes[at]! | (bytes[at + 1]! << 8);
}

export async function readHeader(reader: BoundedReader): Promise<StoreHeader> {
  if (reader.size < STORE_MAGIC.length) {
    fault('not-a-store', 'This is not an Outlook data file (.pst/.ost): it is too short.');
  }
  const head = await reader.read(0, Math.min(HEADER_BYTES, reader.size), 'The file header');
  if (!STORE_MAGIC.every((b, i) => head[i] === b)) {
    fault(
      'not-a-store',
      'This is not an Outlook data file (.pst/.ost): it does not start with "!BDN".',
    );
  }
  if (head.length < HEADER_BYTES) {
    fault(
      'truncated',
      `The store is truncated: its header needs ${HEADER_BYTES} bytes, the file has ${head.length}.`,
    );
  }
  const version = u16(head, 10);
  const clientMagic = String.fromCharCode(head[8]!, head[9]!);
  if (version === 14 || version === 15) {
    fault('unsupported', 'ANSI PST files (Outlook 97–2002) are not supported yet.');
  }
  let format: StoreFormat;
  if (version === 23) format = 'unicode';
  else if (version === 36) format = 'unicode-4k';
  else
    fault(
      'unsupported',
      `This store's format version ${version} is not supported (23 and 36 are).`,
    );

  const crypt = head[513]!;
  let encryption: Encryption;
  if (crypt === 0) encryption = 'none';
  else if (crypt === 1) encryption = 'permute';
  else if (crypt === 2) encryption = 'cyclic';
  else {
    fault('encrypted', `This store is encrypted with an unknown method (${hex(crypt)}).`);
  }

  const fileEof = u64(head, 184, 'ibFileEof');
  if (fileEof > reader.size) {
    fault(
      'truncated',
      `The store is truncated: its header says it is ${fileEof} bytes long, the file has ${reader.size}.`,
    );
  }
  return {
    format,
    version,
    clientMagic,
    encryption,
    fileEof,
    nodeRoot: {
      bid: u64(head, 216, 'The node B-tree root id'),
      ib: u64(head, 224, 'The node B-tree root'),
    },
    blockRoot: {
      bid: u64(head, 232, 'The block B-tree root id'),
      ib: u64(head, 240, 'The block B-tree root'),
    },
  };
}
