/** After a BLOB replaced another (a paste or a drop by mistake, often): the way back. */
export function PreviousBlob(props: {
  current: string;
  previous: string;
  onRestore: () => void;
  onDismiss: () => void;
}) {
  return (
    <div className="notice notice--info previous-blob" role="group" aria-label="Previous file">
      <p className="notice__text">
        {props.current} replaced {props.previous}.
      </p>
      <button type="button" className="button button--small" onClick={props.onRestore}>
        Back to {props.previous}
      </button>
      <button
        type="button"
        className="button button--small button--quiet"
        aria-label="Keep this file"
        onClick={props.onDismiss}
      >
        ×
      </button>
    </div>
  );
}
