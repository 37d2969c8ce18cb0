import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import {
  clampTop,
  isScaled,
  scrollGeometry,
  scrollTopFromTop,
  topFromScrollTop,
  wheelPixels,
  type ScrollGeometry,
} from './scrollScale';

/** Where the view is: `top` in the unscaled content, and the native scrollTop in effect. */
export interface ScrollView {
  top: number;
  scrollTop: number;
}

/**
 * Scrolling over `rowCount` rows of one height with the scroll range scaled (see
 * scrollScale.ts): the viewport is measured, a new geometry keeps the position, the
 * wheel moves by what it asks for when scaled, and `moveTo` goes to a content position.
 * Rows are placed with `rowY(geometry, clampTop(geometry, view.top), view.scrollTop, row)`.
 */
export function useScaledScroll(rowCount: number, rowHeight: number, fallbackHeight: number) {
  const scrollerRef = useRef<HTMLDivElement>(null);
  const [viewportHeight, setViewportHeight] = useState(fallbackHeight);
  const geometry = scrollGeometry(rowCount, rowHeight, viewportHeight);
  const geometryRef = useRef<ScrollGeometry>(geometry);
  const [view, setView] = useState<ScrollView>({ top: 0, scrollTop: 0 });
  const viewRef = useRef<ScrollView>(view);

  useLayoutEffect(() => {
    geometryRef.current = geometry;
  });

  const moveTo = useCallback((top: number) => {
    const g = geometryRef.current;
    const next = clampTop(g, top);
    const el = scrollerRef.current;
    let scrollTop = scrollTopFromTop(g, next);
    // Already there: touching scrollTop would force a layout for nothing (on mount, say).
    if (next === viewRef.current.top && scrollTop === viewRef.current.scrollTop) return;
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
    const measure = () => setViewportHeight(el.clientHeight || fallbackHeight);
    if (typeof ResizeObserver === 'undefined') {
      measure();
      return;
    }
    // The observer's first call comes after the browser's layout, where clientHeight is
    // free; read here, while React commits, it would force the page's layout into this task.
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [fallbackHeight]);

  // A new geometry (row count or viewport size) keeps the position but re-derives the scrollbar.
  useLayoutEffect(() => {
    moveTo(viewRef.current.top);
  }, [moveTo, geometry.contentHeight, geometry.viewportHeight]);

  // Scaled, the wheel moves the content by what it asks for, not by what one scrollbar pixel is worth.
  useEffect(() => {
    const el = scrollerRef.current;
    if (!el) return;
    const onWheel = (e: WheelEvent) => {
      const g = geometryRef.current;
      if (!isScaled(g) || e.ctrlKey || Math.abs(e.deltaX) > Math.abs(e.deltaY)) return;
      e.preventDefault();
      moveTo(viewRef.current.top + wheelPixels(g, e.deltaY, e.deltaMode));
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => el.removeEventListener('wheel', onWheel);
  }, [moveTo]);

  const onScroll = useCallback(() => {
    const el = scrollerRef.current;
    if (!el || Math.abs(el.scrollTop - viewRef.current.scrollTop) < 0.5) return;
    viewRef.current = {
      top: topFromScrollTop(geometryRef.current, el.scrollTop),
      scrollTop: el.scrollTop,
    };
    setView(viewRef.current);
  }, []);

  return { scrollerRef, geometry, geometryRef, view, viewRef, moveTo, onScroll };
}
