import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { benchmarkStore, historyStore } from '../src/input/pst/testing/stores';
import { buildPst, writePst } from '../src/input/pst/testing/writer';
import { fileSink } from '../scripts/pstFiles';
import { openFile } from './helpers';
import { expect, test, type Page } from './test';

const summary = (page: Page) => page.getByRole('region', { name: 'Summary' });
const notices = (page: Page) => page.locator('.notices');
const tags = (page: Page) => page.getByRole('table', { name: 'Tags' });

test('a dropped .pst lists its histories; choosing one shows its UIDs', async ({ page }) => {
  const { spec, expected } = historyStore();
  await page.goto('./');
  await openFile(page, 'store.pst', Buffer.from(buildPst(spec)));
  const store = summary(page).getByTestId('summary-store');
  await expect(store).toContainText('Unicode PST');
  await expect(store).toContainText('4 histories found');
  // The first history opens: alice's, in the Inbox (the header names where it came from).
  await expect(summary(page)).toContainText('alice@example.com, in Inbox of store.pst');
  await expect(tags(page)).toContainText('0BC535DB-EA63-11E1-A75C-00215AD7BB74');
  const rows = store.getByRole('row');
  await expect(rows).toHaveCount(5);
  for (const [i, account] of [
    'alice@example.com',
    'bob@example.com',
    'mini-UID 0a1b2c3d',
    'carol@example.org',
  ].entries()) {
    await expect(rows.nth(i + 1)).toContainText(account);
  }
  await expect(rows.nth(4)).toContainText(expected[1]!.folderPath);
  await store.getByRole('button', { name: 'Open history 4' }).click();
  await expect(summary(page)).toContainText('carol@example.org, in POP Archive of store.pst');
  await expect(tags(page)).toBeVisible();
});

test('a real Outlook OST without a history says what it found', async ({ page }) => {
  const require = createRequire(import.meta.url);
  const testdata = join(require.resolve('pst-extractor/package.json'), '..', 'example', 'testdata');
  const ost = readFileSync(join(testdata, 'pstextractortest@outlook.com.ost'));
  await page.goto('./');
  await openFile(page, 'mail.ost', ost);
  await expect(notices(page)).toContainText(
    'has a Message Manager message but no history attachment',
  );
  await expect(notices(page)).toContainText('Outlook Message Manager (Outlook)');
  // The page stays usable: another file opens.
  await page.getByRole('button', { name: 'Open example' }).click();
  await expect(tags(page)).toBeVisible();
});

test('a 1 GB store is scanned, not read: the history is found and the page answers meanwhile', async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  const dir = mkdtempSync(join(tmpdir(), 'pop3-uidl-store-'));
  try {
    const path = join(dir, 'big.pst');
    const sink = fileSink(path);
    writePst(benchmarkStore(200, 1e9), sink);
    sink.close();
    const size = statSync(path).size;
    await page.goto('./');
    await page.getByTestId('file-input').setInputFiles(path);
    await page.getByLabel('Theme').selectOption('dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    const store = summary(page).getByTestId('summary-store');
    await expect(store).toContainText('4 histories found', { timeout: 60_000 });
    await expect(tags(page)).toBeVisible();
    const scanned = (await store.textContent()) ?? '';
    testInfo.annotations.push({
      type: 'scan',
      description: `${size} bytes in the store; ${scanned}`,
    });
    // What the header says the scan read ("… 18.3 KiB (18,742 bytes) read") is a sliver of the file.
    const read = /\(([\d,]+) bytes\) read/.exec(scanned);
    expect(read).not.toBeNull();
    const bytesRead = Number(read![1]!.replace(/,/g, ''));
    expect(size).toBeGreaterThan(1e9);
    expect(bytesRead).toBeGreaterThan(0);
    expect(bytesRead).toBeLessThan(size / 1000);
    await page.screenshot({ path: testInfo.outputPath('big-store.png') });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
