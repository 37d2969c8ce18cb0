import type { ExportFile } from '../export/exportFiles';

/** The file's content as a Blob of its type. */
export function exportBlob(file: ExportFile): Blob {
  // A fresh copy is an ArrayBuffer-backed view, which is what Blob accepts.
  const part = typeof file.content === 'string' ? file.content : file.content.slice();
  return new Blob([part], { type: file.type });
}
