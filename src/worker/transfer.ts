import type { OpenedBlob } from './protocol';

/**
 * Every buffer behind the bytes and the history's columns, each once: posting them
 * as transferables moves them to the page instead of copying, and listing one buffer
 * twice would make postMessage throw.
 */
export function transferablesOf(blob: OpenedBlob): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  const add = (view: ArrayBufferView): void => {
    if (view.buffer instanceof ArrayBuffer) buffers.add(view.buffer);
  };
  add(blob.bytes);
  const history = blob.history;
  if (history) {
    for (const column of Object.values(history.tags)) {
      if (ArrayBuffer.isView(column)) add(column);
    }
    for (const column of Object.values(history.escapes)) {
      if (ArrayBuffer.isView(column)) add(column);
    }
  }
  return [...buffers];
}
