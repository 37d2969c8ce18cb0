import { useEffect, useState } from 'react';

/**
 * False while a view is first shown, true from the task after the browser's next frame on,
 * for good (true from the start with `atOnce`). A view that draws many rows uses it to leave them out of the frame it first
 * appears in: the first layout of a few hundred rows is a task of its own, not one long
 * task with everything else the page shows then (`npm run bench:ui`).
 */
export function useDrawnAfterFirstFrame(atOnce = false): boolean {
  const [drawn, setDrawn] = useState(atOnce);
  useEffect(() => {
    if (drawn) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      // Not in the frame callback itself: that frame lays out and paints what is there.
      timer = setTimeout(() => setDrawn(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [drawn]);
  return drawn;
}
