import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './test';
import { encodeUidlHistory } from '../src/decoder';
import { fixture, openFile } from './helpers';

const workedExampleBytes = () => new Uint8Array(fixture('worked-example.bin'));

const strip = (page: Page) => page.getByRole('region', { name: 'UID escapes' });
const tagRow = (page: Page, position: number) =>
  page
    .getByRole('table', { name: 'Tags' })
    .locator(`[role="row"][aria-rowindex="${position + 2}"]`);
const escapeBoxes = (page: Page) => strip(page).locator('.uid-cell--escape');

async function openAndSelect(page: Page, bytes: Uint8Array, position = 0): Promise<void> {
  await page.goto('./');
  await openFile(page, 'history.bin', Buffer.from(bytes));
  await tagRow(page, position).click();
}

test.describe('UID escapes', () => {
  test('asks for a tag until one is selected', async ({ page }) => {
    await page.goto('./');
    await openFile(page, 'worked-example.bin', Buffer.from(workedExampleBytes()));
    await expect(strip(page)).toContainText('Select a tag');
  });

  test('boxes the four $2d escapes of the worked example and decodes them to "-"', async ({
    page,
  }) => {
    await openAndSelect(page, workedExampleBytes());
    await expect(strip(page)).toContainText('Raw UID in resource tag 0');
    await expect(strip(page)).toContainText('ASCII representation');
    await expect(strip(page)).toContainText('UID of message 0');
    await expect(escapeBoxes(page)).toHaveCount(4);
    for (const box of await escapeBoxes(page).all()) {
      await expect(box.locator('.uid-cell__hex')).toHaveText('243264');
      await expect(box.locator('.uid-cell__ascii')).toHaveText('$2d');
      await expect(box.locator('.uid-cell__decoded')).toHaveText('-');
    }
    const decoded = await strip(page).locator('.uid-cell__decoded').allTextContents();
    expect(decoded.join('')).toBe('0BC535DB-EA63-11E1-A75C-00215AD7BB74');
    await expect(strip(page).locator('.uid-cell--terminator .uid-cell__hex')).toHaveText('00');
    await expect(strip(page)).toContainText('null terminator of resource tag 0');
    await expect(strip(page)).toContainText('2012-09-06 13:11:38');
  });

  test('keeps hex, ASCII and decoded rows aligned when the strip wraps', async ({ page }) => {
    await page.setViewportSize({ width: 420, height: 900 });
    await openAndSelect(page, workedExampleBytes());
    const cells = await strip(page).locator('.uid-cell').all();
    expect(cells.length).toBeGreaterThan(30);
    const tops = new Set<number>();
    for (const cell of cells) {
      const rows = ['.uid-cell__hex', '.uid-cell__ascii', '.uid-cell__decoded'];
      const boxes = await Promise.all(rows.map((r) => cell.locator(r).boundingBox()));
      const [hex, ascii, decoded] = boxes;
      if (!hex || !ascii || !decoded) throw new Error('a cell row is not laid out');
      // Each column stacks hex over ASCII over decoded, left edges aligned.
      expect(ascii.y).toBeGreaterThan(hex.y);
      expect(decoded.y).toBeGreaterThan(ascii.y);
      expect(Math.abs(ascii.x - hex.x)).toBeLessThan(1);
      expect(Math.abs(decoded.x - hex.x)).toBeLessThan(1);
      tops.add(Math.round(hex.y));
    }
    expect(tops.size).toBeGreaterThan(1); // it did wrap
  });

  test('selects an escape by click, keeping the tag', async ({ page }) => {
    await openAndSelect(page, workedExampleBytes());
    const second = escapeBoxes(page).nth(1);
    await second.click();
    await expect(second).toHaveAttribute('aria-pressed', 'true');
    await expect(tagRow(page, 0)).toHaveAttribute('aria-selected', 'true');
    // Tag 0's UID starts at 20: 0BC535DB (20-27), $2d (28-30), EA63 (31-34), $2d at 35.
    // Offsets are written with four hex digits everywhere: 35 is 0x0023.
    await expect(second).toHaveAccessibleName(/at 0x0023:/);
    // aria-pressed comes back from the page's selection, so the range went through onSelect.
    await expect(escapeBoxes(page).first()).toHaveAttribute('aria-pressed', 'false');
  });

  test('marks malformed and needless escapes', async ({ page }) => {
    const odd = encodeUidlHistory({
      tags: [
        {
          operation: 'get',
          content: 'body',
          timestampRaw: '20120906131138',
          rawUid: 'a$zq$41b$2d',
        },
      ],
    });
    await openAndSelect(page, odd);
    await expect(strip(page).locator('.uid-cell--bad-escape')).toHaveCount(1);
    await expect(strip(page).locator('.uid-cell--needless-escape .uid-cell__decoded')).toHaveText(
      'A',
    );
    await expect(escapeBoxes(page)).toHaveCount(1);
  });

  test('copies the raw and the decoded UID', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openAndSelect(page, workedExampleBytes());
    await strip(page).getByRole('button', { name: 'Copy UID' }).click();
    await expect(strip(page).getByRole('status')).toHaveText('Copied the UID.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      '0BC535DB-EA63-11E1-A75C-00215AD7BB74',
    );
    await strip(page).getByRole('button', { name: 'Copy raw UID' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      '0BC535DB$2dEA63$2d11E1$2dA75C$2d00215AD7BB74',
    );
  });

  test('says how to copy by hand when the clipboard is refused', async ({ page }) => {
    await page.addInitScript(() => {
      navigator.clipboard.writeText = () => Promise.reject(new Error('denied'));
    });
    await openAndSelect(page, workedExampleBytes());
    await strip(page).getByRole('button', { name: 'Copy UID' }).click();
    await expect(strip(page).getByRole('status')).toContainText('copy it by hand');
  });

  test('has no accessibility violations, light or dark', async ({ page }, testInfo) => {
    await openAndSelect(page, workedExampleBytes());
    await escapeBoxes(page).first().click();
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const results = await new AxeBuilder({ page }).include('.uid-escapes').analyze();
      expect(results.violations).toEqual([]);
      await strip(page).screenshot({ path: testInfo.outputPath(`uid-escapes-${colorScheme}.png`) });
    }
  });

  test('marks every kind of malformed escape in the diag-bad-escape fixture', async ({ page }) => {
    const bytes = new Uint8Array(fixture('diag-bad-escape.bin'));
    for (const position of [0, 1, 2]) {
      await openAndSelect(page, bytes, position);
      await expect(strip(page).locator('.uid-cell--bad-escape')).toHaveCount(1);
      await expect(strip(page).locator('.uid-cell--bad-escape')).toHaveAccessibleName(/malformed/);
    }
  });
});
