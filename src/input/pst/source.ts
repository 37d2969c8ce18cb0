import type { Limits } from '../limits';
import { fault, hex } from './errors';

/** Random access to a file: what `scanStore` is given (a File slice, a file handle, a buffer). */
export interface ByteSource {
  size: number;
  read(offset: number, length: number): Promise<Uint8Array>;
}

/** AbortSignal-like: only `aborted` is looked at, so no DOM type is needed. */
export interface CancelSignal {
  readonly aborted: boolean;
}

export function bufferSource(bytes: Uint8Array): ByteSource {
  return {
    size: bytes.length,
    read: (offset, length) => Promise.resolve(bytes.subarray(offset, offset + length)),
  };
}

/**
 * Every read of a scan goes through here: each one is checked against the file's size and
 * counted against the scan's byte budget, and the cancel signal is looked at before it.
 */
export class BoundedReader {
  bytesRead = 0;
  work = 0;

  constructor(
    private readonly source: ByteSource,
    readonly limits: Limits,
    private readonly signal?: CancelSignal,
    private readonly byteBudget = limits.maxScanBytes,
  ) {}

  get size(): number {
    return this.source.size;
  }

  /** One more page, block or entry looked at. */
  step(count = 1): void {
    this.work += count;
    if (this.work > this.limits.maxWorkItems) {
      fault('too-large', `The store needs more than ${this.limits.maxWorkItems} steps to scan.`);
    }
  }

  checkCancel(): void {
    if (this.signal?.aborted) fault('cancelled', 'The scan was cancelled.');
  }

  async read(offset: number, length: number, what: string): Promise<Uint8Array> {
    this.checkCancel();
    if (!Number.isSafeInteger(offset) || offset < 0 || offset >= this.size) {
      fault('out-of-bounds', `${what} is at offset ${hex(offset)}, outside the file.`, offset);
    }
    if (length < 0 || length > this.limits.maxReadBytes) {
      fault('too-large', `${what} at offset ${hex(offset)} declares ${length} bytes.`, offset);
    }
    if (offset + length > this.size) {
      fault(
        'truncated',
        `${what} at offset ${hex(offset)} ends past the end of the file: the store is truncated.`,
        offset,
      );
    }
    if (this.bytesRead + length > this.byteBudget) {
      fault('too-large', `Reading the store needs more than ${this.byteBudget} bytes.`);
    }
    this.bytesRead += length;
    const bytes = await this.source.read(offset, length);
    if (bytes.length !== length) {
      fault('truncated', `${what} at offset ${hex(offset)} could not be read whole.`, offset);
    }
    return bytes;
  }
}
