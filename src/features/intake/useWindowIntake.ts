import { useEffect, useRef, useState } from 'react';
import { intakeFromDrop, isEditable, type Intake } from './droppedFiles';

const carriesFiles = (event: DragEvent): boolean =>
  event.dataTransfer?.types.includes('Files') ?? false;

/**
 * Drop anywhere on the window and Ctrl/Cmd+V anywhere outside a text field.
 * Returns whether files are being dragged over the window, for the overlay.
 */
export function useWindowIntake(onIntake: (intake: Intake) => void): boolean {
  const [dragging, setDragging] = useState(false);
  const latest = useRef(onIntake);
  useEffect(() => {
    latest.current = onIntake;
  }, [onIntake]);

  useEffect(() => {
    // dragenter/dragleave fire for every child the pointer crosses; counting them
    // tells a real leave of the window from a move between children.
    let depth = 0;
    const enter = (event: DragEvent): void => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth++;
      setDragging(true);
    };
    const over = (event: DragEvent): void => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const leave = (event: DragEvent): void => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const drop = (event: DragEvent): void => {
      depth = 0;
      setDragging(false);
      if (!event.dataTransfer) return;
      event.preventDefault();
      latest.current(intakeFromDrop(event.dataTransfer));
    };
    const paste = (event: ClipboardEvent): void => {
      if (isEditable(event.target) || !event.clipboardData) return;
      const data = event.clipboardData;
      const intake = intakeFromDrop(data);
      if (intake.kind === 'rejected') return;
      event.preventDefault();
      latest.current(intake);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    document.addEventListener('paste', paste);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
      document.removeEventListener('paste', paste);
    };
  }, []);

  return dragging;
}
