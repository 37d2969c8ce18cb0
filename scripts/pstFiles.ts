/**
 * Node helpers for store files: a `ByteSource` over a file handle (what the CLI or a
 * benchmark gives `scanStore`), and a sink that streams a written store to disk.
 */
import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import type { ByteSource } from '../src/input/pst/index';
import type { PstSink } from '../src/input/pst/testing/writer';

export function fileSource(path: string, size: number): ByteSource & { close(): void } {
  const fd = openSync(path, 'r');
  return {
    size,
    read(offset, length) {
      const out = new Uint8Array(length);
      let got = 0;
      while (got < length) {
        const n = readSync(fd, out, got, length - got, offset + got);
        if (n === 0) break;
        got += n;
      }
      return Promise.resolve(got === length ? out : out.subarray(0, got));
    },
    close: () => closeSync(fd),
  };
}

/** Appends through a 4 MiB buffer; `patch` writes in place. Call `close` when done. */
export function fileSink(path: string): PstSink & { close(): void } {
  const fd = openSync(path, 'w');
  let buffer = new Uint8Array(4 << 20);
  let used = 0;
  let flushed = 0;
  const flush = () => {
    if (used > 0) writeSync(fd, buffer, 0, used, flushed);
    flushed += used;
    used = 0;
  };
  return {
    append(bytes) {
      if (used + bytes.length > buffer.length) flush();
      if (bytes.length > buffer.length) buffer = new Uint8Array(bytes.length);
      buffer.set(bytes, used);
      used += bytes.length;
    },
    patch(offset, bytes) {
      flush();
      writeSync(fd, bytes, 0, bytes.length, offset);
    },
    close() {
      flush();
      closeSync(fd);
    },
  };
}
