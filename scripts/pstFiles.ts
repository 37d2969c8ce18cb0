/**
 * A sink that streams a store the test-only writer makes to disk (the CLI's
 * `openFileSource` reads it back).
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import type { PstSink } from '../src/input/pst/testing/writer';

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
