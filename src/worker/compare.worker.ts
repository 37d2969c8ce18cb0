/// <reference lib="webworker" />
import {
  compareWithServer,
  comparisonToWire,
  parseUidlListing,
  wireBuffers,
} from '../compare/index';
import { decodeUidlHistory } from '../decoder/index';
import type { CompareWorkerRequest, CompareWorkerResponse } from './compareProtocol';

declare const self: DedicatedWorkerGlobalScope;

function post(response: CompareWorkerResponse, transfer: Transferable[] = []): void {
  self.postMessage(response, transfer);
}

self.onmessage = (event: MessageEvent<CompareWorkerRequest>) => {
  const { bytes, listingText } = event.data;
  try {
    const history = decodeUidlHistory(bytes);
    const wire = comparisonToWire(compareWithServer(history, parseUidlListing(listingText)));
    post({ type: 'compared', comparison: wire }, wireBuffers(wire));
  } catch (error) {
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
