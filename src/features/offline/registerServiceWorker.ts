import './pageSnapshot';

/**
 * Makes the hosted site installable and usable offline: links the web app manifest and
 * registers sw.js. Only for production builds served over http(s); a file:// page has no
 * origin to cache for. Never throws: offline caching is an extra, not a reason to fail.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD) return;
  if (location.protocol !== 'http:' && location.protocol !== 'https:') return;
  try {
    linkManifest();
    if (!('serviceWorker' in navigator)) return;
    const register = (): void => {
      navigator.serviceWorker
        .register('./sw.js')
        // Asks for sw.js on every visit: registering an unchanged script URL does not, and
        // the browser's own checks come late, so a new deploy would wait a visit or two.
        .then((registration) => registration.update())
        .catch(() => undefined);
    };
    if (document.readyState === 'complete') register();
    else window.addEventListener('load', register, { once: true });
  } catch {
    // A browser that refuses service workers (private mode, policy) still runs the app.
  }
}

function linkManifest(): void {
  if (document.querySelector('link[rel="manifest"]')) return;
  const link = document.createElement('link');
  link.rel = 'manifest';
  link.href = './manifest.webmanifest';
  // Added here rather than in index.html: a saved copy opened from file:// must not refer
  // to files that are not beside it. Marked so the offline snapshot leaves it out.
  link.dataset.runtime = '';
  document.head.append(link);
}
