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
} from './protocol';
import { asError, attachWorker, cancelledError, type WorkerPort } from './port';

export { isAbortError } from './port';

export type DecoderWorker = WorkerPort<WorkerRequest, WorkerResponse>;

export interface DecodeOptions {
  onProgress?: (progress: DecodeProgress) => void;
  signal?: AbortSignal;
}

/** The worker died (a crash, a message that could not be read, or silence past the watch). */
export class DecoderLostError extends Error {
  override name = 'DecoderLostError';
}

/** No worker could be started at all (e.g. the browser refuses workers here). */
export class DecoderUnavailableError extends Error {
  override name = 'DecoderUnavailableError';
}

/**
 * How long a request may go without any message from the worker before it counts as
 * lost. The worker reports progress as it reads and decodes; the slowest input within
 * the page's limits answers well within this.
 */
export const DECODE_WATCH_MS = 30_000;

export interface DecoderClient {
  decode(source: DecodeSource, options?: DecodeOptions): Promise<OpenedBlob>;
  /**
   * Starts the worker ahead of the first request so the first file opens sooner; returns
   * why no worker can be started here, or null.
   */
  warmUp(): string | null;
  /** Called when the worker dies while no request is waiting for it. */
  onLost(listener: (message: string) => void): () => void;
}

interface Pending {
  id: number;
  resolve: (blob: OpenedBlob) => void;
  reject: (error: Error) => void;
  onProgress: ((progress: DecodeProgress) => void) | undefined;
}

const cancelled = (): DOMException => cancelledError('Decoding was cancelled.');

export function createDecoderClient(
  createWorker: () => DecoderWorker,
  watchMs = DECODE_WATCH_MS,
): DecoderClient {
  let worker: { port: DecoderWorker; watch(ms: number | null): void } | null = null;
  let pending: Pending | null = null;
  let nextId = 1;
  const lostListeners = new Set<(message: string) => void>();

  const discardWorker = (): void => {
    worker?.watch(null);
    worker?.port.terminate();
    worker = null;
  };

  const settle = (): Pending | null => {
    const current = pending;
    pending = null;
    worker?.watch(null);
    return current;
  };

  const lose = (from: DecoderWorker, message: string): void => {
    if (from !== worker?.port) return;
    discardWorker();
    const current = settle();
    if (current) current.reject(new DecoderLostError(message));
    else for (const listener of lostListeners) listener(message);
  };

  const receive = (from: DecoderWorker, response: WorkerResponse): void => {
    if (from !== worker?.port || !pending || response.id !== pending.id) return;
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

  /** The worker, started when there is none; throws DecoderUnavailableError when it cannot be. */
  const liveWorker = (): NonNullable<typeof worker> => {
    if (worker) return worker;
    let created: DecoderWorker;
    try {
      created = createWorker();
    } catch (error) {
      throw new DecoderUnavailableError(asError(error).message);
    }
    const watcher = attachWorker(created, 'decoder', {
      message: (response) => receive(created, response),
      lost: (message) => lose(created, message),
    });
    worker = { port: created, watch: (ms) => watcher.watch(ms) };
    return worker;
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
        try {
          const live = liveWorker();
          live.watch(watchMs);
          live.port.postMessage({ type: 'decode', id, source });
        } catch (error) {
          settle();
          reject(asError(error));
        }
      });
    },
    warmUp() {
      try {
        liveWorker();
        return null;
      } catch (error) {
        return asError(error).message;
      }
    },
    onLost(listener) {
      lostListeners.add(listener);
      return () => lostListeners.delete(listener);
    },
  };
}
