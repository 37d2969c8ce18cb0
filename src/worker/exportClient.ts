/**
 * The page's side of the export worker: `buildExportWith()` is a plain async function.
 * Each export gets a fresh worker, terminated once it has answered or the export is
 * cancelled, so a large build holds no memory afterwards.
 */
import type { ExportRequest, ExportWorkerRequest, ExportWorkerResponse } from './exportProtocol';
import { asError, attachWorker, cancelledError, type WorkerPort } from './port';

export type ExportWorkerPort = WorkerPort<ExportWorkerRequest, ExportWorkerResponse>;

export interface ExportOptions {
  signal?: AbortSignal;
}

/** False where there are no workers at all; the export is then built on the page. */
export function canBuildInWorker(): boolean {
  return typeof Worker !== 'undefined';
}

/** Builds the export file in a worker and resolves with it as a Blob of its type. */
export function buildExportWith(
  createWorker: () => ExportWorkerPort,
  request: ExportRequest,
  { signal }: ExportOptions = {},
): Promise<Blob> {
  const cancelled = () => cancelledError('The export was cancelled.');
  if (signal?.aborted) return Promise.reject(cancelled());
  return new Promise<Blob>((resolve, reject) => {
    let worker: ExportWorkerPort;
    try {
      worker = createWorker();
    } catch (error) {
      reject(asError(error));
      return;
    }
    const finish = (settle: () => void): void => {
      worker.terminate();
      signal?.removeEventListener('abort', abort);
      settle();
    };
    const abort = (): void => finish(() => reject(cancelled()));
    signal?.addEventListener('abort', abort, { once: true });
    attachWorker(worker, 'export worker', {
      message: (data) =>
        finish(() =>
          data.type === 'built' ? resolve(data.file) : reject(new Error(data.message)),
        ),
      lost: (message) => finish(() => reject(new Error(message))),
    });
    // A copy, so transferring its buffer leaves the page's bytes in place.
    const bytes = request.bytes.slice();
    try {
      worker.postMessage({ type: 'build', request: { ...request, bytes } }, [bytes.buffer]);
    } catch (error) {
      finish(() => reject(asError(error)));
    }
  });
}
