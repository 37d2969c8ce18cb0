import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from './test';
import CFB from 'cfb';
import { encodeUidlHistory, type HistoryJson } from '../src/decoder/index';
import { makeLargeHistory } from '../src/decoder/testing/generate';
import { dropFiles, fixture, openFile, pasteText, showDetailsTab, tagRows } from './helpers';

const menu = (page: Page) => page.getByRole('group', { name: 'Export' });

/** The export actions sit in a panel under the app bar's "Export" button. */
async function openMenu(page: Page): Promise<void> {
  const button = page.getByRole('button', { name: 'Export', exact: true });
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  await expect(menu(page)).toBeVisible();
}
const summary = (page: Page) => page.getByRole('region', { name: 'Summary' });
const workedExample = () => fixture('worked-example.bin');

async function download(page: Page, button: Locator): Promise<{ name: string; bytes: Buffer }> {
  const [saved] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: saved.suggestedFilename(), bytes: await readFile(await saved.path()) };
}

test.beforeEach(async ({ page }) => {
  await page.goto('./');
});

test('exports CSV and JSON with the server comparison', async ({ page }) => {
  await openFile(page, 'worked-example.bin', workedExample());
  await showDetailsTab(page, 'Compare with server');
  await page
    .getByRole('region', { name: 'Compare with server' })
    .getByLabel('Server UIDL listing')
    .fill('1 0BC535DB-EA63-11E1-A75C-00215AD7BB74\r\n2 brand-new');
  await openMenu(page);
  await expect(menu(page)).toContainText('Exports include the server comparison.');

  const csv = await download(page, menu(page).getByRole('button', { name: 'Export CSV' }));
  expect(csv.name).toBe('worked-example-history.csv');
  const lines = csv.bytes.toString('utf8').split('\r\n');
  expect(lines[0]).toBe(
    'index,start,end,operation,content,timestamp,timestampRaw,rawUid,uid,diagnostics,verdict',
  );
  expect(lines[1]).toBe(
    '0,4,65,get,body,2012-09-06T13:11:38,20120906131138,0BC535DB$2dEA63$2d11E1$2dA75C$2d00215AD7BB74,0BC535DB-EA63-11E1-A75C-00215AD7BB74,,fetched',
  );
  expect(lines[2]).toMatch(/^1,65,126,.*,gone$/);
  expect(lines).toHaveLength(25);

  const json = await download(page, menu(page).getByRole('button', { name: 'Export JSON' }));
  expect(json.name).toBe('worked-example-history.json');
  const parsed = JSON.parse(json.bytes.toString('utf8')) as HistoryJson & {
    comparison: { counts: unknown };
  };
  expect(parsed.comparison.counts).toEqual({ fetched: 1, deleted: 0, new: 1, gone: 22 });
  expect(parsed.tags[2]!.uid).toBe('24E88333-EA34-11E1-A3AC-00215AD7F156');
  expect(Buffer.from(encodeUidlHistory(parsed))).toEqual(workedExample());
});

test('copies the selected tag as hex, with the buttons explaining themselves before', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openFile(page, 'worked-example.bin', workedExample());
  await openMenu(page);
  const copyHex = menu(page).getByRole('button', { name: 'Copy selected bytes as hex' });
  await expect(copyHex).toHaveAttribute('aria-disabled', 'true');
  await expect(copyHex).toHaveAccessibleDescription('Copying bytes: Select a tag or bytes first.');

  await tagRows(page).first().click();
  await openMenu(page);
  await expect(copyHex).toHaveAttribute('aria-disabled', 'false');
  await copyHex.focus();
  await page.keyboard.press('Enter');
  await expect(menu(page).getByRole('status')).toHaveText('Copied 61 bytes as hex.');
  const expected = [...workedExample().subarray(4, 65)]
    .map((b) => b.toString(16).toUpperCase().padStart(2, '0'))
    .join(' ');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);

  await menu(page).getByRole('button', { name: 'Copy UID of selected tag' }).click();
  await expect(menu(page).getByRole('status')).toHaveText('Copied the UID of tag 0.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    '0BC535DB-EA63-11E1-A75C-00215AD7BB74',
  );
});

test('opens MFCMAPI hex text and saves its bytes', async ({ page }) => {
  const bytes = workedExample();
  await pasteText(page, `cb: ${bytes.length} lpb: ${bytes.toString('hex').toUpperCase()}`);
  await expect(summary(page)).toContainText('decoded from hex text');
  await openMenu(page);
  const bin = await download(
    page,
    menu(page).getByRole('button', { name: 'Download bytes (.bin)' }),
  );
  expect(bin.name).toBe('pasted-hex-text-history.bin');
  expect(bin.bytes).toEqual(bytes);
});

test('opens a dropped .msg and exports what it holds', async ({ page }) => {
  const container = CFB.utils.cfb_new();
  CFB.utils.cfb_add(
    container,
    '/__attach_version1.0_#00000000/__substg1.0_37010102',
    workedExample(),
  );
  const msg = Buffer.from(CFB.write(container, { type: 'array' }) as Uint8Array);
  await dropFiles(page, [{ name: 'pop3-history.msg', buffer: msg }]);
  await expect(summary(page).getByTestId('summary-tags-found')).toHaveText('23');
  await openMenu(page);
  const json = await download(page, menu(page).getByRole('button', { name: 'Export JSON' }));
  expect(json.name).toBe('pop3-history.json');
  const parsed = JSON.parse(json.bytes.toString('utf8')) as HistoryJson;
  expect(Buffer.from(encodeUidlHistory(parsed))).toEqual(workedExample());
});

test('exports the JSON of 65,535 tags while the page stays responsive', async ({ page }) => {
  const large = Buffer.from(makeLargeHistory(65_535, 7));
  await openFile(page, 'large.bin', large);
  await expect(summary(page).getByTestId('summary-tags-found')).toHaveText('65,535');
  await expect(summary(page).getByTestId('summary-count')).toHaveText('65,535');
  await openMenu(page);

  const status = menu(page).getByRole('status');
  const saved = page.waitForEvent('download');
  await menu(page).getByRole('button', { name: 'Export JSON' }).click();
  await expect(status).toHaveText('Preparing large-history.json…');
  // The page answers while the file is being built: a frozen page would only take the
  // change once the export had finished and the message had moved on to "Saved".
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await status.textContent()).toBe('Preparing large-history.json…');

  const download = await saved;
  expect(download.suggestedFilename()).toBe('large-history.json');
  const parsed = JSON.parse(await readFile(await download.path(), 'utf8')) as HistoryJson;
  expect(parsed.tags).toHaveLength(65_535);
  expect(Buffer.from(encodeUidlHistory(parsed))).toEqual(large);
  await expect(status).toHaveText('Saved large-history.json.');
});
