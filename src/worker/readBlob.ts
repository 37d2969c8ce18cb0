/**
 * Reads at most `limit` bytes of a Blob, reporting progress as chunks arrive, so a
 * large file shows progress and a huge one never has to fit in memory whole.
 */
export async function readBlob(
  blob: Blob,
  limit: number,
  onProgress: (fraction: number) => void,
): Promise<Uint8Array> {
  const size = Math.min(blob.size, limit);
  const bytes = new Uint8Array(size);
  const reader = blob.slice(0, size).stream().getReader();
  let filled = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    const room = size - filled;
    bytes.set(value.byteLength > room ? value.subarray(0, room) : value, filled);
    filled += Math.min(value.byteLength, room);
    onProgress(size === 0 ? 1 : filled / size);
  }
  // A file that shrank while being read leaves the rest unread.
  return filled === size ? bytes : bytes.slice(0, filled);
}
