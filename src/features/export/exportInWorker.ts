/**
 * The page's side of the export worker: `buildExportInWorker()` is a plain async
 * function. Each export gets a fresh worker, terminated once it has answered or the
 * export is cancelled, so a large build holds no memory afterwards.
 */
import ExportWorker from '../../worker/export.worker?worker&inline';
import type {
  ExportRequest,
  ExportWorkerRequest,
  ExportWorkerResponse,
} from '../../worker/exportProtocol';

/** The part of `Worker` used here, so tests can stand in for it. */
export interface ExportWorkerPort {
  postMessage(message: ExportWorkerRequest, transfer: Transferable[]): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<ExportWorkerResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  onmessageerror: ((event: MessageEvent) => void) | null;
}

export interface ExportOptions {
  signal?: AbortSignal;
}

const cancelled = (): DOMException => new DOMException('The export was cancelled.', 'AbortError');

/** False where there are no workers at all; the export is then built on the page. */
export function canBuildInWorker(): boolean {
  return typeof Worker !== 'undefined';
}

/** Builds the export file in a worker and resolves with it as a Blob of its type. */
export function buildExportInWorker(
  request: ExportRequest,
  options: ExportOptions = {},
): Promise<Blob> {
  // Inlined as a classic worker so the single-file build also exports from file://.
  return buildExportWith(() => new ExportWorker(), request, options);
}

export function buildExportWith(
  createWorker: () => ExportWorkerPort,
  request: ExportRequest,
  { signal }: ExportOptions = {},
): Promise<Blob> {
  if (signal?.aborted) return Promise.reject(cancelled());
  return new Promise<Blob>((resolve, reject) => {
    const worker = createWorker();
    const finish = (settle: () => void): void => {
      worker.terminate();
      signal?.removeEventListener('abort', abort);
      settle();
    };
    const abort = (): void => finish(() => reject(cancelled()));
    signal?.addEventListener('abort', abort, { once: true });
    worker.onmessage = ({ data }) =>
      finish(() => (data.type === 'built' ? resolve(data.file) : reject(new Error(data.message))));
    worker.onerror = (event) => {
      // Handled here and reported by the caller, so it is not also an uncaught error.
      event.preventDefault();
      finish(() => reject(new Error(event.message || 'The export worker stopped unexpectedly.')));
    };
    worker.onmessageerror = () =>
      finish(() => reject(new Error('A message from the export worker could not be read.')));
    // A copy, so transferring its buffer leaves the page's bytes in place.
    const bytes = request.bytes.slice();
    try {
      worker.postMessage({ type: 'build', request: { ...request, bytes } }, [bytes.buffer]);
    } catch (error) {
      finish(() => reject(error instanceof Error ? error : new Error(String(error))));
    }
  });
}
