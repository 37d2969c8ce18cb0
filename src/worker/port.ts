/**
 * What both worker clients (decode and export) share: the part of `Worker` they use,
 * how a worker's death is noticed, and how a cancelled call fails.
 */

/** The part of `Worker` the clients use, so tests can stand in for it. */
export interface WorkerPort<Request, Response> {
  postMessage(message: Request, transfer?: Transferable[]): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<Response>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  onmessageerror: ((event: MessageEvent) => void) | null;
}

export interface PortHandlers<Response> {
  message(response: Response): void;
  /** The worker crashed, sent what could not be read, or went silent past the watch. */
  lost(message: string): void;
}

/**
 * Wires a worker to its handlers. `what` names it in messages ("decoder"). The returned
 * `watch(ms)` arms a watchdog: when no message arrives within `ms` the worker counts as
 * lost (a worker that was terminated from outside, or hangs, sends no error event);
 * `watch(null)` disarms it. Every message re-arms a watch in force.
 */
export function attachWorker<Request, Response>(
  worker: WorkerPort<Request, Response>,
  what: string,
  handlers: PortHandlers<Response>,
): { watch(ms: number | null): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let watchMs: number | null = null;
  const arm = (): void => {
    clearTimeout(timer);
    if (watchMs !== null) {
      timer = setTimeout(
        () => lose(`the ${what} gave no sign of life for ${Math.round(watchMs! / 1000)} s`),
        watchMs,
      );
    }
  };
  const lose = (message: string): void => {
    watchMs = null;
    clearTimeout(timer);
    handlers.lost(message);
  };
  worker.onmessage = (event) => {
    arm();
    handlers.message(event.data);
  };
  worker.onerror = (event) => {
    // Handled here and reported on the page, so it is not also an uncaught error.
    event.preventDefault();
    lose(event.message || `The ${what} stopped unexpectedly.`);
  };
  worker.onmessageerror = () => lose(`A message from the ${what} could not be read.`);
  return {
    watch(ms) {
      watchMs = ms;
      arm();
    },
  };
}

/** The error a cancelled call rejects with. */
export function cancelledError(message: string): DOMException {
  return new DOMException(message, 'AbortError');
}

export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** An Error from whatever was thrown. */
export function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
