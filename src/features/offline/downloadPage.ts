import { downloadBlob } from '../../shared/browser';
import { appVersion } from '../../shared/buildInfo';
import { pageSnapshot } from './pageSnapshot';

export const offlineFileName = `pop3-uidl-viewer-${appVersion}.html`;

/** Saves the page itself as one HTML file that works from disk. Returns false if it cannot. */
export function downloadPage(): boolean {
  const html = pageSnapshot();
  if (html === null) return false;
  downloadBlob(offlineFileName, new Blob([html], { type: 'text/html;charset=utf-8' }));
  return true;
}
