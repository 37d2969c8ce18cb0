import { open } from 'node:fs/promises';
import type { ByteSource } from '../input/openHistory';

/** A file as random access for openHistoryFile and the store scanner: one handle, read in place. */
export async function openFileSource(
  path: string,
): Promise<ByteSource & { close(): Promise<void> }> {
  const file = await open(path, 'r');
  const { size } = await file.stat();
  return {
    size,
    async read(offset: number, length: number): Promise<Uint8Array> {
      const buffer = new Uint8Array(length);
      let filled = 0;
      while (filled < length) {
        const { bytesRead } = await file.read(buffer, filled, length - filled, offset + filled);
        if (bytesRead === 0) break;
        filled += bytesRead;
      }
      return filled === length ? buffer : buffer.subarray(0, filled);
    },
    close: () => file.close(),
  };
}
