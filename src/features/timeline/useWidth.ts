import { useLayoutEffect, useRef, useState } from 'react';

/**
 * The width of an element, followed as it resizes (null until measured). The first width
 * comes from the ResizeObserver, after the browser's own layout: reading it while React
 * commits would force the whole page's layout into that task.
 */
export function useWidth<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState<number | null>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    if (typeof ResizeObserver !== 'function') {
      setWidth(Math.floor(element.getBoundingClientRect().width));
      return;
    }
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.floor(entry.contentRect.width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}
