import { useId, useMemo, useState } from 'react';
import type { SelectHandler } from '../../shared/selection';
import type { ServerComparison } from '../../compare/index';
import type { DecodedHistory } from '../../decoder/model';
import { tagRange } from '../../decoder/tagView';
import { BadListingLines } from './BadListingLines';
import { ComparisonList } from './ComparisonList';
import { comparisonRows, type CompareFilter } from './comparisonRows';
import { ListingInput } from './ListingInput';
import { VerdictFilters } from './VerdictFilters';
import './compare.css';

/**
 * Holds the history against the server's UIDL listing: why Outlook downloads a message
 * again, or never. The listing text and the comparison come from `useServerComparison`,
 * held by the page so the export menu can include the comparison.
 */
export function ComparePanel(props: {
  history: DecodedHistory | null;
  comparison: ServerComparison | null;
  listingText: string;
  onListingTextChange: (text: string) => void;
  onSelect: SelectHandler;
  /** The comparison shown lags behind the text (a large listing is compared when typing pauses). */
  pending?: boolean;
}) {
  const { history, comparison, listingText, onListingTextChange, onSelect, pending } = props;
  const titleId = useId();
  const [filter, setFilter] = useState<CompareFilter>('all');
  const rows = useMemo(
    () => (history && comparison ? comparisonRows(history, comparison, filter) : []),
    [history, comparison, filter],
  );
  const pickTag = (tag: number): void => {
    if (!history || tag >= history.tags.length) return;
    onSelect(tagRange(history, tag));
  };

  return (
    <section className="compare pane" aria-labelledby={titleId}>
      <h2 id={titleId} className="pane__title">
        Compare with server
      </h2>
      <p className="compare__rule">
        Matching is exact on the decoded UID (the server&apos;s form).
      </p>
      <ListingInput listingText={listingText} onListingTextChange={onListingTextChange} />
      {pending && (
        <p className="compare__hint" role="status">
          Comparing…
        </p>
      )}
      {!history && listingText.trim() !== '' && (
        <p className="compare__hint">Open a history to compare it with this listing.</p>
      )}
      {comparison && (
        <>
          <BadListingLines badLines={comparison.badLines} />
          {comparison.messages.length === 0 ? (
            <p className="compare__hint">The listing names no server messages.</p>
          ) : null}
          <VerdictFilters comparison={comparison} filter={filter} onFilterChange={setFilter} />
          {rows.length > 0 ? (
            <ComparisonList rows={rows} onPickTag={pickTag} />
          ) : (
            <p className="compare__hint">No rows for this filter.</p>
          )}
        </>
      )}
    </section>
  );
}
