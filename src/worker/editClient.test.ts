import { describe, expect, it } from 'vitest';
import { encodeUidlHistory } from '../decoder/index';
import { bodyTag } from '../decoder/testing/bodyTag';
import { createWorkingCopy } from '../edit/index';
import { buildEditedWith } from './editClient';
import { isAbortError } from './port';
import { EditFake } from './testing/editFake';

const bytes = encodeUidlHistory({ tags: [bodyTag('get', 'a-1'), bodyTag('get', 'b-2')] });
const copy = createWorkingCopy(bytes).apply({ kind: 'forget', tags: [0] });

describe('buildEditedWith', () => {
  it('posts a copy of the opened bytes with the edits, and resolves with the result', async () => {
    const worker = new EditFake();
    const result = buildEditedWith(() => worker, copy);
    const [sent] = worker.sent;
    expect(sent?.message).toEqual({ type: 'build', bytes, edits: copy.edits });
    expect(sent?.message.bytes).not.toBe(bytes);
    expect(sent?.transfer).toEqual([sent?.message.bytes.buffer]);
    worker.build();
    const built = await result;
    expect(built.bytes).toEqual(encodeUidlHistory({ tags: [bodyTag('get', 'b-2')] }));
    expect(built.valid).toBe(true);
    expect(worker.terminated).toBe(true);
  });

  it('rejects with the worker’s message when it fails', async () => {
    const worker = new EditFake();
    const result = buildEditedWith(() => worker, copy);
    worker.answer({ type: 'failed', message: 'Invalid array length' });
    await expect(result).rejects.toThrow('Invalid array length');
    expect(worker.terminated).toBe(true);
  });

  it('rejects when the worker dies', async () => {
    const worker = new EditFake();
    const result = buildEditedWith(() => worker, copy);
    worker.onerror?.({ message: '', preventDefault: () => undefined } as unknown as ErrorEvent);
    await expect(result).rejects.toThrow(
      'The worker checking the edited history stopped unexpectedly.',
    );
  });

  it('terminates the worker when cancelled', async () => {
    const worker = new EditFake();
    const controller = new AbortController();
    const result = buildEditedWith(() => worker, copy, { signal: controller.signal });
    controller.abort();
    const error: unknown = await result.catch((e: unknown) => e);
    expect(isAbortError(error)).toBe(true);
    expect((error as Error).message).toBe('Checking the edited history was cancelled.');
    expect(worker.terminated).toBe(true);
  });
});
