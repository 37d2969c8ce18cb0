import { groupDigits } from '../../shared/format';
import type { BadListingLine } from '../../compare/index';

/** Enough to see what is wrong with a listing; the rest are counted. */
const SHOWN = 100;

/** The listing lines that were not `n uid`, with their line numbers and why. */
export function BadListingLines(props: {
  /** The first bad lines of the listing. */
  badLines: BadListingLine[];
  /** How many bad lines there are in all. */
  count: number;
}) {
  const { badLines, count } = props;
  if (count === 0) return null;
  const hidden = count - Math.min(SHOWN, badLines.length);
  return (
    <details className="compare__bad" open>
      <summary>
        {count === 1 ? '1 line' : `${groupDigits(count)} lines`} of the listing skipped
      </summary>
      <ol className="compare__bad-list" aria-label="Skipped listing lines">
        {badLines.slice(0, SHOWN).map((bad) => (
          <li key={bad.line}>
            <span className="compare__bad-line">Line {bad.line}</span>{' '}
            <code className="compare__uid">{bad.text}</code>: {bad.reason}
          </li>
        ))}
      </ol>
      {hidden > 0 && <p className="compare__hint">and {groupDigits(hidden)} more.</p>}
    </details>
  );
}
