import type { ExportFile } from '../export/exportFiles';

/**
 * Characters of a chunked export gathered into each part of its Blob. Each part is
 * made as soon as it is full, so the text leaves the JS heap as it is written and the
 * whole file never exists as one string (the JSON of the largest history could not).
 */
const PART_SIZE = 1 << 20;

/** The file's content as a Blob of its type. */
export function exportBlob(file: ExportFile): Blob {
  const { content, type } = file;
  if (typeof content === 'string') return new Blob([content], { type });
  // A fresh copy is an ArrayBuffer-backed view, which is what Blob accepts.
  if (content instanceof Uint8Array) return new Blob([content.slice()], { type });
  const parts: Blob[] = [];
  let pending: string[] = [];
  let size = 0;
  for (const chunk of content.chunks()) {
    pending.push(chunk);
    size += chunk.length;
    if (size < PART_SIZE) continue;
    parts.push(new Blob(pending));
    pending = [];
    size = 0;
  }
  if (size > 0) parts.push(new Blob(pending));
  return new Blob(parts, { type });
}
