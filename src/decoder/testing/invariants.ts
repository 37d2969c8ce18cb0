import { codesOfBits } from '../diagnostics';
import type { ByteRange, DecodedHistory } from '../model';
import { tagAt } from '../tagView';

/**
 * Everything that must hold of any decoded history, whatever the bytes were. Returns
 * the broken rules (empty when all hold) so a property test can show what broke.
 */
export function brokenInvariants(history: DecodedHistory, byteLength: number): string[] {
  const broken: string[] = [];
  const check = (ok: boolean, rule: string): void => {
    if (!ok) broken.push(rule);
  };
  check(history.byteLength === byteLength, 'byteLength is the input length');

  // Header fields, tags and unclaimed ranges tile the file: no gap, no overlap.
  const pieces: ByteRange[] = [];
  if (history.version.value !== null) pieces.push(history.version);
  if (history.count.value !== null) pieces.push(history.count);
  for (let i = 0; i < history.tags.length; i++) {
    pieces.push({ start: history.tags.start[i] ?? 0, end: history.tags.end[i] ?? 0 });
  }
  pieces.push(...history.trailing);
  pieces.sort((a, b) => a.start - b.start);
  let at = 0;
  for (const piece of pieces) {
    check(piece.start === at, `a range starts at ${at} (found ${piece.start})`);
    check(piece.end > piece.start, `range at ${piece.start} is not empty`);
    at = piece.end;
  }
  check(at === byteLength, `the ranges end at the file end (${at} of ${byteLength})`);

  for (let i = 0; i < history.tags.length; i++) {
    const tag = tagAt(history, i);
    const fields = [tag.operationRange, tag.contentRange, tag.timestampRange, tag.uidRange];
    let cursor = tag.start;
    for (const field of fields) {
      check(field.start === cursor, `tag ${i}: fields follow one another`);
      check(field.end >= field.start, `tag ${i}: field ranges are ordered`);
      cursor = field.end;
    }
    check(tag.end === cursor + (tag.terminated ? 1 : 0), `tag ${i}: ends after its UID (and 0x00)`);
    check(tag.end <= byteLength, `tag ${i}: inside the file`);
    for (const escape of tag.escapes) {
      check(
        escape.start >= tag.uidRange.start && escape.end <= tag.uidRange.end,
        `tag ${i}: escape inside the UID`,
      );
      check(escape.end - escape.start === 3, `tag ${i}: an escape is 3 bytes`);
    }
    check(
      (history.tags.uidTextStart[i] ?? 0) <= (history.tags.uidTextEnd[i] ?? 0) &&
        (history.tags.uidTextEnd[i] ?? 0) <= history.text.length,
      `tag ${i}: text inside the pool`,
    );
  }

  let previous = -1;
  for (const diagnostic of history.diagnostics) {
    check(diagnostic.start >= previous, 'diagnostics are in file order');
    previous = diagnostic.start;
    check(
      diagnostic.start <= diagnostic.end && diagnostic.end <= byteLength,
      `diagnostic ${diagnostic.code} lies inside the file`,
    );
    if (diagnostic.tag !== null) {
      const bits = history.tags.diagnosticBits[diagnostic.tag] ?? 0;
      check(codesOfBits(bits).includes(diagnostic.code), `tag bits include ${diagnostic.code}`);
    }
  }
  const counted = Object.values(history.diagnosticCounts).reduce((sum, n) => sum + n, 0);
  check(
    counted === history.diagnostics.length + history.diagnosticsOmitted,
    'counts add up to kept plus omitted',
  );
  return broken;
}
