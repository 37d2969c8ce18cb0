import { useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import type { SortingState } from '@tanstack/react-table';
import type { DecodedHistory } from '../../decoder/model';
import type { ServerComparison } from '../../compare/index';
import { tagRange } from '../../decoder/tagView';
import type { Selection, SelectHandler } from '../../shared/selection';
import { TAG_COLUMN_IDS, tagColumns } from './tagColumns';
import { tagOrder, warmUp, type SortColumn, type TagFilter, type TagSort } from './tagOrder';
export { NO_TAG_FILTER, type TagFilter } from './tagOrder';
import { groupDigits } from '../../shared/format';
import { TagGrid } from './TagGrid';
import type { PickHow } from './TagRow';
import { TagTableToolbar } from './TagTableToolbar';
import { TimeRangeChip } from './TimeRangeChip';
import type { TimeRange } from '../../export/timeline';
import './tagTable.css';

const NO_TAGS: ReadonlySet<number> = new Set();

function isSortColumn(id: string): id is SortColumn {
  return (TAG_COLUMN_IDS as readonly string[]).includes(id);
}

/**
 * The tag table. Its filter is one object held by the page (so other views can set it:
 * "show the tags with this diagnostic"); sorting is its own.
 */
export function TagTable(props: {
  history: DecodedHistory;
  bytes: Uint8Array;
  selection: Selection | null;
  onSelect: SelectHandler;
  filter: TagFilter;
  onFilterChange: (filter: TagFilter) => void;
  /** The server comparison, when a listing has been given: adds the Verdict column and filter. */
  comparison: ServerComparison | null;
  /** The timeline's time filter, shown as a chip that removes it. */
  timeRange?: TimeRange | null;
  onClearTimeRange?: () => void;
  /** Tags selected together (Ctrl/⌘- and Shift-click, Select all shown) for an edit. */
  marked?: ReadonlySet<number>;
  onMarkedChange?: (tags: ReadonlySet<number>) => void;
}) {
  const {
    history,
    bytes,
    selection,
    onSelect,
    filter,
    onFilterChange,
    comparison,
    timeRange = null,
    onClearTimeRange,
    marked = NO_TAGS,
    onMarkedChange,
  } = props;
  const [sorting, setSorting] = useState<SortingState>([]);
  // Typing stays responsive on 65,535 tags: the rows follow the deferred text.
  const search = useDeferredValue(filter.search.trim());
  const verdicts = comparison?.tagVerdicts ?? null;

  const columns = useMemo(() => tagColumns(history, bytes, verdicts), [history, bytes, verdicts]);
  useIdleWarmUp(history);
  const first = sorting[0];
  const sort: TagSort | null =
    first && isSortColumn(first.id) && (first.id !== 'verdict' || verdicts)
      ? { column: first.id, desc: first.desc }
      : null;
  const sortColumn = sort?.column ?? null;
  const sortDesc = sort?.desc ?? false;
  const settled = useMemo(() => ({ ...filter, search }), [filter, search]);
  const order = useMemo(
    () =>
      tagOrder(
        history,
        sortColumn === null ? null : { column: sortColumn, desc: sortDesc },
        { ...settled, time: timeRange },
        { verdicts },
      ),
    [history, sortColumn, sortDesc, settled, verdicts, timeRange],
  );

  const selectedTag = selection?.tag ?? null;
  const pick = useCallback(
    (tag: number, how: PickHow = 'one') => {
      if (onMarkedChange) {
        if (how === 'toggle') {
          const next = new Set(marked);
          if (next.size === 0 && selectedTag !== null) next.add(selectedTag);
          if (next.has(tag)) next.delete(tag);
          else next.add(tag);
          onMarkedChange(next);
        } else if (how === 'range') {
          // From the selected tag to this one, in the order the table shows them.
          const shown = Array.from(order);
          const from = selectedTag === null ? -1 : shown.indexOf(selectedTag);
          const to = shown.indexOf(tag);
          const [low, high] = from < 0 ? [to, to] : [Math.min(from, to), Math.max(from, to)];
          onMarkedChange(new Set(shown.slice(low, high + 1)));
          // The anchor stays where it was, so a second Shift-click reshapes the range.
          if (selectedTag !== null) return;
        } else if (marked.size > 0) {
          onMarkedChange(new Set());
        }
      }
      onSelect(tagRange(history, tag));
    },
    [history, onSelect, onMarkedChange, marked, selectedTag, order],
  );

  return (
    <div className={verdicts ? 'tag-table tag-table--compared' : 'tag-table'}>
      <TagTableToolbar
        history={history}
        filter={filter}
        onChange={onFilterChange}
        compared={verdicts !== null}
        shown={order.length}
        total={history.tags.length}
      />
      {onMarkedChange && (
        <div className="tag-table__marking">
          <button
            type="button"
            className="button--small"
            onClick={() => onMarkedChange(new Set(order))}
            disabled={order.length === 0}
          >
            Select all shown ({groupDigits(order.length)})
          </button>
          {marked.size > 0 && (
            <>
              <span role="status">
                {groupDigits(marked.size)} {marked.size === 1 ? 'tag' : 'tags'} selected for editing
              </span>
              <button
                type="button"
                className="button--small"
                onClick={() => onMarkedChange(new Set())}
              >
                Clear
              </button>
            </>
          )}
          <span className="tag-table__marking-hint">
            Ctrl/⌘-click or Shift-click selects several
          </span>
        </div>
      )}
      {timeRange && <TimeRangeChip range={timeRange} onClear={onClearTimeRange} />}
      <TagGrid
        columns={columns}
        order={order}
        sorting={sorting}
        onSortingChange={setSorting}
        selectedTag={selectedTag}
        marked={marked}
        onPick={pick}
      />
      {order.length === 0 && (
        <p className="tag-table__empty">
          {history.tags.length === 0 ? 'This history has no tags.' : 'No tag matches the filters.'}
        </p>
      )}
    </div>
  );
}

/** Builds the sort and search keys a slice at a time, in idle time, once a history is shown. */
function useIdleWarmUp(history: DecodedHistory): void {
  useEffect(() => {
    const steps = warmUp(history);
    const idle = typeof requestIdleCallback === 'function';
    let handle = 0;
    // A busy page has no idle time: after a short wait a slice runs anyway, so the keys
    // are ready within seconds rather than one step per long timeout.
    const schedule = (run: () => void) =>
      idle ? requestIdleCallback(run, { timeout: 100 }) : window.setTimeout(run, 50);
    const next = () => {
      const started = performance.now();
      let step = steps.next();
      while (!step.done && performance.now() - started < 10) step = steps.next();
      if (!step.done) handle = schedule(next);
    };
    handle = schedule(next);
    return () => (idle ? cancelIdleCallback(handle) : window.clearTimeout(handle));
  }, [history]);
}
