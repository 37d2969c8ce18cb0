import {
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type JSX,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import type { ByteRange, DecodedHistory } from '../../decoder/model';
import type { Selection } from '../../shared/selection';
import { BYTES_PER_ROW, HexRow } from './HexRow';
import {
  clampTop,
  fullyVisibleRows,
  isScaled,
  pageRows,
  renderedRows,
  rowY,
  scrollGeometry,
  scrollTopFromTop,
  topFromScrollTop,
  topToReveal,
  topToShow,
  wheelPixels,
  type ScrollGeometry,
} from './scrollScale';

/** Must match `.hex-row` height in hexView.css. */
export const ROW_HEIGHT = 20;
const OVERSCAN = 3;
/** Used until the viewport is measured (and where it cannot be, as in jsdom). */
const FALLBACK_VIEWPORT_HEIGHT = 24 * ROW_HEIGHT;

export interface HexGridProps {
  bytes: Uint8Array;
  history: DecodedHistory | null;
  selection: Selection | null;
  cursor: number;
  match: ByteRange | null;
  onCursor: (offset: number) => void;
  onHover: (offset: number | null) => void;
  /** A byte was clicked. */
  onPick: (offset: number) => void;
  /** Enter or Space on the cursor's byte. */
  onActivate: (offset: number) => void;
}

interface View {
  /** Position in the unscaled content. */
  top: number;
  /** The native scrollTop in effect for it. */
  scrollTop: number;
}

function clip(range: ByteRange | null, start: number, end: number): [number, number] {
  if (!range || range.end <= start || range.start >= end) return [-1, -1];
  return [Math.max(range.start, start), Math.min(range.end, end)];
}

function offsetOf(target: EventTarget): number | null {
  const cell = target instanceof Element ? target.closest('[data-offset]') : null;
  return cell ? Number(cell.getAttribute('data-offset')) : null;
}

/** The scrolled grid of rows; only the rows in view (and a few more) are in the DOM. */
export function HexGrid(props: HexGridProps): JSX.Element {
  const { bytes, history, selection, cursor, match } = props;
  const scrollerRef = useRef<HTMLDivElement>(null);
  const [viewportHeight, setViewportHeight] = useState(FALLBACK_VIEWPORT_HEIGHT);
  const rowCount = Math.ceil(bytes.length / BYTES_PER_ROW);
  const g = scrollGeometry(rowCount, ROW_HEIGHT, viewportHeight);
  const geometryRef = useRef<ScrollGeometry>(g);
  const [view, setView] = useState<View>({ top: 0, scrollTop: 0 });
  const viewRef = useRef<View>(view);
  const idBase = useId();
  const cellId = useCallback((offset: number) => `${idBase}-byte-${offset}`, [idBase]);

  useLayoutEffect(() => {
    geometryRef.current = g;
  });

  const moveTo = useCallback((top: number) => {
    const geometry = geometryRef.current;
    const next = clampTop(geometry, top);
    const el = scrollerRef.current;
    let scrollTop = scrollTopFromTop(geometry, next);
    if (el) {
      el.scrollTop = scrollTop;
      scrollTop = el.scrollTop; // the browser may round it; rows are placed from the real value
    }
    viewRef.current = { top: next, scrollTop };
    setView(viewRef.current);
  }, []);

  useLayoutEffect(() => {
    const el = scrollerRef.current;
    if (!el) return;
    const measure = () => setViewportHeight(el.clientHeight || FALLBACK_VIEWPORT_HEIGHT);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  // A new geometry (file or viewport size) keeps the position but re-derives the scrollbar.
  useLayoutEffect(() => {
    moveTo(viewRef.current.top);
  }, [moveTo, g.contentHeight, g.viewportHeight]);

  useLayoutEffect(() => {
    moveTo(0);
  }, [moveTo, bytes]);

  // Scaled, the wheel moves the content by what it asks for, not by what one scrollbar pixel is worth.
  useEffect(() => {
    const el = scrollerRef.current;
    if (!el) return;
    const onWheel = (e: WheelEvent) => {
      const geometry = geometryRef.current;
      if (!isScaled(geometry) || e.ctrlKey || Math.abs(e.deltaX) > Math.abs(e.deltaY)) return;
      e.preventDefault();
      moveTo(viewRef.current.top + wheelPixels(geometry, e.deltaY, e.deltaMode));
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => el.removeEventListener('wheel', onWheel);
  }, [moveTo]);

  useEffect(() => {
    if (cursor < 0) return;
    const row = Math.floor(cursor / BYTES_PER_ROW);
    const top = topToReveal(geometryRef.current, viewRef.current.top, row);
    if (top !== viewRef.current.top) moveTo(top);
  }, [cursor, moveTo]);

  // Scroll to the selection only when none of it is in view: a change made here is always in view.
  const selectionStart = selection?.start ?? -1;
  const selectionEnd = selection?.end ?? -1;
  useEffect(() => {
    if (selectionStart < 0) return;
    const geometry = geometryRef.current;
    const visible = fullyVisibleRows(geometry, viewRef.current.top);
    const first = Math.floor(selectionStart / BYTES_PER_ROW);
    const last = Math.floor((Math.max(selectionEnd, selectionStart + 1) - 1) / BYTES_PER_ROW);
    if (last < visible.first || first >= visible.end) moveTo(topToShow(geometry, first));
  }, [selectionStart, selectionEnd, moveTo]);

  const onScroll = () => {
    const el = scrollerRef.current;
    if (!el || Math.abs(el.scrollTop - viewRef.current.scrollTop) < 0.5) return;
    viewRef.current = { top: topFromScrollTop(g, el.scrollTop), scrollTop: el.scrollTop };
    setView(viewRef.current);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const last = bytes.length - 1;
    if (last < 0) return;
    const rowStart = cursor - (cursor % BYTES_PER_ROW);
    const page = pageRows(g) * BYTES_PER_ROW;
    const ctrl = e.ctrlKey || e.metaKey;
    const moves: Record<string, number> = {
      ArrowLeft: cursor - 1,
      ArrowRight: cursor + 1,
      ArrowUp: cursor >= BYTES_PER_ROW ? cursor - BYTES_PER_ROW : cursor,
      ArrowDown: cursor + BYTES_PER_ROW <= last ? cursor + BYTES_PER_ROW : cursor,
      PageUp: cursor - page,
      PageDown: cursor + page,
      Home: ctrl ? 0 : rowStart,
      End: ctrl ? last : rowStart + BYTES_PER_ROW - 1,
    };
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      props.onActivate(cursor);
      return;
    }
    const next = moves[e.key];
    if (next === undefined) return;
    e.preventDefault();
    props.onCursor(Math.min(Math.max(0, next), last));
  };

  // Arriving from elsewhere, the cursor starts where the reader is looking.
  const onFocus = () => {
    const visible = fullyVisibleRows(g, viewRef.current.top);
    const row = Math.floor(cursor / BYTES_PER_ROW);
    if (row >= visible.first && row < visible.end) return;
    const inView =
      selectionStart >= visible.first * BYTES_PER_ROW &&
      selectionStart < visible.end * BYTES_PER_ROW;
    props.onCursor(
      inView ? selectionStart : Math.min(visible.first * BYTES_PER_ROW, bytes.length - 1),
    );
  };

  const onMouseMove = (e: MouseEvent) => props.onHover(offsetOf(e.target));
  const onClick = (e: MouseEvent) => {
    const offset = offsetOf(e.target);
    if (offset !== null) props.onPick(offset);
  };

  const top = clampTop(g, view.top);
  const range = renderedRows(g, top, OVERSCAN);
  const rows: JSX.Element[] = [];
  for (let row = range.first; row < range.end; row++) {
    const start = row * BYTES_PER_ROW;
    const end = start + BYTES_PER_ROW;
    const [selStart, selEnd] = clip(selection, start, end);
    const [matchStart, matchEnd] = clip(match, start, end);
    rows.push(
      <HexRow
        key={row}
        row={row}
        bytes={bytes}
        history={history}
        y={rowY(g, top, view.scrollTop, row)}
        selectionStart={selStart}
        selectionEnd={selEnd}
        matchStart={matchStart}
        matchEnd={matchEnd}
        cursor={cursor >= start && cursor < end ? cursor : -1}
        cellId={cellId}
      />,
    );
  }
  const cursorShown = cursor >= range.first * BYTES_PER_ROW && cursor < range.end * BYTES_PER_ROW;

  return (
    <div
      ref={scrollerRef}
      className="hex-scroller"
      role="grid"
      aria-label="Bytes"
      aria-readonly="true"
      aria-rowcount={rowCount}
      aria-colcount={BYTES_PER_ROW + 1}
      aria-activedescendant={cursorShown ? cellId(cursor) : undefined}
      tabIndex={0}
      onScroll={onScroll}
      onKeyDown={onKeyDown}
      onFocus={onFocus}
      onMouseMove={onMouseMove}
      onMouseLeave={() => props.onHover(null)}
      onClick={onClick}
    >
      <div className="hex-spacer" role="rowgroup" style={{ height: g.spacerHeight }}>
        {rows}
      </div>
    </div>
  );
}
