/**
 * The page's side of the export worker: `buildExportWith()` is a plain async function.
 * Each export gets a fresh worker, terminated once it has answered or the export is
 * cancelled, so a large build holds no memory afterwards.
 */
import type { ExportRequest, ExportWorkerRequest, ExportWorkerResponse } from './exportProtocol';
import { callOnce, withCopyOf, type OneShotOptions } from './oneShot';
import type { WorkerPort } from './port';

export type ExportWorkerPort = WorkerPort<ExportWorkerRequest, ExportWorkerResponse>;

export type ExportOptions = OneShotOptions;

/** False where there are no workers at all; the work is then done on the page. */
export function canBuildInWorker(): boolean {
  return typeof Worker !== 'undefined';
}

/** Builds the export file in a worker and resolves with it as a Blob of its type. */
export function buildExportWith(
  createWorker: () => ExportWorkerPort,
  request: ExportRequest,
  options: ExportOptions = {},
): Promise<Blob> {
  return callOnce(
    createWorker,
    {
      what: 'export worker',
      cancelledMessage: 'The export was cancelled.',
      request: () =>
        withCopyOf(request.bytes, (bytes) => ({
          type: 'build' as const,
          request: { ...request, bytes },
        })),
      settle: (data) => (data.type === 'built' ? data.file : new Error(data.message)),
    },
    options,
  );
}
