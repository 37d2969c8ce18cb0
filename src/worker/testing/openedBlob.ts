/** The smallest opened blob, a bare version-3 header, for the state and client tests. */
import type { OpenedBlob } from '../../worker/protocol';

export const openedBlob = (overrides: Partial<OpenedBlob> = {}): OpenedBlob => ({
  name: 'a.bin',
  sourceSize: 4,
  bytes: new Uint8Array([3, 0, 0, 0]),
  history: null,
  sourceNote: null,
  problem: null,
  isExample: false,
  truncated: false,
  msg: null,
  store: null,
  sha256: null,
  sourceSha256: null,
  ...overrides,
});
