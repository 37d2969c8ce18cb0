/**
 * The page's side of the decode worker: `decode()` is a plain async function.
 * One worker is kept for reuse; cancelling, or a newer request arriving while one
 * is unfinished, terminates it and the next request starts a fresh one. Request ids
 * make sure a late answer from an old request is never taken for a newer one.
 */
import type {
  DecodeProgress,
  DecodeSource,
  OpenedBlob,
  WorkerRequest,
  WorkerResponse,
} from '../worker/protocol';

/** The part of `Worker` the client uses, so tests can stand in for it. */
export interface DecoderWorker {
  postMessage(message: WorkerRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<WorkerResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  onmessageerror: ((event: MessageEvent) => void) | null;
}

export interface DecodeOptions {
  onProgress?: (progress: DecodeProgress) => void;
  signal?: AbortSignal;
}

/** The worker died (a crash, or a message that could not be read). */
export class DecoderLostError extends Error {
  override name = 'DecoderLostError';
}

export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

export interface DecoderClient {
  decode(source: DecodeSource, options?: DecodeOptions): Promise<OpenedBlob>;
  /** Starts the worker ahead of the first request so the first file opens sooner. */
  warmUp(): void;
  /** Called when the worker dies while no request is waiting for it. */
  onLost(listener: (message: string) => void): () => void;
}

interface Pending {
  id: number;
  resolve: (blob: OpenedBlob) => void;
  reject: (error: Error) => void;
  onProgress: ((progress: DecodeProgress) => void) | undefined;
}

const cancelled = (): DOMException => new DOMException('Decoding was cancelled.', 'AbortError');

export function createDecoderClient(createWorker: () => DecoderWorker): DecoderClient {
  let worker: DecoderWorker | null = null;
  let pending: Pending | null = null;
  let nextId = 1;
  const lostListeners = new Set<(message: string) => void>();

  const discardWorker = (): void => {
    worker?.terminate();
    worker = null;
  };

  const settle = (): Pending | null => {
    const current = pending;
    pending = null;
    return current;
  };

  const lose = (from: DecoderWorker, message: string): void => {
    if (from !== worker) return;
    discardWorker();
    const current = settle();
    if (current) current.reject(new DecoderLostError(message));
    else for (const listener of lostListeners) listener(message);
  };

  const receive = (from: DecoderWorker, response: WorkerResponse): void => {
    if (from !== worker || !pending || response.id !== pending.id) return;
    switch (response.type) {
      case 'progress':
        pending.onProgress?.(response.progress);
        break;
      case 'opened':
        settle()?.resolve(response.blob);
        break;
      case 'failed':
        settle()?.reject(new Error(response.message));
        break;
    }
  };

  const liveWorker = (): DecoderWorker => {
    if (worker) return worker;
    const created = createWorker();
    created.onmessage = (event) => receive(created, event.data);
    created.onerror = (event) => {
      // Handled here and reported on the page, so it is not also an uncaught error.
      event.preventDefault();
      lose(created, event.message || 'The decoder stopped unexpectedly.');
    };
    created.onmessageerror = () => lose(created, 'A message from the decoder could not be read.');
    worker = created;
    return created;
  };

  return {
    decode(source, options = {}) {
      const { onProgress, signal } = options;
      if (signal?.aborted) return Promise.reject(cancelled());
      const unfinished = settle();
      if (unfinished) {
        // The worker is busy with the old request; a fresh one answers sooner.
        discardWorker();
        unfinished.reject(cancelled());
      }
      const id = nextId++;
      return new Promise<OpenedBlob>((resolve, reject) => {
        pending = { id, resolve, reject, onProgress };
        signal?.addEventListener(
          'abort',
          () => {
            if (pending?.id !== id) return;
            pending = null;
            discardWorker();
            reject(cancelled());
          },
          { once: true },
        );
        liveWorker().postMessage({ type: 'decode', id, source });
      });
    },
    warmUp() {
      liveWorker();
    },
    onLost(listener) {
      lostListeners.add(listener);
      return () => lostListeners.delete(listener);
    },
  };
}
