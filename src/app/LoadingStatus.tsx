import type { DecodeProgress } from '../worker/protocol';

const PHASE_WORDS = { reading: 'Reading', scanning: 'Scanning', decoding: 'Decoding' } as const;

/**
 * Shown while a BLOB is read and decoded. It fades in after a moment (in CSS), so a
 * quick open does not flash it; the Cancel button works from the start.
 */
export function LoadingStatus(props: {
  name: string;
  progress: DecodeProgress | null;
  onCancel: () => void;
}) {
  const { progress } = props;
  const phase = progress ? PHASE_WORDS[progress.phase] : 'Opening';
  const percent = progress?.fraction != null ? Math.round(progress.fraction * 100) : null;
  const label = `${phase} ${props.name}${progress?.detail ? ` (${progress.detail})` : ''}`;
  return (
    <div className="loading" data-testid="loading">
      <span className="loading__label">{label}…</span>
      <div
        className="loading__bar"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent ?? undefined}
      >
        <div className="loading__fill" style={{ width: `${percent ?? 0}%` }} />
      </div>
      <button type="button" className="button button--small" onClick={props.onCancel}>
        Cancel
      </button>
    </div>
  );
}
