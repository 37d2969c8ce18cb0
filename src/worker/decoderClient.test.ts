import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DecodeSource, WorkerRequest, WorkerResponse } from './protocol';
import {
  createDecoderClient,
  DecoderLostError,
  DecoderUnavailableError,
  isAbortError,
  type DecoderWorker,
} from './decoderClient';
import { openedBlob } from './testing/openedBlob';

/** Stands in for the worker: records what it is sent and answers when told to. */
class FakeWorker implements DecoderWorker {
  sent: WorkerRequest[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent<WorkerResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: ((event: MessageEvent) => void) | null = null;
  postMessage(message: WorkerRequest): void {
    this.sent.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  answer(response: WorkerResponse): void {
    this.onmessage?.({ data: response } as MessageEvent<WorkerResponse>);
  }
  crash(message: string): void {
    let prevented = false;
    const event = { message, preventDefault: () => (prevented = true) };
    this.onerror?.(event as unknown as ErrorEvent);
    if (!prevented) throw new Error('the crash was left to the browser');
  }
  lastId(): number {
    return this.sent.at(-1)!.id;
  }
}

const source: DecodeSource = { kind: 'text', text: '03 00 00 00', name: 'pasted hex text' };

const blob = (name: string) => openedBlob({ name });

function setup(watchMs?: number) {
  const workers: FakeWorker[] = [];
  const client = createDecoderClient(() => {
    const worker = new FakeWorker();
    workers.push(worker);
    return worker;
  }, watchMs);
  return { client, workers };
}

describe('decoder client', () => {
  it('resolves with the blob the worker sends for its request, after its progress', async () => {
    const { client, workers } = setup();
    const fractions: (number | null)[] = [];
    const result = client.decode(source, { onProgress: (p) => fractions.push(p.fraction) });
    const worker = workers[0]!;
    expect(worker.sent).toEqual([{ type: 'decode', id: worker.lastId(), source }]);
    worker.answer({
      type: 'progress',
      id: worker.lastId(),
      progress: { phase: 'decoding', fraction: 0.5 },
    });
    worker.answer({ type: 'opened', id: worker.lastId(), blob: blob('a.bin') });
    await expect(result).resolves.toMatchObject({ name: 'a.bin' });
    expect(fractions).toEqual([0.5]);
  });

  it('reuses one worker for requests that follow each other', async () => {
    const { client, workers } = setup();
    const first = client.decode(source);
    workers[0]!.answer({ type: 'opened', id: workers[0]!.lastId(), blob: blob('a.bin') });
    await first;
    const second = client.decode(source);
    workers[0]!.answer({ type: 'opened', id: workers[0]!.lastId(), blob: blob('b.bin') });
    await expect(second).resolves.toMatchObject({ name: 'b.bin' });
    expect(workers).toHaveLength(1);
  });

  it('ignores an answer to an older request', async () => {
    const { client, workers } = setup();
    const first = client.decode(source);
    const oldId = workers[0]!.lastId();
    const second = client.decode(source);
    await expect(first).rejects.toSatisfy(isAbortError);
    const worker = workers.at(-1)!;
    worker.answer({ type: 'opened', id: oldId, blob: blob('old.bin') });
    worker.answer({ type: 'opened', id: worker.lastId(), blob: blob('new.bin') });
    await expect(second).resolves.toMatchObject({ name: 'new.bin' });
  });

  it('terminates a busy worker when a newer request comes, and starts a fresh one', () => {
    const { client, workers } = setup();
    void client.decode(source).catch(() => undefined);
    void client.decode(source).catch(() => undefined);
    expect(workers).toHaveLength(2);
    expect(workers[0]!.terminated).toBe(true);
    expect(workers[1]!.terminated).toBe(false);
  });

  it('cancels by terminating the worker', async () => {
    const { client, workers } = setup();
    const controller = new AbortController();
    const result = client.decode(source, { signal: controller.signal });
    controller.abort();
    await expect(result).rejects.toSatisfy(isAbortError);
    expect(workers[0]!.terminated).toBe(true);
  });

  it('rejects with DecoderLostError when the worker dies during a request, and recovers after', async () => {
    const { client, workers } = setup();
    const result = client.decode(source);
    workers[0]!.crash('out of memory');
    await expect(result).rejects.toBeInstanceOf(DecoderLostError);
    await expect(result).rejects.toThrow('out of memory');
    const again = client.decode(source);
    const fresh = workers[1]!;
    fresh.answer({ type: 'opened', id: fresh.lastId(), blob: blob('again.bin') });
    await expect(again).resolves.toMatchObject({ name: 'again.bin' });
  });

  it('tells listeners when an idle worker dies', () => {
    const { client, workers } = setup();
    const lost: string[] = [];
    client.onLost((message) => lost.push(message));
    client.warmUp();
    workers[0]!.crash('boom');
    expect(lost).toEqual(['boom']);
  });

  it('passes on a read failure as an ordinary error', async () => {
    const { client, workers } = setup();
    const result = client.decode(source);
    workers[0]!.answer({ type: 'failed', id: workers[0]!.lastId(), message: 'could not be read' });
    await expect(result).rejects.toThrow('could not be read');
    await expect(result).rejects.not.toBeInstanceOf(DecoderLostError);
  });

  describe('watching the worker', () => {
    afterEach(() => {
      vi.useRealTimers();
    });

    it('gives up on a worker that sends nothing for the watch time, and starts afresh', async () => {
      vi.useFakeTimers();
      const { client, workers } = setup(1000);
      const result = client.decode(source);
      const silent = workers[0]!;
      vi.advanceTimersByTime(600);
      silent.answer({
        type: 'progress',
        id: silent.lastId(),
        progress: { phase: 'decoding', fraction: 0.5 },
      });
      // Progress re-arms the watch: 600 ms after it the request is still waiting.
      vi.advanceTimersByTime(600);
      let settled = false;
      void result.catch(() => (settled = true));
      await Promise.resolve();
      expect(settled).toBe(false);
      vi.advanceTimersByTime(500);
      await expect(result).rejects.toBeInstanceOf(DecoderLostError);
      await expect(result).rejects.toThrow('gave no sign of life');
      expect(silent.terminated).toBe(true);
      const again = client.decode(source);
      const fresh = workers[1]!;
      fresh.answer({ type: 'opened', id: fresh.lastId(), blob: blob('again.bin') });
      await expect(again).resolves.toMatchObject({ name: 'again.bin' });
    });

    it('does not watch an idle worker', () => {
      vi.useFakeTimers();
      const { client, workers } = setup(1000);
      const lost: string[] = [];
      client.onLost((message) => lost.push(message));
      client.warmUp();
      vi.advanceTimersByTime(10_000);
      expect(lost).toEqual([]);
      expect(workers[0]!.terminated).toBe(false);
    });
  });

  it('says why when no worker can be started, and rejects requests with DecoderUnavailableError', async () => {
    const client = createDecoderClient(() => {
      throw new Error('workers are blocked');
    });
    expect(client.warmUp()).toBe('workers are blocked');
    const result = client.decode(source);
    await expect(result).rejects.toBeInstanceOf(DecoderUnavailableError);
    await expect(result).rejects.toThrow('workers are blocked');
  });
});
