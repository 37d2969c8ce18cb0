import type { DecodedHistory } from './model';

/**
 * The buffers of a history's columns, for the transfer list of `postMessage`: moved,
 * not copied, they cross to another thread in constant time. Each column owns its
 * buffer exactly (see columns.ts), so nothing else is moved with them.
 */
export function historyBuffers(history: DecodedHistory): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  const add = (column: unknown): void => {
    if (ArrayBuffer.isView(column) && column.buffer instanceof ArrayBuffer)
      buffers.add(column.buffer);
  };
  for (const column of Object.values(history.tags)) add(column);
  for (const column of Object.values(history.escapes)) add(column);
  return [...buffers];
}
