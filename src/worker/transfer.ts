import { historyBuffers } from '../decoder/transfer';
import type { OpenedBlob } from './protocol';

/**
 * The transfer list of an opened blob: the bytes' buffer and the history's column
 * buffers (`historyBuffers`), each once, since listing one buffer twice would make
 * postMessage throw.
 */
export function transferablesOf(blob: OpenedBlob): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>(blob.history ? historyBuffers(blob.history) : []);
  if (blob.bytes.buffer instanceof ArrayBuffer) buffers.add(blob.bytes.buffer);
  return [...buffers];
}
