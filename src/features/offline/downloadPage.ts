import { appVersion } from './buildInfo';
import { pageSnapshot } from './pageSnapshot';

export const offlineFileName = `pop3-uidl-viewer-${appVersion}.html`;

/** Saves the page itself as one HTML file that works from disk. Returns false if it cannot. */
export function downloadPage(): boolean {
  const html = pageSnapshot();
  if (html === null) return false;
  const url = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = offlineFileName;
  link.click();
  // Revoking at once can cancel the download in some browsers; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return true;
}
