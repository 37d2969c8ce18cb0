import { MAX_NEAR_MISSES } from '../../compare/compare';
import { groupDigits } from '../../shared/format';
import type { ServerComparison, TagVerdict } from '../../compare/index';
import { VERDICT_FILTERS, nearMissMessageCount, type CompareFilter } from './comparisonRows';

export const VERDICT_TEXT: Record<TagVerdict, { label: string; hint: string }> = {
  fetched: { label: 'Fetched', hint: 'already downloaded' },
  deleted: { label: 'Deleted', hint: 'recorded as deleted, still on the server' },
  new: { label: 'New', hint: 'Outlook will download it' },
  gone: { label: 'Gone', hint: 'history entries no longer on the server' },
};

/**
 * One toggle per verdict with its count, and one for the near misses. Pressing the
 * active one again shows every row.
 */
export function VerdictFilters(props: {
  comparison: ServerComparison;
  filter: CompareFilter;
  onFilterChange: (filter: CompareFilter) => void;
}) {
  const { comparison, filter, onFilterChange } = props;
  const toggle = (next: CompareFilter) => onFilterChange(filter === next ? 'all' : next);
  const nearMisses = nearMissMessageCount(comparison);
  const capped = comparison.nearMisses.length >= MAX_NEAR_MISSES;
  return (
    <div className="compare__filters" role="group" aria-label="Show rows">
      <button
        type="button"
        className="compare__filter"
        aria-pressed={filter === 'all'}
        onClick={() => onFilterChange('all')}
      >
        <span className="compare__filter-label">All</span>
      </button>
      {VERDICT_FILTERS.map((verdict) => (
        <button
          key={verdict}
          type="button"
          className={`compare__filter compare__filter--${verdict}`}
          aria-pressed={filter === verdict}
          title={VERDICT_TEXT[verdict].hint}
          data-verdict={verdict}
          onClick={() => toggle(verdict)}
        >
          <span className="compare__filter-label">{VERDICT_TEXT[verdict].label}</span>{' '}
          <span className="compare__filter-count">{groupDigits(comparison.counts[verdict])}</span>
        </button>
      ))}
      <button
        type="button"
        className="compare__filter compare__filter--near-miss"
        aria-pressed={filter === 'near-miss'}
        data-verdict="near-miss"
        title="same UID but for case or whitespace"
        onClick={() => toggle('near-miss')}
      >
        <span className="compare__filter-label">Near misses</span>{' '}
        <span className="compare__filter-count">
          {groupDigits(nearMisses)}
          {capped ? '+' : ''}
        </span>
      </button>
    </div>
  );
}
