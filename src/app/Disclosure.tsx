import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

/**
 * A button in the app bar that shows a panel under it. The panel stays mounted while
 * hidden, so what it says (e.g. "Copied 61 bytes as hex") survives closing it.
 */
export function Disclosure(props: { label: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent): void => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.key !== 'Escape') return;
      // Escape closes the panel first; the page's own Escape (clear selection) waits.
      event.preventDefault();
      setOpen(false);
      rootRef.current?.querySelector('button')?.focus();
    };
    window.addEventListener('pointerdown', onPointerDown);
    window.addEventListener('keydown', onKeyDown, true);
    return () => {
      window.removeEventListener('pointerdown', onPointerDown);
      window.removeEventListener('keydown', onKeyDown, true);
    };
  }, [open]);

  return (
    <div className="disclosure" ref={rootRef}>
      <button
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((was) => !was)}
      >
        {props.label} <span aria-hidden="true">▾</span>
      </button>
      <div id={panelId} className="disclosure__panel" hidden={!open}>
        {props.children}
      </div>
    </div>
  );
}
