import { formatSeconds } from '../../export/recordedTime';
import type { TimeRange } from '../../export/timeline';

/** The timeline's filter on the table, named in full and removable. */
export function TimeRangeChip({ range, onClear }: { range: TimeRange; onClear?: () => void }) {
  // Times are whole seconds, so the last second in [start, end) is end − 1.
  const text = `${formatSeconds(range.start)} to ${formatSeconds(range.end - 1)}`;
  return (
    <div className="tag-table__chips">
      <span className="filter-chip" data-testid="time-filter">
        <span>
          Time: <span data-testid="time-filter-range">{text}</span>
        </span>
        {onClear && (
          <button
            type="button"
            className="filter-chip__remove"
            onClick={onClear}
            aria-label="Remove the time filter"
          >
            ×
          </button>
        )}
      </span>
    </div>
  );
}
