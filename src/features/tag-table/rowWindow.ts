/**
 * Which rows of a list of fixed-height rows to draw, by arithmetic: rows of one height
 * need no measuring, so a range costs the same for 65,535 rows as for ten.
 */
export interface RowWindow {
  /** [first, end) of the positions to draw, overscan included. */
  first: number;
  end: number;
}

export interface RowGeometry {
  count: number;
  rowHeight: number;
  /** Space above the first row inside the scrolled element (a sticky header). */
  headerHeight: number;
  /** Rows drawn beyond the visible ones on each side. */
  overscan: number;
}

/** The rows that show (any part) in a viewport of `height` scrolled to `scrollTop`. */
export function rowWindow(g: RowGeometry, scrollTop: number, height: number): RowWindow {
  if (g.count === 0 || height <= 0) return { first: 0, end: 0 };
  const top = scrollTop - g.headerHeight;
  const firstVisible = Math.max(0, Math.floor(top / g.rowHeight));
  const endVisible = Math.min(g.count, Math.ceil((top + height) / g.rowHeight));
  return {
    first: Math.max(0, Math.min(firstVisible, g.count - 1) - g.overscan),
    end: Math.min(g.count, Math.max(endVisible, firstVisible + 1) + g.overscan),
  };
}

/**
 * The scrollTop that brings row `position` wholly into view below the header, or null
 * when it is in view already.
 */
export function scrollTopToShow(
  g: RowGeometry,
  position: number,
  scrollTop: number,
  height: number,
): number | null {
  const start = g.headerHeight + position * g.rowHeight;
  const end = start + g.rowHeight;
  if (end > scrollTop + height) return Math.max(0, end - height);
  if (start < scrollTop + g.headerHeight) return Math.max(0, start - g.headerHeight);
  return null;
}
