import { tagMessage } from './messages';
import { DIAGNOSTIC_CODES } from './model';
import type { Diagnostic, DiagnosticCode, Severity } from './model';

export { offsetText, placeText } from './place';

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
  'escapes-not-listed': 'warning',
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

interface FileLevel {
  code: number;
  start: number;
  end: number;
  order: number;
  message: () => string;
}

/**
 * Collects diagnostics up to a cap: the listed ones are the first `max` in file order
 * (by start; at one offset file-level ones first, then in the order found), whatever
 * order they were found in, and every one is counted.
 *
 * Tag-level diagnostics are recorded as numbers (code, range, tag and one `detail`
 * the message needs) and their sentences are made by `tagMessage` at the end, only for
 * the listed ones: a huge non-BLOB input yields millions, and formatting them, or even
 * making a closure for each, would cost more than reading the bytes.
 */
export class DiagnosticLog {
  private readonly max: number;
  /** Per code index, every diagnostic found. */
  readonly counts = new Uint32Array(DIAGNOSTIC_CODES.length);
  private readonly fileLevel: FileLevel[] = [];
  // Tag-level candidates for the list, in the order found.
  private size = 0;
  private code = new Uint8Array(0);
  private start = new Uint32Array(0);
  private end = new Uint32Array(0);
  private tag = new Uint32Array(0);
  private detail = new Uint32Array(0);
  private order = new Uint32Array(0);
  private found = 0;
  /** Once `max` candidates are known, a diagnostic starting at or after this cannot be listed. */
  private listedBefore = Infinity;

  constructor(max: number) {
    this.max = Math.max(0, Math.floor(max));
  }

  /** Records one diagnostic of tag `tag`; returns its bit for the tag's `diagnosticBits`. */
  report(code: number, start: number, end: number, tag: number, detail: number): number {
    this.counts[code] = (this.counts[code] ?? 0) + 1;
    const order = this.found++;
    if (start < this.listedBefore && this.max > 0) {
      if (this.size === this.code.length) this.makeRoom();
      const i = this.size++;
      this.code[i] = code;
      this.start[i] = start;
      this.end[i] = end;
      this.tag[i] = tag;
      this.detail[i] = detail;
      this.order[i] = order;
    }
    return 1 << code;
  }

  /** Records a diagnostic of the whole file (few: always a candidate). */
  reportFile(code: number, start: number, end: number, message: () => string): void {
    this.counts[code] = (this.counts[code] ?? 0) + 1;
    this.fileLevel.push({ code, start, end, order: this.found++, message });
  }

  /** The listed diagnostics, in file order, with their messages; and the rest counted. */
  finish(bytes: Uint8Array): {
    diagnostics: Diagnostic[];
    diagnosticsOmitted: number;
    diagnosticCounts: Partial<Record<DiagnosticCode, number>>;
  } {
    const tagLevel = this.sortedCandidates().slice(0, this.max);
    const fileLevel = [...this.fileLevel].sort((a, b) => a.start - b.start || a.order - b.order);
    const diagnostics: Diagnostic[] = [];
    let t = 0;
    let f = 0;
    while (diagnostics.length < this.max && (t < tagLevel.length || f < fileLevel.length)) {
      const file = fileLevel[f];
      const i = tagLevel[t] ?? -1;
      if (file !== undefined && (i < 0 || file.start <= (this.start[i] ?? 0))) {
        diagnostics.push(this.diagnostic(file.code, file.start, file.end, null, file.message()));
        f += 1;
      } else {
        const start = this.start[i] ?? 0;
        const end = this.end[i] ?? 0;
        const code = this.code[i] ?? 0;
        const tag = this.tag[i] ?? 0;
        const message = tagMessage(code, bytes, start, end, tag, this.detail[i] ?? 0);
        diagnostics.push(this.diagnostic(code, start, end, tag, message));
        t += 1;
      }
    }
    const diagnosticCounts: Partial<Record<DiagnosticCode, number>> = {};
    let total = 0;
    DIAGNOSTIC_CODES.forEach((code, i) => {
      const count = this.counts[i] ?? 0;
      if (count > 0) diagnosticCounts[code] = count;
      total += count;
    });
    return { diagnostics, diagnosticsOmitted: total - diagnostics.length, diagnosticCounts };
  }

  private diagnostic(
    index: number,
    start: number,
    end: number,
    tag: number | null,
    message: string,
  ): Diagnostic {
    const code = DIAGNOSTIC_CODES[index] ?? 'too-short';
    return { code, severity: SEVERITY[code], start, end, message, tag };
  }

  /** Candidate indexes by start, then in the order found. */
  private sortedCandidates(): number[] {
    const indexes = Array.from({ length: this.size }, (_, i) => i);
    return indexes.sort(
      (a, b) =>
        (this.start[a] ?? 0) - (this.start[b] ?? 0) || (this.order[a] ?? 0) - (this.order[b] ?? 0),
    );
  }

  /**
   * Full: grows up to twice the cap, then keeps only the first `max` candidates in file
   * order and from then on takes only diagnostics that start before the last of them.
   */
  private makeRoom(): void {
    const limit = 2 * this.max;
    if (this.code.length < limit) {
      this.resize(Math.min(limit, Math.max(64, this.code.length * 2)), null);
      return;
    }
    const kept = this.sortedCandidates().slice(0, this.max);
    this.listedBefore = this.start[kept[kept.length - 1] ?? 0] ?? 0;
    this.resize(this.code.length, kept);
  }

  private resize(capacity: number, kept: number[] | null): void {
    const take = <T extends Uint8Array | Uint32Array>(column: T, next: T): T => {
      if (kept === null) next.set(column.subarray(0, this.size));
      else kept.forEach((from, to) => (next[to] = column[from] ?? 0));
      return next;
    };
    this.code = take(this.code, new Uint8Array(capacity));
    this.start = take(this.start, new Uint32Array(capacity));
    this.end = take(this.end, new Uint32Array(capacity));
    this.tag = take(this.tag, new Uint32Array(capacity));
    this.detail = take(this.detail, new Uint32Array(capacity));
    this.order = take(this.order, new Uint32Array(capacity));
    if (kept !== null) this.size = kept.length;
  }
}
