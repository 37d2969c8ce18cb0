import { describe, expect, it } from 'vitest';
import { isAbortError } from './port';
import type { ExportWorkerRequest, ExportWorkerResponse } from '../worker/exportProtocol';
import { buildExportWith } from './exportClient';
import { FakeWorker } from './testing/fakeWorker';
import type { ExportRequest } from '../export/exportRequest';

class ExportFake extends FakeWorker<ExportWorkerRequest, ExportWorkerResponse> {}

const request = (): ExportRequest => ({
  format: 'json',
  name: 'inbox.bin',
  bytes: new Uint8Array([3, 0, 0, 0]),
  listingText: '1 a',
});

function start(options: { signal?: AbortSignal } = {}) {
  const worker = new ExportFake();
  const given = request();
  const result = buildExportWith(() => worker, given, options);
  return { worker, given, result };
}

describe('buildExportWith', () => {
  it('posts a copy of the bytes, transferring its buffer, and resolves with the Blob', async () => {
    const { worker, given, result } = start();
    const [sent] = worker.sent;
    expect(sent?.message).toEqual({ type: 'build', request: given });
    expect(sent?.message.request.bytes).not.toBe(given.bytes);
    expect(sent?.transfer).toEqual([sent?.message.request.bytes.buffer]);
    const file = new Blob(['{}\n'], { type: 'application/json' });
    worker.answer({ type: 'built', file });
    await expect(result).resolves.toBe(file);
    expect(worker.terminated).toBe(true);
  });

  it('rejects with the worker’s message when it fails', async () => {
    const { worker, result } = start();
    worker.answer({ type: 'failed', message: 'out of memory' });
    await expect(result).rejects.toThrow('out of memory');
    expect(worker.terminated).toBe(true);
  });

  it('rejects when the worker dies, keeping the error from being reported twice', async () => {
    const { worker, result } = start();
    let prevented = false;
    const event = { message: '', preventDefault: () => (prevented = true) };
    worker.onerror?.(event as unknown as ErrorEvent);
    await expect(result).rejects.toThrow('The export worker stopped unexpectedly.');
    expect(prevented).toBe(true);
    expect(worker.terminated).toBe(true);
  });

  it('rejects when the answer cannot be read', async () => {
    const { worker, result } = start();
    worker.onmessageerror?.({} as MessageEvent);
    await expect(result).rejects.toThrow(/could not be read/);
    expect(worker.terminated).toBe(true);
  });

  it('terminates the worker when aborted', async () => {
    const controller = new AbortController();
    const { worker, result } = start({ signal: controller.signal });
    controller.abort();
    const error: unknown = await result.catch((e: unknown) => e);
    expect(isAbortError(error)).toBe(true);
    expect(worker.terminated).toBe(true);
  });

  it('starts no worker when already aborted', async () => {
    let created = false;
    const result = buildExportWith(
      () => {
        created = true;
        return new ExportFake();
      },
      request(),
      { signal: AbortSignal.abort() },
    );
    const error: unknown = await result.catch((e: unknown) => e);
    expect(isAbortError(error)).toBe(true);
    expect(created).toBe(false);
  });

  it('rejects when no worker can be started', async () => {
    const result = buildExportWith(() => {
      throw new Error('Worker is not defined');
    }, request());
    await expect(result).rejects.toThrow('Worker is not defined');
  });
});
