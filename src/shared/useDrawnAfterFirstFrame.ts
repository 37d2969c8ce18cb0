import { useEffect, useState } from 'react';
import { afterPaint } from './browser';

/**
 * False while a view is first shown, true from the task after the browser's next frame on,
 * for good (true from the start with `atOnce`). A view that draws many rows uses it to
 * leave them out of the frame it first appears in: the first layout of a few hundred rows
 * is a task of its own, not one long task with everything else the page shows then
 * (`npm run bench:ui`).
 */
export function useDrawnAfterFirstFrame(atOnce = false): boolean {
  const [drawn, setDrawn] = useState(atOnce);
  useEffect(() => (drawn ? undefined : afterPaint(() => setDrawn(true))), [drawn]);
  return drawn;
}
