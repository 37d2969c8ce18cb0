import { describe, expect, it } from 'vitest';
import { compareWithServer, comparisonToWire, parseUidlListing } from '../compare/index';
import { listingText, sampleComparison } from '../compare/testing';
import { decodeUidlHistory } from '../decoder/index';
import { compareWith } from './compareClient';
import type { CompareWorkerRequest, CompareWorkerResponse } from './compareProtocol';
import { isAbortError } from './port';
import { FakeWorker } from './testing/fakeWorker';

class CompareFake extends FakeWorker<CompareWorkerRequest, CompareWorkerResponse> {
  /** Answers as the comparison worker does, from what it was sent. */
  compare(): void {
    const { bytes, listingText: text } = this.sent[0]!.message;
    const comparison = compareWithServer(decodeUidlHistory(bytes), parseUidlListing(text));
    this.answer({ type: 'compared', comparison: comparisonToWire(comparison) });
  }
}

const { bytes } = sampleComparison();

describe('compareWith', () => {
  it('posts a copy of the bytes with the listing, and resolves with the comparison over the text', async () => {
    const worker = new CompareFake();
    const result = compareWith(() => worker, bytes, listingText);
    const [sent] = worker.sent;
    expect(sent?.message).toEqual({ type: 'compare', bytes, listingText });
    expect(sent?.message.bytes).not.toBe(bytes);
    expect(sent?.transfer).toEqual([sent?.message.bytes.buffer]);
    worker.compare();
    const comparison = await result;
    expect(comparison.counts).toEqual({ fetched: 1, deleted: 1, new: 2, gone: 2 });
    expect([...comparison.messages].map((m) => `${m.number} ${m.uid} ${m.verdict}`)).toEqual([
      '1 kept-1 fetched',
      '2 del-2 deleted',
      '3 brand-new new',
      '4 case-4 new',
    ]);
    expect(comparison.messages.listing.text).toBe(listingText);
    expect(worker.terminated).toBe(true);
  });

  it('rejects with the worker’s message when it fails', async () => {
    const worker = new CompareFake();
    const result = compareWith(() => worker, bytes, listingText);
    worker.answer({ type: 'failed', message: 'Invalid array length' });
    await expect(result).rejects.toThrow('Invalid array length');
    expect(worker.terminated).toBe(true);
  });

  it('terminates the worker when cancelled', async () => {
    const worker = new CompareFake();
    const controller = new AbortController();
    const result = compareWith(() => worker, bytes, listingText, { signal: controller.signal });
    controller.abort();
    const error: unknown = await result.catch((e: unknown) => e);
    expect(isAbortError(error)).toBe(true);
    expect((error as Error).message).toBe('The comparison was cancelled.');
    expect(worker.terminated).toBe(true);
  });
});
