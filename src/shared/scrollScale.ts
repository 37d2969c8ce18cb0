/**
 * Virtual scrolling over rows of equal height, with the scroll range scaled down when
 * the content is taller than a browser will lay out (element heights cap somewhere
 * between 16M and 33M px; a 1 GiB BLOB is 67M rows). The spacer is capped and the
 * scrollbar maps linearly onto the whole content, so the first and the last row stay
 * reachable; wheel and keys move `top` (a position in the unscaled content) directly,
 * so they move by whole rows however large the file is.
 *
 * The tag table and the lists use @tanstack/react-virtual; the hex view does not, because
 * its row count is unbounded: the virtualizer keeps a measurement per row, which for the
 * 67M rows of a 1 GiB file took 6.0 s and 1.2 GB of heap (for 930,000 rows, 19 ms), while
 * rows of one fixed height need only arithmetic.
 */

/** Tall enough for any BLOB up to ~6 MB at 20 px rows to scroll natively, low enough for every browser. */
export const MAX_SPACER_HEIGHT = 8_000_000;

export interface ScrollGeometry {
  rowCount: number;
  rowHeight: number;
  viewportHeight: number;
  /** Height of all rows, unscaled. */
  contentHeight: number;
  /** Height given to the scrolled element: the content height, capped. */
  spacerHeight: number;
  /** Largest `top`: the last row sits at the bottom of the viewport. */
  maxTop: number;
  /** Largest native scrollTop. */
  maxScrollTop: number;
}

export function scrollGeometry(
  rowCount: number,
  rowHeight: number,
  viewportHeight: number,
  maxSpacerHeight = MAX_SPACER_HEIGHT,
): ScrollGeometry {
  const contentHeight = rowCount * rowHeight;
  const spacerHeight = Math.min(contentHeight, maxSpacerHeight);
  return {
    rowCount,
    rowHeight,
    viewportHeight,
    contentHeight,
    spacerHeight,
    maxTop: Math.max(0, contentHeight - viewportHeight),
    maxScrollTop: Math.max(0, spacerHeight - viewportHeight),
  };
}

export function isScaled(g: ScrollGeometry): boolean {
  return g.spacerHeight < g.contentHeight;
}

export function clampTop(g: ScrollGeometry, top: number): number {
  return Math.min(Math.max(0, top), g.maxTop);
}

/** The content position a native scrollTop stands for. */
export function topFromScrollTop(g: ScrollGeometry, scrollTop: number): number {
  if (!isScaled(g)) return clampTop(g, scrollTop);
  if (g.maxScrollTop <= 0) return 0;
  return clampTop(g, (scrollTop / g.maxScrollTop) * g.maxTop);
}

/** The native scrollTop that stands for a content position. */
export function scrollTopFromTop(g: ScrollGeometry, top: number): number {
  const clamped = clampTop(g, top);
  if (!isScaled(g)) return clamped;
  if (g.maxTop <= 0) return 0;
  return (clamped / g.maxTop) * g.maxScrollTop;
}

/**
 * Where a row is drawn inside the scrolled element, given the content position and the
 * scrollTop actually in effect: the rows follow the viewport, not the spacer.
 */
export function rowY(g: ScrollGeometry, top: number, scrollTop: number, row: number): number {
  return scrollTop + row * g.rowHeight - top;
}

export interface RowRange {
  /** First row, inclusive. */
  first: number;
  /** Row after the last, exclusive. */
  end: number;
}

/** Rows at least partly in the viewport, widened by `overscan` on each side. */
export function renderedRows(g: ScrollGeometry, top: number, overscan: number): RowRange {
  const first = Math.max(0, Math.floor(top / g.rowHeight) - overscan);
  const end = Math.min(g.rowCount, Math.ceil((top + g.viewportHeight) / g.rowHeight) + overscan);
  return { first, end: Math.max(first, end) };
}

/** Rows wholly inside the viewport (at least one, when there are rows). */
export function fullyVisibleRows(g: ScrollGeometry, top: number): RowRange {
  const first = Math.min(Math.ceil(top / g.rowHeight), Math.max(0, g.rowCount - 1));
  const end = Math.min(g.rowCount, Math.floor((top + g.viewportHeight) / g.rowHeight));
  return { first, end: Math.max(first + (g.rowCount > 0 ? 1 : 0), end) };
}

/** Rows a page moves: the fully visible rows less one, so a line of context stays. */
export function pageRows(g: ScrollGeometry): number {
  return Math.max(1, Math.floor(g.viewportHeight / g.rowHeight) - 1);
}

/** The smallest move of `top` that brings `row` wholly into view (`top` itself when it is). */
export function topToReveal(g: ScrollGeometry, top: number, row: number): number {
  const rowTop = row * g.rowHeight;
  if (rowTop < top) return clampTop(g, rowTop);
  const rowBottom = rowTop + g.rowHeight;
  if (rowBottom > top + g.viewportHeight) return clampTop(g, rowBottom - g.viewportHeight);
  return top;
}

/** `top` that shows `row` with a little context above it. */
export function topToShow(g: ScrollGeometry, row: number, contextRows = 2): number {
  return clampTop(g, (row - contextRows) * g.rowHeight);
}

/** Pixels a wheel event asks to move, whatever unit it counts in. */
export function wheelPixels(g: ScrollGeometry, deltaY: number, deltaMode: number): number {
  if (deltaMode === 1) return deltaY * g.rowHeight; // lines
  if (deltaMode === 2) return deltaY * pageRows(g) * g.rowHeight; // pages
  return deltaY;
}
