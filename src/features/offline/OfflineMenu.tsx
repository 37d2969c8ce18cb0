import { useState, type JSX } from 'react';
import { appVersion, buildDate } from '../../shared/buildInfo';
import { downloadPage, offlineFileName } from './downloadPage';
import './OfflineMenu.css';

/** "Download for offline use" and the version of the running page. */
export function OfflineMenu(): JSX.Element {
  const [saved, setSaved] = useState<boolean | null>(null);
  return (
    <div className="offline-menu" role="group" aria-label="Offline use">
      <button
        type="button"
        className="button button--small"
        title="Save this viewer as one HTML file that opens from disk, with no network"
        onClick={() => setSaved(downloadPage())}
      >
        Download for offline use
      </button>
      <span className="offline-menu-version" data-testid="app-version">
        v{appVersion}
        {buildDate && (
          <>
            {', built '}
            <time dateTime={buildDate}>{buildDate.slice(0, 10)}</time>
          </>
        )}
      </span>
      <span role="status" className="offline-menu-status">
        {saved === true && `Saved as ${offlineFileName}`}
        {saved === false && 'This page cannot be saved as it is (not a production build).'}
      </span>
    </div>
  );
}
