import { exampleHistoryBytes } from '../decoder/example';
import type { DecodeSource, OpenedBlob } from '../shared/workerTypes';
import { MAX_READ_BYTES } from '../worker/openSource';
import { readBlob } from '../worker/readBlob';
import { sha256Hex } from '../worker/sha256';

/**
 * What the page shows when no decode worker can be started: the bytes as they are, in
 * the hex view, and why they were not decoded. Nothing is decoded on the page itself,
 * so a hostile file still cannot stall it.
 */
export async function bytesOnly(source: DecodeSource, reason: string): Promise<OpenedBlob> {
  const problem = `Decoding is unavailable in this browser (${reason}), so the bytes are shown as they are.`;
  const facts = {
    sourceNote: null,
    history: null,
    problem,
    msg: null,
    store: null,
    truncated: false,
    sha256: null,
    sourceSha256: null,
  };
  switch (source.kind) {
    case 'example': {
      const bytes = exampleHistoryBytes();
      return { ...facts, name: 'example.bin', sourceSize: bytes.length, bytes, isExample: true };
    }
    case 'text': {
      const bytes = new TextEncoder().encode(source.text);
      return { ...facts, name: source.name, sourceSize: bytes.length, bytes, isExample: false };
    }
    case 'file': {
      const bytes = await readBlob(source.file, MAX_READ_BYTES, () => undefined);
      const whole = bytes.length === source.file.size;
      return {
        ...facts,
        sourceSha256: whole ? await sha256Hex(bytes) : null,
        name: source.name,
        sourceSize: source.file.size,
        bytes,
        isExample: false,
        truncated: bytes.length < source.file.size,
      };
    }
  }
}
