/**
 * Text written as a sequence of chunks, each at most about CHUNK_SIZE characters, so an
 * export of any size can go to a file or a stream without ever being one string.
 */
export const CHUNK_SIZE = 1 << 16;

export class ChunkBuffer {
  private parts: string[] = [];
  private size = 0;

  /** Adds text; returns a full chunk to hand on, or null while there is room. */
  add(text: string): string | null {
    this.parts.push(text);
    this.size += text.length;
    return this.size >= CHUNK_SIZE ? this.take() : null;
  }

  /** What is left (possibly ''). */
  take(): string {
    const chunk = this.parts.join('');
    this.parts = [];
    this.size = 0;
    return chunk;
  }
}

/** All chunks as one string, for exports small enough to be one. */
export function joinChunks(chunks: Iterable<string>): string {
  const parts: string[] = [];
  for (const chunk of chunks) parts.push(chunk);
  return parts.join('');
}
