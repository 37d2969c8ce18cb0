/// <reference lib="webworker" />
import { replayEdits } from '../edit/index';
import type { EditWorkerRequest, EditWorkerResponse } from './editProtocol';
import { editResultBuffers } from './transfer';

declare const self: DedicatedWorkerGlobalScope;

function post(response: EditWorkerResponse, transfer: Transferable[] = []): void {
  self.postMessage(response, transfer);
}

self.onmessage = (event: MessageEvent<EditWorkerRequest>) => {
  const { bytes, edits } = event.data;
  try {
    const result = replayEdits(bytes, edits).result();
    post({ type: 'built', result }, editResultBuffers(result));
  } catch (error) {
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
