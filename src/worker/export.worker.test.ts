import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { encodeUidlHistory, type HistoryJson } from '../decoder/index';
import { historyBytes, listingText } from '../compare/testing';
import { buildExportFile } from '../export/exportRequest';
import type { ExportWorkerRequest, ExportWorkerResponse } from './exportProtocol';

/** The worker's global scope, as far as the worker uses it. */
const scope: {
  onmessage: ((event: MessageEvent<ExportWorkerRequest>) => void) | null;
  postMessage: (response: ExportWorkerResponse) => void;
} = { onmessage: null, postMessage: () => undefined };

beforeAll(async () => {
  vi.stubGlobal('self', scope);
  await import('./export.worker');
});

afterEach(() => {
  vi.restoreAllMocks();
});

function send(message: ExportWorkerRequest): ExportWorkerResponse {
  const posted = vi.spyOn(scope, 'postMessage');
  scope.onmessage?.({ data: message } as MessageEvent<ExportWorkerRequest>);
  expect(posted).toHaveBeenCalledTimes(1);
  return posted.mock.calls[0]![0];
}

describe('export worker', () => {
  it('answers with the file as a Blob of its type', async () => {
    const request = {
      format: 'json',
      name: 'inbox.bin',
      bytes: historyBytes,
      listingText,
    } as const;
    const response = send({ type: 'build', request });
    if (response.type !== 'built') throw new Error(`expected a file, got ${response.message}`);
    const expected = buildExportFile(request);
    expect(response.file.type).toBe(expected.type);
    const content = await response.file.text();
    expect(content).toBe(expected.content);
    expect([...encodeUidlHistory(JSON.parse(content) as HistoryJson)]).toEqual([...historyBytes]);
  });

  it('answers with the reason when the file cannot be built', () => {
    const response = send({
      type: 'build',
      // Not bytes at all: what a broken page could post.
      request: {
        format: 'csv',
        name: 'x',
        bytes: null as unknown as Uint8Array,
        listingText: null,
      },
    });
    expect(response.type).toBe('failed');
  });
});
