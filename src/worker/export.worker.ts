/// <reference lib="webworker" />
import { exportBlob } from './exportBlob';
import { buildExportFile } from '../export/exportRequest';
import type { ExportWorkerRequest, ExportWorkerResponse } from './exportProtocol';

declare const self: DedicatedWorkerGlobalScope;

function post(response: ExportWorkerResponse): void {
  self.postMessage(response);
}

self.onmessage = (event: MessageEvent<ExportWorkerRequest>) => {
  try {
    post({ type: 'built', file: exportBlob(buildExportFile(event.data.request)) });
  } catch (error) {
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
