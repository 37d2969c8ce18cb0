/**
 * The page's side of the worker that builds an edited history: `buildEditedWith()` is a
 * plain async function. Each build gets a fresh worker, terminated once it has answered
 * or when the build is cancelled (a newer edit, or the view closing).
 */
import type { EditResult, WorkingCopy } from '../edit/index';
import type { EditWorkerRequest, EditWorkerResponse } from './editProtocol';
import { callOnce, withCopyOf, type OneShotOptions } from './oneShot';
import type { WorkerPort } from './port';

export type EditWorkerPort = WorkerPort<EditWorkerRequest, EditWorkerResponse>;

/** The result `copy.result()` gives, built in a worker from the opened file and the edits. */
export function buildEditedWith(
  createWorker: () => EditWorkerPort,
  copy: Pick<WorkingCopy, 'original' | 'edits'>,
  options: OneShotOptions = {},
): Promise<EditResult> {
  return callOnce(
    createWorker,
    {
      what: 'worker checking the edited history',
      cancelledMessage: 'Checking the edited history was cancelled.',
      request: () =>
        withCopyOf(copy.original, (bytes) => ({
          type: 'build' as const,
          bytes,
          edits: copy.edits,
        })),
      settle: (data) => (data.type === 'built' ? data.result : new Error(data.message)),
    },
    options,
  );
}
