import { describe, expect, it } from 'vitest';
import { escapeEnd, firstEscapeEndingAfter } from './columns';
import { decodeUidlHistory } from './decode';
import { workedExampleBytes } from './testing/workedExample';

describe('escape ranges', () => {
  const history = decodeUidlHistory(workedExampleBytes());
  const { escapes } = history;

  it('end just after the second hex digit of each `$XX`', () => {
    for (let j = 0; j < escapes.length; j++) {
      const start = escapes.start[j]!;
      expect(history.bytes[start]).toBe(0x24);
      expect(escapeEnd(escapes, j)).toBe(start + 3);
    }
  });

  it('are found by the first whose bytes end past an offset', () => {
    const linear = (offset: number) => {
      let j = 0;
      while (j < escapes.length && escapeEnd(escapes, j) <= offset) j++;
      return j;
    };
    for (let offset = 0; offset <= history.bytes.length; offset++)
      expect(firstEscapeEndingAfter(escapes, offset)).toBe(linear(offset));
  });
});
