import './intake.css';

export function DropOverlay({ visible }: { visible: boolean }) {
  if (!visible) return null;
  return (
    <div className="drop-overlay" aria-hidden="true">
      <div className="drop-overlay__panel">Drop the BLOB file to open it</div>
    </div>
  );
}
