import { hexOffset } from './hex';
import { DIAGNOSTIC_CODES } from './model';
import type { Diagnostic, DiagnosticCode, Severity } from './model';

export const DEFAULT_MAX_DIAGNOSTICS = 1000;

export const SEVERITY: Readonly<Record<DiagnosticCode, Severity>> = {
  'too-short': 'error',
  'bad-version': 'error',
  'count-mismatch': 'error',
  'trailing-bytes': 'warning',
  'unterminated-tag': 'error',
  'tag-too-short': 'error',
  'bad-operation': 'error',
  'bad-content': 'error',
  'bad-timestamp': 'error',
  'bad-escape': 'error',
  'unescaped-char': 'warning',
  'needless-escape': 'info',
  'uid-empty': 'error',
  'uid-too-long': 'warning',
  'uid-bad-char': 'warning',
  'bad-utf8': 'error',
  'duplicate-uid': 'warning',
};

/** The bit of `TagColumns.diagnosticBits` for each code. */
export const DIAGNOSTIC_BIT = Object.fromEntries(
  DIAGNOSTIC_CODES.map((code, i) => [code, 1 << i]),
) as Readonly<Record<DiagnosticCode, number>>;

/** Diagnostics found per severity, those left out of the capped list included. */
export function severityCounts(
  diagnosticCounts: Partial<Record<DiagnosticCode, number>>,
): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const code of DIAGNOSTIC_CODES) counts[SEVERITY[code]] += diagnosticCounts[code] ?? 0;
  return counts;
}

/** Codes whose bits are set in `bits`, in DIAGNOSTIC_CODES order. */
export function codesOfBits(bits: number): DiagnosticCode[] {
  return DIAGNOSTIC_CODES.filter((_, i) => (bits & (1 << i)) !== 0);
}

/** "0x0041 (65)": the way every message names an offset. */
export function offsetText(offset: number): string {
  return `${hexOffset(offset)} (${offset})`;
}

/** "Byte 0x0041 (65)" or "The 3 bytes at 0x0041 (65)" or "At 0x0041 (65)" for an empty range. */
export function placeText(start: number, end: number): string {
  const size = end - start;
  if (size === 1) return `Byte ${offsetText(start)}`;
  if (size === 0) return `At ${offsetText(start)}`;
  return `The ${size} bytes at ${offsetText(start)}`;
}

/**
 * Collects diagnostics up to a cap. Messages are passed as functions so that nothing is
 * formatted for the diagnostics past the cap (a huge non-BLOB input yields millions).
 */
export class DiagnosticLog {
  private readonly max: number;
  private readonly kept: Diagnostic[] = [];
  private omitted = 0;
  readonly counts: Partial<Record<DiagnosticCode, number>> = {};

  constructor(max: number) {
    this.max = Math.max(0, Math.floor(max));
  }

  /** Records one diagnostic; returns its bit for the tag's `diagnosticBits`. */
  report(
    code: DiagnosticCode,
    start: number,
    end: number,
    tag: number | null,
    message: () => string,
  ): number {
    this.counts[code] = (this.counts[code] ?? 0) + 1;
    // File-level diagnostics are few and always kept until the final cut, so one found
    // late (count-mismatch) is not crowded out by the tag-level ones before it.
    if (tag === null || this.kept.length < this.max) {
      this.kept.push({ code, severity: SEVERITY[code], start, end, message: message(), tag });
    } else {
      this.omitted += 1;
    }
    return DIAGNOSTIC_BIT[code];
  }

  /** In file order: by start, file-level first, then in the order found. */
  finish(): { diagnostics: Diagnostic[]; diagnosticsOmitted: number } {
    const sorted = this.kept
      .map((diagnostic, order) => ({ diagnostic, order }))
      .sort(
        (a, b) =>
          a.diagnostic.start - b.diagnostic.start ||
          (a.diagnostic.tag === null ? 0 : 1) - (b.diagnostic.tag === null ? 0 : 1) ||
          a.order - b.order,
      )
      .map((entry) => entry.diagnostic);
    const cut = Math.max(0, sorted.length - this.max);
    return { diagnostics: sorted.slice(0, this.max), diagnosticsOmitted: this.omitted + cut };
  }
}
