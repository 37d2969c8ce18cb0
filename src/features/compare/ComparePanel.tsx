import { useId, useMemo, useState } from 'react';
import { groupDigits } from '../../shared/format';
import type { SelectHandler } from '../../shared/selection';
import type { ServerComparison } from '../../compare/index';
import type { DecodedHistory } from '../../decoder/model';
import { tagRange } from '../../decoder/tagView';
import { BadListingLines } from './BadListingLines';
import { ComparisonList } from './ComparisonList';
import { comparisonRows, type CompareFilter } from './comparisonRows';
import { ListingInput } from './ListingInput';
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
  comparison: ServerComparison | null;
  listingText: string;
  onListingTextChange: (text: string) => void;
  onSelect: SelectHandler;
  /** The comparison shown lags behind the text (a large listing is compared when typing pauses). */
  pending?: boolean;
}) {
  const { history, comparison, listingText, onListingTextChange, onSelect, pending } = props;
  const titleId = useId();
  // Until the person picks one, the list shows the new messages when there are any: the
  // ones the tag table cannot show, since the history has no record of them.
  const [chosenFilter, setFilter] = useState<CompareFilter | null>(null);
  const filter: CompareFilter =
    chosenFilter ?? (comparison && comparison.counts.new > 0 ? 'new' : 'all');
  // Once a listing is read, its box folds to one line so the verdicts get the room.
  const [editing, setEditing] = useState(false);
  const [fileName, setFileName] = useState<string | null>(null);
  const folded = comparison !== null && !editing;
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
      {folded ? (
        <div className="compare__summary">
          <span className="compare__summary-text">
            {fileName === null ? 'Listing' : `Listing from ${fileName}`}:{' '}
            {groupDigits(comparison.messages.length)} server{' '}
            {comparison.messages.length === 1 ? 'message' : 'messages'}
            {comparison.badLines.length > 0 &&
              `, ${groupDigits(comparison.badLines.length)} ${comparison.badLines.length === 1 ? 'line' : 'lines'} skipped`}
          </span>
          <button type="button" className="button--small" onClick={() => setEditing(true)}>
            Edit listing
          </button>
        </div>
      ) : (
        <>
          <ListingInput
            listingText={listingText}
            onListingTextChange={(text, how, name) => {
              // Typing keeps the box open; a pasted, dropped or opened listing folds it.
              setEditing(how === 'typed');
              setFileName(name ?? null);
              onListingTextChange(text);
            }}
          />
          {comparison && (
            <div className="compare__summary">
              <button type="button" className="button--small" onClick={() => setEditing(false)}>
                Done
              </button>
            </div>
          )}
        </>
      )}
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
