import { useCallback, useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import {
  FlexRender,
  useTable,
  type Header,
  type OnChangeFn,
  type SortingState,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { tagTableFeatures, type TagRowData, type tagColumns } from './tagColumns';
import { TagRow, type PickHow } from './TagRow';
import { nextPosition } from './keyboard';

type TagHeader = Header<typeof tagTableFeatures, TagRowData, unknown>;

/** Fixed row geometry: rows are one line, so the virtualizer never has to measure. */
export const ROW_HEIGHT = 28;
export const HEADER_HEIGHT = 40;

/**
 * The `table` role element. It is also the scroll container, so the header row stays
 * on top (sticky) and scrolls sideways with the cells; the virtualizer lives here,
 * next to the rows it positions.
 */
const rowId = (row: TagRowData) => String(row.tag);

export function TagGrid(props: {
  columns: ReturnType<typeof tagColumns>;
  /** Tag indexes in display order (filtered and sorted). */
  order: Uint32Array;
  sorting: SortingState;
  onSortingChange: OnChangeFn<SortingState>;
  selectedTag: number | null;
  /** Tags marked together for an edit. */
  marked: ReadonlySet<number>;
  onPick: (tag: number, how?: PickHow) => void;
}) {
  const { columns, order, sorting, onSortingChange, selectedTag, marked, onPick } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const pendingFocus = useRef<number | null>(null);

  // The virtualizer is a mutable instance; this component is meant to re-render with it.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: order.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: (position) => order[position] ?? -1 - position,
    overscan: 8,
    scrollMargin: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
  });

  const selectedPosition = useMemo(
    () => (selectedTag === null ? -1 : order.indexOf(selectedTag)),
    [order, selectedTag],
  );

  // The table is given only the rows in view: its row objects cost nothing for the rest.
  const items = virtualizer.getVirtualItems();
  const firstPosition = items[0]?.index ?? 0;
  const endPosition = (items.at(-1)?.index ?? -1) + 1;
  const data = useMemo(
    () => Array.from(order.subarray(firstPosition, endPosition), (tag) => ({ tag })),
    [order, firstPosition, endPosition],
  );
  const table = useTable({
    features: tagTableFeatures,
    columns,
    data,
    getRowId: rowId,
    manualSorting: true,
    enableMultiSort: false,
    // Every column's first click sorts ascending (TanStack would start numbers descending).
    sortDescFirst: false,
    state: { sorting },
    onSortingChange,
  });
  const rows = table.getRowModel().rows;
  const headers = table.getHeaderGroups()[0]?.headers ?? [];

  // Follow the selection, but only when its row is out of sight: a row the user just
  // clicked stays where it is, so no view echoes another's selection back.
  useEffect(() => {
    const scroller = scrollRef.current;
    if (selectedPosition < 0 || !scroller) return;
    const top = HEADER_HEIGHT + selectedPosition * ROW_HEIGHT;
    const visible =
      top >= scroller.scrollTop + HEADER_HEIGHT &&
      top + ROW_HEIGHT <= scroller.scrollTop + scroller.clientHeight;
    if (!visible) virtualizer.scrollToIndex(selectedPosition, { align: 'auto' });
  }, [selectedPosition, virtualizer]);

  // Keyboard moves focus to a row that may only exist once the scroll has rendered it.
  useEffect(() => {
    const tag = pendingFocus.current;
    if (tag === null) return;
    const row = scrollRef.current?.querySelector<HTMLElement>(`[data-tag="${tag}"]`);
    if (row) {
      pendingFocus.current = null;
      row.focus({ preventScroll: true });
    }
  });

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      const focused = (event.target as HTMLElement).closest<HTMLElement>('[data-position]');
      const from = focused ? Number(focused.dataset.position) : Math.max(selectedPosition, 0);
      const scroller = scrollRef.current;
      const pageRows = scroller
        ? Math.max(1, Math.floor((scroller.clientHeight - HEADER_HEIGHT) / ROW_HEIGHT) - 1)
        : 10;
      const to = nextPosition(event.key, from, order.length, pageRows);
      if (to === null) return;
      event.preventDefault();
      const tag = order[to];
      if (tag === undefined) return;
      pendingFocus.current = tag;
      onPick(tag);
      const element = scroller?.querySelector<HTMLElement>(`[data-tag="${tag}"]`);
      if (element) {
        pendingFocus.current = null;
        element.focus({ preventScroll: true });
      }
    },
    [order, selectedPosition, onPick],
  );

  const viewTop = (virtualizer.scrollOffset ?? 0) + HEADER_HEIGHT;
  const selectedRendered = items.some((item) => item.index === selectedPosition);
  // The body is one tab stop: the selected row when drawn, else the first row in view.
  const tabbablePosition = selectedRendered
    ? selectedPosition
    : (items.find((item) => item.start >= viewTop) ?? items[0])?.index;

  return (
    <div
      ref={scrollRef}
      role="table"
      aria-label="Tags"
      aria-rowcount={order.length + 1}
      className="tag-grid"
    >
      <div role="rowgroup" className="tag-grid__head" style={{ height: HEADER_HEIGHT }}>
        <div role="row" aria-rowindex={1} className="tag-grid__row tag-grid__row--head">
          {headers.map((header) => (
            <SortHeader key={header.id} header={header} />
          ))}
        </div>
      </div>
      <div
        role="rowgroup"
        className="tag-grid__body"
        style={{ height: order.length * ROW_HEIGHT }}
        onKeyDown={onKeyDown}
      >
        {items.map((item) => {
          const row = rows[item.index - firstPosition];
          if (!row) return null;
          return (
            <TagRow
              key={row.id}
              row={row}
              position={item.index}
              top={item.start - HEADER_HEIGHT}
              selected={item.index === selectedPosition}
              marked={marked.has(row.original.tag)}
              tabbable={item.index === tabbablePosition}
              onPick={onPick}
            />
          );
        })}
      </div>
    </div>
  );
}

/** The whole header cell is the sort button: a click anywhere in it sorts. */
function SortHeader({ header }: { header: TagHeader }) {
  const sorted = header.column.getIsSorted();
  const ariaSort = sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none';
  return (
    <div
      role="columnheader"
      aria-sort={ariaSort}
      className={`tag-cell tag-cell--head tag-cell--${header.id}`}
    >
      <button type="button" className="tag-sort" onClick={header.column.getToggleSortingHandler()}>
        <FlexRender header={header} />
        <span className="tag-sort__arrow" aria-hidden="true">
          {sorted === 'asc' ? '\u25b2' : sorted === 'desc' ? '\u25bc' : '\u2195'}
        </span>
      </button>
    </div>
  );
}
