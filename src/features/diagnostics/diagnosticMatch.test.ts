import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../decoder/model';
import { selectedDiagnosticIndex, selectionOf } from './diagnosticMatch';

const diagnostic = (start: number, end: number, tag: number | null): Diagnostic => ({
  code: 'bad-escape',
  severity: 'error',
  message: '',
  start,
  end,
  tag,
});

describe('diagnostic selection', () => {
  const list = [
    diagnostic(0, 2, null),
    diagnostic(10, 13, 1),
    diagnostic(10, 13, 1),
    diagnostic(20, 23, 2),
  ];

  it('finds the first diagnostic that is exactly the selection', () => {
    expect(selectedDiagnosticIndex(list, selectionOf(list[3]!))).toBe(3);
    expect(selectedDiagnosticIndex(list, { start: 10, end: 13, tag: 1 })).toBe(1);
  });

  it('finds none for a selection that only overlaps one, or for no selection', () => {
    expect(selectedDiagnosticIndex(list, { start: 10, end: 14, tag: 1 })).toBe(-1);
    expect(selectedDiagnosticIndex(list, { start: 0, end: 2, tag: 0 })).toBe(-1);
    expect(selectedDiagnosticIndex(list, null)).toBe(-1);
  });
});
