import { expect, test } from './test';
import { builtPageFileUrl, exploreWorkedExample } from './helpers';

// The same single file is the hosted site and the download: the main scenario must work
// from both, with no console error (e2e/test.ts fails on any; a Content-Security-Policy
// violation is one).
const origins = [
  { name: 'over http', url: () => './' },
  { name: 'from file://', url: builtPageFileUrl },
];

for (const origin of origins) {
  test(`a BLOB can be opened and explored ${origin.name}`, async ({ page }) => {
    await page.goto(origin.url());
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('POP3 UIDL History Viewer');
    await exploreWorkedExample(page);
  });
}

test('the built page refers to no file but itself', async ({ page }) => {
  await page.goto(builtPageFileUrl());
  const references = await page.evaluate(() =>
    [...document.querySelectorAll('[src], [href]')].map(
      (element) => element.getAttribute('src') ?? element.getAttribute('href') ?? '',
    ),
  );
  expect(references.filter((reference) => !reference.startsWith('data:'))).toEqual([]);
  await expect(page.locator('script[src]')).toHaveCount(0);
});

test('"Download for offline use" saves a page that works from file://', async ({
  page,
  context,
}, testInfo) => {
  await page.goto('./');
  await expect(page.getByTestId('app-version')).toContainText(
    /v\d+\.\d+\.\d+, built \d{4}-\d\d-\d\d/,
  );
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download for offline use' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^pop3-uidl-viewer-\d+\.\d+\.\d+\.html$/);
  const saved = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(saved);

  const offline = await context.newPage();
  await offline.goto(new URL(`file://${saved}`).href);
  await expect(offline.getByTestId('app-version')).toHaveText(
    (await page.getByTestId('app-version').textContent()) ?? '',
  );
  await exploreWorkedExample(offline);
});
