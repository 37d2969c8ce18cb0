import { vi } from 'vitest';

export interface SavedDownload {
  name: string;
  blob: Blob;
}

/**
 * jsdom has no object URLs and does not navigate: this records what a click on a
 * download link would save instead. Call it in beforeEach; vi.restoreAllMocks() undoes it.
 */
export function captureDownloads(): SavedDownload[] {
  const saved: SavedDownload[] = [];
  const blobs = new Map<string, Blob>();
  URL.createObjectURL = (blob: Blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob);
    return url;
  };
  URL.revokeObjectURL = () => undefined;
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    saved.push({ name: this.download, blob: blobs.get(this.href)! });
  });
  return saved;
}
