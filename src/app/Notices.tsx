import type { Notice } from '../shared/notices';

/** The page's messages to the person, newest last; errors are announced at once. */
export function Notices(props: {
  notices: Notice[];
  canRetry: boolean;
  onRetry: () => void;
  onDismiss: (id: number) => void;
}) {
  return (
    <div className="notices" role="status" aria-live="polite">
      {props.notices.map((notice) => (
        <div key={notice.id} className={`notice notice--${notice.tone}`} data-tone={notice.tone}>
          <p className="notice__text">{notice.text}</p>
          {notice.retry && props.canRetry && (
            <button type="button" className="button button--small" onClick={props.onRetry}>
              Try again
            </button>
          )}
          <button
            type="button"
            className="button button--small button--quiet"
            aria-label="Dismiss message"
            onClick={() => props.onDismiss(notice.id)}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
