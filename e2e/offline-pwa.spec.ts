import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from './test';
import { serveDirectory, type StaticSite } from '../scripts/staticServer';
import { builtPageFileUrl, exploreWorkedExample } from './helpers';

// The hosted site as GitHub Pages serves a project: below a path, not at the host's root.
const projectPath = '/pop3-uidl-viewer/';
const outDir = path.resolve(import.meta.dirname, '..', process.env.E2E_OUT ?? 'dist');
let site: StaticSite;

test.beforeAll(async () => {
  site = await serveDirectory(outDir, { basePath: projectPath });
});

test.afterAll(() => {
  site.server.close();
});

async function waitForServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 15_000,
  });
}

test('after one visit the site opens and works with the network off', async ({ page, context }) => {
  await page.goto(site.url);
  await waitForServiceWorker(page);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('POP3 UIDL History Viewer');
  await exploreWorkedExample(page);
  // Any address inside the site is the app, as the host would answer.
  await page.goto(`${site.url}index.html?from=bookmark`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('POP3 UIDL History Viewer');
});

test('the service worker caches under the build hash', async ({ page, request }) => {
  await page.goto(site.url);
  await waitForServiceWorker(page);
  const checksum = await (await request.get(`${site.url}index.html.sha256`)).text();
  const cacheNames = await page.evaluate(() => caches.keys());
  expect(cacheNames).toEqual([`pop3-uidl-viewer-${checksum.slice(0, 16)}`]);
});

test('a new deploy replaces the cached site on the next visits', async ({ page }, testInfo) => {
  const deployDir = testInfo.outputPath('site');
  cpSync(outDir, deployDir, { recursive: true });
  const deploy = await serveDirectory(deployDir, { basePath: projectPath });
  try {
    await page.goto(deploy.url);
    await waitForServiceWorker(page);
    const [firstCache = ''] = await page.evaluate(() => caches.keys());

    // The next deploy: a changed page and a service worker stamped with another build.
    const pageFile = path.join(deployDir, 'index.html');
    const html = readFileSync(pageFile, 'utf8').replace('<title>', '<!-- next deploy --><title>');
    writeFileSync(pageFile, html);
    const swFile = path.join(deployDir, 'sw.js');
    const buildId = firstCache.replace('pop3-uidl-viewer-', '');
    writeFileSync(swFile, readFileSync(swFile, 'utf8').replace(buildId, 'next-deploy'));

    await page.reload();
    // Chromium activates the new worker only once the old one has gone idle: allow for it.
    await expect
      .poll(() => page.evaluate(() => caches.keys()), { timeout: 20_000 })
      .toEqual(['pop3-uidl-viewer-next-deploy']);
    await page.reload();
    expect(await page.content()).toContain('<!-- next deploy -->');
  } finally {
    deploy.server.close();
  }
});

test('the site is installable', async ({ playwright }, testInfo) => {
  // Chromium never offers installation in an incognito profile, which is what a plain
  // Playwright context is; a persistent profile is a normal one.
  const context = await playwright.chromium.launchPersistentContext(
    testInfo.outputPath('profile'),
    {
      ...testInfo.project.use.launchOptions,
    },
  );
  try {
    const page = await context.newPage();
    await page.goto(site.url);
    await waitForServiceWorker(page);
    const cdp = await context.newCDPSession(page);
    const manifest = await cdp.send('Page.getAppManifest');
    expect(manifest.url).toBe(`${site.url}manifest.webmanifest`);
    expect(manifest.errors).toEqual([]);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
  } finally {
    await context.close();
  }
});

test('a page opened from file:// links no manifest, which would not be beside it', async ({
  page,
}) => {
  await page.goto(builtPageFileUrl());
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('POP3 UIDL History Viewer');
  await expect(page.locator('link[rel="manifest"]')).toHaveCount(0);
});

test('a page served over http links the manifest', async ({ page }) => {
  await page.goto(site.url);
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute(
    'href',
    './manifest.webmanifest',
  );
});
