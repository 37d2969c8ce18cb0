import { historyBuffers } from '../decoder/transfer';
import type { DecodedHistory } from '../decoder/model';
import type { EditResult } from '../edit/index';
import type { OpenedBlob } from './protocol';

/**
 * The transfer list of bytes and the history decoded from them: the bytes' buffer and
 * the history's column buffers (`historyBuffers`), each once, since listing one buffer
 * twice would make postMessage throw.
 */
function buffersOf(bytes: Uint8Array, history: DecodedHistory | null): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>(history ? historyBuffers(history) : []);
  if (bytes.buffer instanceof ArrayBuffer) buffers.add(bytes.buffer);
  return [...buffers];
}

/** The transfer list of an opened blob. */
export const transferablesOf = (blob: OpenedBlob): ArrayBuffer[] =>
  buffersOf(blob.bytes, blob.history);

/** The transfer list of an edited history, its bytes being those its history points into. */
export const editResultBuffers = (result: EditResult): ArrayBuffer[] =>
  buffersOf(result.bytes, result.history);
