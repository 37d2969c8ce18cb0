import { describe, expect, it } from 'vitest';
import { daysInMonth, timestampProblem } from './timestamp';

const problem = (digits: string): string | null =>
  timestampProblem(new Uint8Array([0, ...Array.from(digits, (c) => c.charCodeAt(0))]), 1);

describe('timestampProblem', () => {
  it('accepts real dates and times, leap days included', () => {
    for (const digits of ['20120906131138', '20240229235959', '20000229000000', '19991231235959']) {
      expect(problem(digits), digits).toBeNull();
    }
  });

  it('names what is impossible', () => {
    expect(problem('2024O712083015')).toBe("has 'O' at 0x0005 (5) where a digit belongs");
    expect(problem('20241301083015')).toBe('has month 13; months run from 01 to 12');
    expect(problem('20240001083015')).toBe('has month 0; months run from 01 to 12');
    expect(problem('20230230083015')).toBe('has day 30, but February 2023 has days 01 to 28');
    expect(problem('19000229083015')).toMatch(/February 1900 has days 01 to 28/);
    expect(problem('20240431083015')).toMatch(/April 2024 has days 01 to 30/);
    expect(problem('20240712240000')).toBe('has hour 24; hours run from 00 to 23');
    expect(problem('20240712236000')).toBe('has minute 60; minutes run from 00 to 59');
    expect(problem('20240712235960')).toBe('has second 60; seconds run from 00 to 59');
  });

  it('counts leap years the Gregorian way', () => {
    expect([2023, 2024, 1900, 2000, 2100].map((year) => daysInMonth(year, 2))).toEqual([
      28, 29, 28, 29, 28,
    ]);
  });
});
