import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { decodeUidlHistory, encodeUidlHistory, type HistoryJson } from '../decoder/index';
import { historyBytes, listingText } from '../compare/testing';
import { makeLargeHistory } from '../decoder/testing/generate';
import { workedExampleBytes } from '../decoder/testing/workedExample';
import { buildExportFile } from '../export/exportRequest';
import { toCsv } from '../export/csv';
import { toJsonText } from '../export/json';
import { largestHistory, parseByTag } from '../export/testing';
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
  const response = posted.mock.calls[0]![0];
  posted.mockRestore();
  return response;
}

function built(request: ExportWorkerRequest['request']): Blob {
  const response = send({ type: 'build', request });
  if (response.type !== 'built') throw new Error(`expected a file, got ${response.message}`);
  return response.file;
}

/** A Blob's text, slice by slice. */
async function* blobText(blob: Blob): AsyncGenerator<string> {
  const decoder = new TextDecoder();
  const slice = 1 << 24;
  for (let at = 0; at < blob.size; at += slice)
    yield decoder.decode(await blob.slice(at, at + slice).arrayBuffer(), { stream: true });
  yield decoder.decode();
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
    expect(response.file.type).toBe(buildExportFile(request).type);
    const content = await response.file.text();
    expect([...encodeUidlHistory(JSON.parse(content) as HistoryJson)]).toEqual([...historyBytes]);
  });

  it.each([
    ['the worked example', workedExampleBytes()],
    ['a generated history of 20,000 tags', makeLargeHistory(20_000, 3)],
  ])('writes the same text as one string would, for %s', async (_, bytes) => {
    const history = decodeUidlHistory(bytes);
    const json = built({ format: 'json', name: 'inbox.bin', bytes, listingText: null });
    expect(json.type).toBe('application/json');
    expect(await json.text()).toBe(toJsonText(history, null, bytes));
    const csv = built({ format: 'csv', name: 'inbox.bin', bytes, listingText: null });
    expect(csv.type).toBe('text/csv;charset=utf-8');
    expect(await csv.text()).toBe(toCsv(history));
  });

  // Its JSON is about 500 million characters, more than one string can hold: the Blob is
  // read back in slices and parsed tag by tag.
  it(
    'exports the largest history, 14.2 MiB, as JSON that rebuilds it byte for byte',
    { timeout: 120_000 },
    async () => {
      const bytes = largestHistory();
      expect(bytes.length).toBe(4 + 65_535 * (16 + 3 * 70 + 1));
      const file = built({ format: 'json', name: 'x.bin', bytes, listingText: null });
      const json = await parseByTag(blobText(file));
      expect(json.diagnostics).toEqual([]);
      expect(json.tags).toHaveLength(65_535);
      expect(json.tags.reduce((sum, tag) => sum + tag.escapes.length, 0)).toBe(65_535 * 70);
      // Compared as buffers: a deep equality over 14 million elements takes minutes.
      expect(Buffer.from(encodeUidlHistory(json)).equals(Buffer.from(bytes))).toBe(true);
    },
  );

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
