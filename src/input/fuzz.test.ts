import { describe, expect, it } from 'vitest';
import { runFuzz } from './testing/fuzz';

describe('fuzzing every input path', () => {
  it('2,000 seeded inputs: nothing throws, every history keeps its invariants', async () => {
    const report = await runFuzz({ seed: 20_261_201, count: 2000 });
    const failures = report.failures.map(({ index, path, problems }) => ({
      index,
      path,
      problems,
    }));
    expect(failures).toEqual([]);
    expect(report.inputs).toBe(2000);
    expect(Object.keys(report.perPath).sort()).toEqual([
      'base64',
      'hex',
      'hex-round-trip',
      'msg',
      'pst',
      'raw',
    ]);
  }, 120_000);
});
