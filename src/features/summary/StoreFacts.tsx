import { useId } from 'react';
import type { StoreInfo } from '../../input/types';
import { formatSize, groupDigits } from '../../shared/format';

/**
 * The .pst/.ost a history came from: what was scanned, and every history found in it, one
 * row each, with the one open marked and the others a click away.
 */
export function StoreFacts(props: { store: StoreInfo; onChooseHistory: (index: number) => void }) {
  const { format, foldersVisited, bytesRead, histories, chosen } = props.store;
  const captionId = useId();
  return (
    <div className="summary__store" data-testid="summary-store">
      <p className="summary__store-scan" id={captionId}>
        {format}: {groupDigits(foldersVisited)} folders scanned, {formatSize(bytesRead)} read;{' '}
        {histories.length === 1
          ? 'one history found'
          : `${groupDigits(histories.length)} histories found`}
      </p>
      {histories.length > 1 && (
        <table className="summary__histories" aria-labelledby={captionId}>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">Account</th>
              <th scope="col">Folder</th>
              <th scope="col">Profile</th>
              <th scope="col">Size</th>
              <th scope="col">Tags</th>
              <th scope="col">Open</th>
            </tr>
          </thead>
          <tbody>
            {histories.map((history, index) => (
              <tr key={index} aria-current={index === chosen ? 'true' : undefined}>
                <td>{index + 1}</td>
                <td>{history.account ?? history.attachmentName ?? '(unnamed)'}</td>
                <td>{history.folderPath}</td>
                <td>{history.profileName ?? '—'}</td>
                <td>{formatSize(history.size)}</td>
                <td>{groupDigits(history.tagCount)}</td>
                <td>
                  {index === chosen ? (
                    <strong>Open</strong>
                  ) : (
                    <button
                      type="button"
                      className="button button--small"
                      onClick={() => props.onChooseHistory(index)}
                    >
                      Open history {index + 1}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
