/** Stand-ins for the edit worker, for the tests of the views that build an edited history. */
import type { EditResult, WorkingCopy } from '../../edit/index';
import { buildEditedWith } from '../../worker/editClient';
import { EditFake } from '../../worker/testing/editFake';

export type { EditFake };

/**
 * Builds edited histories through the page's real worker client, each in a fresh
 * `EditFake` the test answers by hand; `workers` lists them, oldest first.
 */
export function fakeEditWorkers(): {
  build: (copy: WorkingCopy, signal: AbortSignal) => Promise<EditResult>;
  workers: EditFake[];
} {
  const workers: EditFake[] = [];
  const build = (copy: WorkingCopy, signal: AbortSignal) =>
    buildEditedWith(
      () => {
        const worker = new EditFake();
        workers.push(worker);
        return worker;
      },
      copy,
      { signal },
    );
  return { build, workers };
}
