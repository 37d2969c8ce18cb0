import {
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
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
  pageRows,
  renderedRows,
  rowY,
  topToReveal,
  topToShow,
} from '../../shared/scrollScale';
import { useScaledScroll } from '../../shared/useScaledScroll';

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
  /** False draws no rows yet (the grid keeps its size). */
  rowsDrawn: boolean;
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
  const rowCount = Math.ceil(bytes.length / BYTES_PER_ROW);
  const {
    scrollerRef,
    geometry: g,
    geometryRef,
    view,
    viewRef,
    moveTo,
    onScroll,
  } = useScaledScroll(rowCount, ROW_HEIGHT, FALLBACK_VIEWPORT_HEIGHT);
  const idBase = useId();
  const cellId = useCallback((offset: number) => `${idBase}-byte-${offset}`, [idBase]);

  useLayoutEffect(() => {
    moveTo(0);
  }, [moveTo, bytes]);

  useEffect(() => {
    if (cursor < 0) return;
    const row = Math.floor(cursor / BYTES_PER_ROW);
    const top = topToReveal(geometryRef.current, viewRef.current.top, row);
    if (top !== viewRef.current.top) moveTo(top);
  }, [cursor, moveTo, geometryRef, viewRef]);

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
  }, [selectionStart, selectionEnd, moveTo, geometryRef, viewRef]);

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
  const range = props.rowsDrawn ? renderedRows(g, top, OVERSCAN) : { first: 0, end: 0 };
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
