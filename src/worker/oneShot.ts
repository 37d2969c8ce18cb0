/**
 * A worker that answers one request and is then terminated, as a plain async function:
 * the export and the server comparison both run this way. A fresh worker per call means
 * a large job holds no memory once it has answered, and cancelling is terminating it.
 */
import { asError, attachWorker, cancelledError, type WorkerPort } from './port';

export interface OneShotOptions {
  signal?: AbortSignal;
}

export interface OneShot<Request, Response, Result> {
  /** Names the worker in messages ("export worker"). */
  what: string;
  /** What a cancelled call rejects with. */
  cancelledMessage: string;
  /** The request and its transfer list; made only once the call is not already cancelled. */
  request(): { message: Request; transfer: Transferable[] };
  /** The result of the worker's one answer, or the Error the call rejects with. */
  settle(response: Response): Result | Error;
}

export function callOnce<Request, Response, Result>(
  createWorker: () => WorkerPort<Request, Response>,
  call: OneShot<Request, Response, Result>,
  { signal }: OneShotOptions = {},
): Promise<Result> {
  const cancelled = () => cancelledError(call.cancelledMessage);
  if (signal?.aborted) return Promise.reject(cancelled());
  return new Promise<Result>((resolve, reject) => {
    let worker: WorkerPort<Request, Response>;
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
    attachWorker(worker, call.what, {
      message: (response) =>
        finish(() => {
          const result = call.settle(response);
          if (result instanceof Error) reject(result);
          else resolve(result);
        }),
      lost: (message) => finish(() => reject(new Error(message))),
    });
    try {
      const { message, transfer } = call.request();
      worker.postMessage(message, transfer);
    } catch (error) {
      finish(() => reject(asError(error)));
    }
  });
}

/**
 * A request that carries a copy of `bytes`, the copy's buffer in the transfer list: it
 * moves to the worker without a second copy, and the page's own bytes stay in place.
 */
export function withCopyOf<Request>(
  bytes: Uint8Array,
  message: (copy: Uint8Array) => Request,
): { message: Request; transfer: Transferable[] } {
  const copy = bytes.slice();
  return { message: message(copy), transfer: [copy.buffer] };
}
