// Service worker for the hosted site: after one visit, the viewer opens with no network.
// Every path is relative to this script, so the site works at a host's root and under a
// project page path alike. The build stamps the cache name with the page's hash, so each
// deploy installs into a new cache and drops the old one.
const CACHE_PREFIX = 'pop3-uidl-viewer-';
const CACHE = `${CACHE_PREFIX}__BUILD_ID__`;
const PRECACHE = [
  './',
  './index.html',
  './manifest.webmanifest',
  './favicon.svg',
  './icon-192.png',
  './icon-512.png',
];

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      // 'reload' so a fresh deploy is not precached from a stale HTTP cache entry.
      .then((cache) => cache.addAll(PRECACHE.map((url) => new Request(url, { cache: 'reload' }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((key) => key.startsWith(CACHE_PREFIX) && key !== CACHE)
            .map((key) => caches.delete(key)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(cacheFirst(request));
});

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const hit =
    (await cache.match(request, { ignoreSearch: true })) ??
    // Any page address inside the scope (e.g. /repo/?x or /repo/index.html#y) is the app.
    (request.mode === 'navigate' ? await cache.match('./index.html') : undefined);
  return hit ?? fetch(request);
}
