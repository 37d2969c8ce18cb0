import type { BadListingLine } from '../../compare/index';

/** Enough to see what is wrong with a listing; the rest are counted. */
const SHOWN = 100;

/** The listing lines that were not `n uid`, with their line numbers and why. */
export function BadListingLines({ badLines }: { badLines: BadListingLine[] }) {
  if (badLines.length === 0) return null;
  const hidden = badLines.length - SHOWN;
  return (
    <details className="compare__bad" open>
      <summary>
        {badLines.length === 1 ? '1 line' : `${badLines.length} lines`} of the listing skipped
      </summary>
      <ol className="compare__bad-list" aria-label="Skipped listing lines">
        {badLines.slice(0, SHOWN).map((bad) => (
          <li key={bad.line}>
            <span className="compare__bad-line">Line {bad.line}</span>{' '}
            <code className="compare__uid">{bad.text}</code>: {bad.reason}
          </li>
        ))}
      </ol>
      {hidden > 0 && <p className="compare__hint">and {hidden} more.</p>}
    </details>
  );
}
