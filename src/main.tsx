// First: it records the page as served, before anything renders, for "Download for offline use".
import { registerServiceWorker } from './features/offline/registerServiceWorker';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { applyTheme, loadTheme } from './app/theme';

// Before the first paint, so a stored dark choice does not flash light.
applyTheme(loadTheme());

registerServiceWorker();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
