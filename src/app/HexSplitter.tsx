import { useCallback, useEffect, useState, type KeyboardEvent, type PointerEvent } from 'react';

/**
 * Where the hex view stands and how wide: beside the table at a width in px or at its
 * natural width, folded to a rail beside it, or below the other views at full width.
 */
export type HexWidth = number | 'natural' | 'collapsed' | 'below';

const STORAGE_KEY = 'pop3-uidl-viewer:hex-width';
export const MIN_HEX_WIDTH = 240;
export const MAX_HEX_WIDTH = 1100;
/** Below this window width the hex view starts below the table, so the table has the room. */
const NARROW_WINDOW = 1600;

function readStored(): HexWidth | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    if (value === 'natural' || value === 'collapsed' || value === 'below') return value;
    const width = Number(value);
    return value !== null && Number.isFinite(width) ? clampWidth(width) : null;
  } catch {
    return null;
  }
}

const clampWidth = (width: number): number =>
  Math.round(Math.min(MAX_HEX_WIDTH, Math.max(MIN_HEX_WIDTH, width)));

/**
 * The hex view's place and width, remembered across visits. Until the person sets one,
 * the hex view stands beside the table at its natural width on a wide window, and below
 * the other views on a narrower one, where the table's answer columns need the room.
 */
export function useHexWidth(): [HexWidth, (width: HexWidth) => void] {
  const [width, setWidth] = useState<HexWidth>(
    () => readStored() ?? (window.innerWidth >= NARROW_WINDOW ? 'natural' : 'below'),
  );
  const set = useCallback((next: HexWidth) => {
    const value = typeof next === 'number' ? clampWidth(next) : next;
    setWidth(value);
    try {
      localStorage.setItem(STORAGE_KEY, String(value));
    } catch {
      // Storage may be off (private mode, file://): the width then lasts for this visit.
    }
  }, []);
  return [width, set];
}

/**
 * The bar between the hex view and the table: drag it, or use ←/→ (Shift for bigger
 * steps), Home to fold the hex view, End for its natural width; Enter folds and unfolds.
 * A WAI-ARIA window splitter.
 */
export function HexSplitter(props: {
  width: HexWidth;
  onWidthChange: (width: HexWidth) => void;
  /** The hex pane, whose rendered width a drag or key press starts from. */
  hexPane: () => HTMLElement | null;
}) {
  const { width, onWidthChange, hexPane } = props;
  const [dragging, setDragging] = useState(false);
  const current = (): number => hexPane()?.getBoundingClientRect().width ?? 600;

  useEffect(() => {
    if (!dragging) return;
    document.body.classList.add('is-resizing');
    return () => document.body.classList.remove('is-resizing');
  }, [dragging]);

  const onPointerDown = (event: PointerEvent<HTMLDivElement>): void => {
    if (event.button !== 0) return;
    event.preventDefault();
    const startX = event.clientX;
    const startWidth = typeof width === 'number' || width === 'natural' ? current() : MIN_HEX_WIDTH;
    const target = event.currentTarget;
    target.setPointerCapture(event.pointerId);
    setDragging(true);
    const move = (e: globalThis.PointerEvent): void =>
      onWidthChange(startWidth + e.clientX - startX);
    const up = (): void => {
      setDragging(false);
      target.removeEventListener('pointermove', move);
      target.removeEventListener('pointerup', up);
      target.removeEventListener('pointercancel', up);
    };
    target.addEventListener('pointermove', move);
    target.addEventListener('pointerup', up);
    target.addEventListener('pointercancel', up);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const step = event.shiftKey ? 80 : 20;
    const base =
      typeof width === 'number' || width === 'natural' ? current() : MIN_HEX_WIDTH - step;
    if (event.key === 'ArrowLeft') onWidthChange(base - step);
    else if (event.key === 'ArrowRight') onWidthChange(base + step);
    else if (event.key === 'Home') onWidthChange('collapsed');
    else if (event.key === 'End') onWidthChange('natural');
    else if (event.key === 'Enter' || event.key === ' ')
      onWidthChange(width === 'collapsed' ? 'natural' : 'collapsed');
    else return;
    event.preventDefault();
  };

  const now = typeof width === 'number' ? width : width === 'collapsed' ? 0 : null;
  return (
    <div
      role="separator"
      tabIndex={0}
      aria-orientation="vertical"
      aria-label="Hex view width"
      aria-valuemin={0}
      aria-valuemax={MAX_HEX_WIDTH}
      aria-valuenow={now ?? undefined}
      aria-valuetext={
        typeof width === 'number'
          ? `${width} px`
          : width === 'natural'
            ? 'natural width'
            : width === 'collapsed'
              ? 'folded'
              : 'below the table'
      }
      title="Drag to resize the hex view; Enter folds it"
      className={`hex-splitter${dragging ? ' hex-splitter--dragging' : ''}`}
      onPointerDown={onPointerDown}
      onKeyDown={onKeyDown}
      onDoubleClick={() => onWidthChange(width === 'collapsed' ? 'natural' : 'collapsed')}
    />
  );
}
