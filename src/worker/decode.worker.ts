/// <reference lib="webworker" />
import { openSource } from './openSource';
import type { DecodeProgress, WorkerRequest, WorkerResponse } from './protocol';
import { transferablesOf } from './transfer';
import { warmUpDecoder } from './warmUp';

declare const self: DedicatedWorkerGlobalScope;

/** Progress is posted at most this often, so a fast decode is not slowed by messages. */
const PROGRESS_INTERVAL_MS = 50;

function post(response: WorkerResponse, transfer: Transferable[] = []): void {
  self.postMessage(response, transfer);
}

// The page starts this worker before any file is chosen: the decoder warms up meanwhile.
let requested = false;
warmUpDecoder(() => requested);

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  requested = true;
  const { id, source } = event.data;
  let lastPosted = 0;
  const report = (progress: DecodeProgress): void => {
    const now = performance.now();
    if (now - lastPosted < PROGRESS_INTERVAL_MS) return;
    lastPosted = now;
    post({ type: 'progress', id, progress });
  };
  try {
    const blob = await openSource(source, report);
    post({ type: 'opened', id, blob }, transferablesOf(blob));
  } catch (error) {
    const name = source.kind === 'example' ? 'The example' : source.name;
    const reason = error instanceof Error ? error.message : String(error);
    post({
      type: 'failed',
      id,
      message: `${name} could not be read (${reason}). It may be a folder, or a file that was moved, deleted or locked since it was chosen.`,
    });
  }
};
