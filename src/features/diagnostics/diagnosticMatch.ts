import type { Selection } from '../../shared/selection';
import type { Diagnostic } from '../../decoder/model';

/** A diagnostic is selected when the selection is exactly its range and tag. */
export function isSelectedDiagnostic(diagnostic: Diagnostic, selection: Selection | null): boolean {
  return (
    selection !== null &&
    diagnostic.start === selection.start &&
    diagnostic.end === selection.end &&
    diagnostic.tag === selection.tag
  );
}

/** Index of the first diagnostic the selection is exactly, or -1. */
export function selectedDiagnosticIndex(
  diagnostics: readonly Diagnostic[],
  selection: Selection | null,
): number {
  if (selection === null) return -1;
  return diagnostics.findIndex((diagnostic) => isSelectedDiagnostic(diagnostic, selection));
}

/** The selection a diagnostic makes when it is chosen: its own range and tag. */
export function selectionOf(diagnostic: Diagnostic): Selection {
  return { start: diagnostic.start, end: diagnostic.end, tag: diagnostic.tag };
}
