import { useId, useMemo, useState } from 'react';
import { groupDigits } from '../../shared/format';
import type { SelectHandler } from '../../shared/selection';
import type { DecodedHistory } from '../../decoder/model';
import { tagRange } from '../../decoder/tagView';
import { BadListingLines } from './BadListingLines';
import { ComparisonList } from './ComparisonList';
import { comparisonRows, type CompareFilter } from './comparisonRows';
import { ListingInput } from './ListingInput';
import type { ServerComparisonState } from './useServerComparison';
import { VerdictFilters } from './VerdictFilters';
import '../../shared/fields/fieldChips.css';
import './compare.css';

/**
 * Holds the history against the server's UIDL listing: why Outlook downloads a message
 * again, or never. The listing text and the comparison come from `useServerComparison`,
 * held by the page so the export menu can include the comparison.
 */
export function ComparePanel(props: {
  history: DecodedHistory | null;
  compare: ServerComparisonState;
  onSelect: SelectHandler;
}) {
  const { history, compare, onSelect } = props;
  const { comparison, listingText, origin, pending } = compare;
  const titleId = useId();
  // Until the person picks one, the list shows the new messages when there are any: the
  // ones the tag table cannot show, since the history has no record of them.
  const [chosenFilter, setFilter] = useState<CompareFilter | null>(null);
  const filter: CompareFilter =
    chosenFilter ?? (comparison && comparison.counts.new > 0 ? 'new' : 'all');
  // A pasted, dropped or opened listing folds its box to one line at once, so the
  // verdicts get the room and a long text is never laid out; typing keeps it open.
  const [folded, setFolded] = useState(origin.how !== 'typed');
  const [seenSerial, setSeenSerial] = useState(origin.serial);
  if (seenSerial !== origin.serial) {
    setSeenSerial(origin.serial);
    if (origin.how !== 'typed') setFolded(true);
  }
  const hasText = listingText.trim() !== '';
  const showFolded = folded && hasText;
  const rows = useMemo(
    () => (history && comparison ? comparisonRows(history, comparison, filter) : null),
    [history, comparison, filter],
  );
  const pickTag = (tag: number): void => {
    if (!history || tag >= history.tags.length) return;
    onSelect(tagRange(history, tag));
  };
  const lineCount = (n: number) => `${groupDigits(n)} ${n === 1 ? 'line' : 'lines'}`;

  return (
    <section className="compare pane" aria-labelledby={titleId}>
      <h2 id={titleId} className="pane__title">
        Compare with server
      </h2>
      <details className="compare__rules">
        <summary className="compare__rule">
          Matching is exact on the decoded UID (the server&apos;s form).
        </summary>
        <p className="compare__hint">
          A server message whose latest history record is a <em>delete</em> or a{' '}
          <em>get-and-delete</em> is <strong>deleted</strong>: recorded as deleted, yet the server
          still has it, whatever get came before. <strong>Fetched</strong> is a latest record that
          is a get. <strong>New</strong>: no record, Outlook will download it. <strong>Gone</strong>
          : history entries the server no longer lists.
        </p>
      </details>
      {showFolded ? (
        <div className="compare__summary">
          <span className="compare__summary-text">
            {origin.fileName === null ? 'Listing' : `Listing from ${origin.fileName}`}:{' '}
            {comparison ? (
              <>
                {groupDigits(comparison.messages.length)} server{' '}
                {comparison.messages.length === 1 ? 'message' : 'messages'}
                {comparison.badLineCount > 0 && `, ${lineCount(comparison.badLineCount)} skipped`}
              </>
            ) : (
              'being compared'
            )}
          </span>
          <button type="button" className="button--small" onClick={() => setFolded(false)}>
            Edit listing
          </button>
        </div>
      ) : (
        <>
          <ListingInput listingText={listingText} onListingTextChange={compare.setListingText} />
          {hasText && (
            <div className="compare__summary">
              <button type="button" className="button--small" onClick={() => setFolded(true)}>
                Done
              </button>
            </div>
          )}
        </>
      )}
      {pending && history && (
        <p className="compare__hint compare__running" role="status">
          Comparing…{' '}
          <button type="button" className="button--small" onClick={compare.cancel}>
            Cancel
          </button>
        </p>
      )}
      {compare.cancelled && (
        <p className="compare__hint" role="status">
          The comparison was cancelled.{' '}
          <button type="button" className="button--small" onClick={compare.retry}>
            Compare
          </button>
        </p>
      )}
      {compare.error !== null && (
        <p className="compare__hint compare__error" role="alert">
          The comparison failed: {compare.error}{' '}
          <button type="button" className="button--small" onClick={compare.retry}>
            Try again
          </button>
        </p>
      )}
      {!history && listingText.trim() !== '' && (
        <p className="compare__hint">Open a history to compare it with this listing.</p>
      )}
      {comparison && (
        <>
          <BadListingLines badLines={comparison.badLines} count={comparison.badLineCount} />
          {comparison.messages.length === 0 ? (
            <p className="compare__hint">The listing names no server messages.</p>
          ) : null}
          <VerdictFilters comparison={comparison} filter={filter} onFilterChange={setFilter} />
          {rows && rows.length > 0 ? (
            <ComparisonList rows={rows} onPickTag={pickTag} />
          ) : (
            <p className="compare__hint">No rows for this filter.</p>
          )}
        </>
      )}
    </section>
  );
}
