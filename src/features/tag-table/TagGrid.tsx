import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type RefObject,
} from 'react';
import {
  FlexRender,
  useTable,
  type Header,
  type OnChangeFn,
  type SortingState,
} from '@tanstack/react-table';
import { tagTableFeatures, type TagRowData, type tagColumns } from './tagColumns';
import { TagRow, type PickHow } from './TagRow';
import { nextPosition } from './keyboard';
import { rowWindow, scrollTopToShow, type RowGeometry } from './rowWindow';

type TagHeader = Header<typeof tagTableFeatures, TagRowData, unknown>;

/** Fixed row geometry: rows are one line, so which rows show is arithmetic (rowWindow.ts). */
export const ROW_HEIGHT = 28;
export const HEADER_HEIGHT = 40;
const OVERSCAN = 4;

/**
 * The scroll position and height of the scrolled element, followed. The height is taken
 * from the ResizeObserver, after the browser's layout (read while React commits, it would
 * force the page's layout into that task); until then the window's height stands in, so
 * the first rows are drawn at once.
 */
function useScrollBox(scrollRef: RefObject<HTMLDivElement | null>) {
  const [box, setBox] = useState(() => ({
    scrollTop: 0,
    height: typeof window === 'undefined' ? 0 : window.innerHeight,
  }));
  useLayoutEffect(() => {
    const element = scrollRef.current;
    if (!element) return;
    const follow = () => {
      const next = { scrollTop: element.scrollTop, height: element.clientHeight };
      setBox((box) =>
        box.scrollTop === next.scrollTop && box.height === next.height ? box : next,
      );
    };
    element.addEventListener('scroll', follow, { passive: true });
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(follow) : null;
    observer?.observe(element);
    return () => {
      element.removeEventListener('scroll', follow);
      observer?.disconnect();
    };
  }, [scrollRef]);
  return box;
}

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

  const box = useScrollBox(scrollRef);
  const geometry: RowGeometry = {
    count: order.length,
    rowHeight: ROW_HEIGHT,
    headerHeight: HEADER_HEIGHT,
    overscan: OVERSCAN,
  };

  const selectedPosition = useMemo(
    () => (selectedTag === null ? -1 : order.indexOf(selectedTag)),
    [order, selectedTag],
  );

  // The table is given only the rows in view: its row objects cost nothing for the rest.
  const { first: firstPosition, end: endPosition } = rowWindow(geometry, box.scrollTop, box.height);
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
  const count = order.length;
  useEffect(() => {
    const scroller = scrollRef.current;
    if (selectedPosition < 0 || !scroller) return;
    const to = scrollTopToShow(
      { count, rowHeight: ROW_HEIGHT, headerHeight: HEADER_HEIGHT, overscan: OVERSCAN },
      selectedPosition,
      scroller.scrollTop,
      scroller.clientHeight,
    );
    if (to !== null) scroller.scrollTop = to;
  }, [selectedPosition, count]);

  // Keyboard moves focus to a row that may only exist once the scroll has rendered it:
  // in the commit that draws it, so the row is never shown selected but not yet focused.
  useLayoutEffect(() => {
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

  const selectedRendered = selectedPosition >= firstPosition && selectedPosition < endPosition;
  // The body is one tab stop: the selected row when drawn, else the first row in view.
  const firstInView = Math.ceil(box.scrollTop / ROW_HEIGHT);
  const tabbablePosition = selectedRendered
    ? selectedPosition
    : firstInView < endPosition
      ? Math.max(firstInView, firstPosition)
      : firstPosition;

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
        {rows.map((row, k) => {
          const position = firstPosition + k;
          return (
            <TagRow
              key={row.id}
              row={row}
              position={position}
              top={position * ROW_HEIGHT}
              selected={position === selectedPosition}
              marked={marked.has(row.original.tag)}
              tabbable={position === tabbablePosition}
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
