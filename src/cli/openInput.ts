import { createHash } from 'node:crypto';
import { MAX_INPUT_BYTES } from '../input/limits';
import { openHistory, openHistoryFile, type ByteSource } from '../input/openHistory';
import type { InputResult } from '../input/types';
import { printable } from './table';

/** What both commands need to read their input: standard input whole, a file by random access. */
export interface InputIo {
  readStdin(): Promise<Uint8Array>;
  /** The file for random access (a .pst/.ost is scanned, not read whole); closed after use. */
  openFile(path: string): Promise<ByteSource & { close(): Promise<void> }>;
}

/** The input could not be read at all: `message` says so, e.g. "cannot read a.bin: ENOENT …". */
export interface Unreadable {
  kind: 'unreadable';
  message: string;
}

const sourceName = (path: string): string => (path === '-' ? 'standard input' : path);

/**
 * The history the input holds, as openHistory reads it for the page: standard input whole,
 * a file by random access (a store is scanned, never read whole; anything else over the
 * 64 MiB limit is refused unread).
 */
export async function openInput(
  path: string,
  choice: number,
  io: InputIo,
): Promise<(InputResult & { sourceSha256: string; sourceSize: number }) | Unreadable> {
  const cannotRead = (reason: string): Unreadable => ({
    kind: 'unreadable',
    message: `cannot read ${printable(sourceName(path))}: ${printable(reason)}`,
  });
  const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
  if (path === '-') {
    let bytes: Uint8Array;
    try {
      bytes = await io.readStdin();
    } catch (error) {
      return cannotRead(reasonOf(error));
    }
    return {
      ...openHistory({ bytes, name: path }, choice),
      sourceSha256: sha256Hex(bytes),
      sourceSize: bytes.length,
    };
  }
  let file: Awaited<ReturnType<InputIo['openFile']>>;
  try {
    file = await io.openFile(path);
  } catch (error) {
    return cannotRead(reasonOf(error));
  }
  try {
    const opened = await openHistoryFile(file, path, choice);
    if (opened.kind !== 'too-large') {
      // A raw BLOB is the file itself, already read: hashing it again would read it twice.
      const whole =
        opened.kind === 'blob' && opened.form === 'raw' && opened.bytes.length === file.size;
      const sourceSha256 = whole ? sha256Hex(opened.bytes) : await fileSha256(file);
      return { ...opened, sourceSha256, sourceSize: file.size };
    }
    return cannotRead(
      `it is ${opened.size} bytes, more than the ${MAX_INPUT_BYTES / 1024 / 1024} MiB any history (even inside a .msg) can take`,
    );
  } finally {
    await file.close();
  }
}

/** SHA-256 of bytes, as hex. */
export const sha256Hex = (bytes: Uint8Array): string =>
  createHash('sha256').update(bytes).digest('hex');

/** SHA-256 of a whole file, read a few MiB at a time (a store may be gigabytes). */
async function fileSha256(file: ByteSource): Promise<string> {
  const hash = createHash('sha256');
  const chunk = 4 * 1024 * 1024;
  for (let at = 0; at < file.size; at += chunk) {
    hash.update(await file.read(at, Math.min(chunk, file.size - at)));
  }
  return hash.digest('hex');
}
