import type { ExportFile } from '../export/exportFiles';
import { exportBlob } from '../worker/exportBlob';

/** Saves a file through a temporary object URL and an `<a download>` click. */
export function downloadFile(file: ExportFile): void {
  downloadBlob(file.fileName, exportBlob(file));
}

/** Saves a Blob under a file name, e.g. one the export worker built. */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Writes text to the clipboard; false when the browser has no clipboard here or refuses. */
export async function writeClipboard(text: string): Promise<boolean> {
  // Absent outside secure contexts (a page opened from file:// in some browsers).
  if (typeof navigator.clipboard?.writeText !== 'function') return false;
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Runs `task` after the next frame has been painted, so a message set before it shows;
 * the function returned stops it if it has not run yet.
 */
export function afterPaint(task: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(task, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
