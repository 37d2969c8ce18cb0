import { expect, test, type BrowserContext, type Page } from './test';
import { builtPageFileUrl, exploreWorkedExample, tagRows } from './helpers';

// The BLOB never leaves the browser: while one is opened and explored, the only requests
// are for the site's own files. blob: and data: addresses stay inside the browser (the
// inlined decode worker starts from one).

/** Every request of the context: pages, workers and the service worker alike. */
function recordRequests(context: BrowserContext): string[] {
  const urls: string[] = [];
  context.on('request', (request) => urls.push(request.url()));
  return urls;
}

const staysInBrowser = (url: string) => url.startsWith('blob:') || url.startsWith('data:');

/** Does a little more than the shared scenario: every row a person might click. */
async function openAndExplore(page: Page): Promise<void> {
  await exploreWorkedExample(page);
  const rows = tagRows(page);
  await rows.nth(1).click();
  await rows.last().click();
}

test('over http, nothing is requested but the site’s own files', async ({ page, context }) => {
  const requests = recordRequests(context);
  await page.goto('./');
  await openAndExplore(page);

  const site = new URL(page.url());
  const ownFiles = new Set(
    [
      '',
      'index.html',
      'sw.js',
      'manifest.webmanifest',
      'favicon.svg',
      'icon-192.png',
      'icon-512.png',
    ].map((file) => new URL(file, site).href),
  );
  expect(requests).toContain(site.href);
  expect(requests.filter((url) => !staysInBrowser(url) && !ownFiles.has(url))).toEqual([]);
});

test('from file://, nothing is requested but the file itself', async ({ page, context }) => {
  const requests = recordRequests(context);
  const file = builtPageFileUrl();
  await page.goto(file);
  await openAndExplore(page);

  expect(requests).toContain(file);
  expect(requests.filter((url) => !staysInBrowser(url) && url !== file)).toEqual([]);
});

test.describe('with the attempts provoked on purpose', () => {
  // Chromium logs each request the policy refuses as a console error naming its address
  // and the policy (the wording differs between versions): these, and only these, are
  // expected here.
  test.use({
    allowedConsoleErrors: {
      'the refused fetch and beacon': /https:\/\/example\.com\/collect\b.*Content Security Policy/,
      'the refused image': /https:\/\/example\.com\/pixel\.png\b.*Content Security Policy/,
    },
  });

  test('the page’s policy refuses network connections the code might attempt', async ({ page }) => {
    await page.goto('./');
    const outcome = await page.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (event) =>
        violations.push(event.effectiveDirective),
      );
      const fetched = await fetch('https://example.com/collect', {
        method: 'POST',
        body: 'uid',
      }).then(
        () => 'sent',
        () => 'refused',
      );
      navigator.sendBeacon('https://example.com/collect', 'uid');
      const image = new Image();
      const imageLoaded = new Promise((resolve) => {
        image.onload = () => resolve('loaded');
        image.onerror = () => resolve('refused');
      });
      image.src = 'https://example.com/pixel.png';
      const imaged = await imageLoaded;
      // Violation reports are queued as tasks; let them all arrive.
      await new Promise((resolve) => setTimeout(resolve, 0));
      return { fetched, imaged, violations: violations.sort() };
    });
    expect(outcome.fetched).toBe('refused');
    expect(outcome.imaged).toBe('refused');
    expect(outcome.violations).toEqual(['connect-src', 'connect-src', 'img-src']);
  });
});
