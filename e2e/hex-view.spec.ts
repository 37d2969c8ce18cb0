import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './test';
import { decodeUidlHistory } from '../src/decoder/decode';
import { makeLargeHistory } from '../src/decoder/testing/generate';
import { fixture, openFile } from './helpers';

const workedExample = fixture('worked-example.bin');
const model = decodeUidlHistory(new Uint8Array(workedExample));

const hexView = (page: Page) => page.getByRole('region', { name: /^Hex view/ });
const byteCell = (page: Page, offset: number) =>
  hexView(page).locator(`[role="gridcell"][data-offset="${offset}"]`);
const status = (page: Page) => page.getByTestId('hex-status');

async function openWorkedExample(page: Page): Promise<void> {
  await page.goto('./');
  await openFile(page, 'worked-example.bin', workedExample);
  await expect(byteCell(page, 0)).toHaveText('03');
}

/** The computed background a CSS variable gives, to compare with a byte's. */
async function backgroundOf(page: Page, variable: string): Promise<string> {
  return page.evaluate((name) => {
    const probe = document.createElement('div');
    probe.style.background = `var(${name})`;
    document.body.append(probe);
    const colour = getComputedStyle(probe).backgroundColor;
    probe.remove();
    return colour;
  }, variable);
}

test.describe('hex view', () => {
  // The hex view beside the table, as on a wide screen (below 1600 px it starts below the
  // other views): these tests read what it scrolls into sight.
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('pop3-uidl-viewer:hex-width', 'natural'));
  });

  test('colours the header bytes as version and count', async ({ page }) => {
    await openWorkedExample(page);
    const version = await backgroundOf(page, '--field-version-bg');
    const count = await backgroundOf(page, '--field-count-bg');
    expect(version).not.toBe(count);
    for (const [offset, text, colour] of [
      [0, '03', version],
      [1, '00', version],
      [2, '17', count],
      [3, '00', count],
    ] as const) {
      await expect(byteCell(page, offset)).toHaveText(text);
      await expect(byteCell(page, offset)).toHaveCSS('background-color', colour);
    }
  });

  test('says where a hovered byte is', async ({ page }) => {
    await openWorkedExample(page);
    const dollar = model.escapes.start[0] ?? -1;
    await expect(byteCell(page, dollar)).toHaveText('24');
    await byteCell(page, dollar).hover();
    await expect(status(page)).toContainText('Tag 0 › UID › $2d → "-"');
    await byteCell(page, 2).hover();
    await expect(status(page)).toContainText('Header › Count (23)');
  });

  test('clicking a byte selects its tag in every view', async ({ page }) => {
    await openWorkedExample(page);
    const inTag2 = (model.tags.timestampStart[2] ?? 0) + 3;
    await byteCell(page, inTag2).click();
    await expect(page.getByTestId('selection-status')).toContainText('tag 2');
    const table = page.getByRole('table', { name: 'Tags' });
    await expect(table.locator('[role="row"][data-tag="2"]')).toHaveAttribute(
      'aria-selected',
      'true',
    );
    const start = model.tags.start[2] ?? 0;
    const end = model.tags.end[2] ?? 0;
    await expect(byteCell(page, start)).toHaveClass(/selected-first/);
    await expect(byteCell(page, end - 1)).toHaveClass(/selected-last/);
  });

  test('scrolls to a tag selected in the table only when it is out of view', async ({ page }) => {
    await openWorkedExample(page);
    const table = page.getByRole('table', { name: 'Tags' });
    const grid = hexView(page).getByRole('grid', { name: 'Bytes' });
    const scrollTop = () => grid.evaluate((el) => el.scrollTop);
    const row = table.locator('[role="row"][data-tag="1"]');
    await row.click();
    await expect(page.getByTestId('selection-status')).toContainText('tag 1');
    expect(await scrollTop()).toBe(0);
    // Pressed on the row itself, so the key reaches the table whatever else took focus.
    await row.press('End');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('selection-status')).toContainText('tag 22');
    const last = model.tags.start[22] ?? 0;
    await expect(byteCell(page, last)).toBeInViewport();
    await expect(byteCell(page, last)).toHaveClass(/selected-first/);
  });

  test('goes to an offset typed in hex or decimal', async ({ page }) => {
    await openWorkedExample(page);
    const offsetInput = hexView(page).getByRole('textbox', { name: 'Offset' });
    await offsetInput.fill('0x500');
    await offsetInput.press('Enter');
    await expect(byteCell(page, 0x500)).toHaveClass(/cursor/);
    await expect(byteCell(page, 0x500)).toBeInViewport();
    await expect(status(page)).toContainText('0x0500');
    await offsetInput.fill('5');
    await hexView(page).getByRole('button', { name: 'Go' }).click();
    await expect(byteCell(page, 5)).toHaveClass(/cursor/);
    await offsetInput.fill('zz');
    await offsetInput.press('Enter');
    await expect(hexView(page).getByRole('status')).toContainText('not an offset');
  });

  test('finds hex bytes and text, next and previous', async ({ page }) => {
    await openWorkedExample(page);
    const view = hexView(page);
    const findInput = view.getByRole('textbox', { name: 'Find' });
    const message = view.getByRole('status');
    const first = model.escapes.start[0] ?? -1;
    const second = model.escapes.start[1] ?? -1;
    await findInput.fill('24 32 64');
    await findInput.press('Enter');
    await expect(message).toContainText(
      `Match at 0x${first.toString(16).toUpperCase().padStart(4, '0')}`,
    );
    await expect(byteCell(page, first)).toHaveClass(/match/);
    await expect(byteCell(page, first + 2)).toHaveClass(/match/);
    await view.getByRole('button', { name: 'Next' }).click();
    await expect(byteCell(page, second)).toHaveClass(/match/);
    await view.getByRole('button', { name: 'Previous' }).click();
    await expect(byteCell(page, first)).toHaveClass(/match/);
    await view.getByRole('combobox', { name: 'as' }).selectOption('text');
    await findInput.fill('A75C');
    await findInput.press('Enter');
    await expect(message).toContainText('Match at');
    await findInput.fill('no such text');
    await findInput.press('Enter');
    await expect(message).toHaveText('No match.');
  });

  test('moves a byte cursor from the keyboard and selects with Enter', async ({ page }) => {
    await openWorkedExample(page);
    const grid = hexView(page).getByRole('grid', { name: 'Bytes' });
    await grid.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('End');
    await expect(byteCell(page, 47)).toHaveClass(/cursor/);
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('selection-status')).toContainText('tag 0');
    await page.keyboard.press('Control+End');
    await expect(byteCell(page, workedExample.length - 1)).toHaveClass(/cursor/);
    await page.keyboard.press('Control+Home');
    await expect(byteCell(page, 0)).toHaveClass(/cursor/);
  });

  test('has no accessibility violations', async ({ page }) => {
    await openWorkedExample(page);
    await byteCell(page, 30).click();
    const result = await new AxeBuilder({ page }).include('.hex-view').analyze();
    expect(result.violations).toEqual([]);
  });

  test('reaches the last byte of the 65,535-tag BLOB with Ctrl+End', async ({ page }) => {
    const bytes = Buffer.from(makeLargeHistory(65_535, 7));
    await page.goto('./');
    await openFile(page, 'large.bin', bytes);
    await expect(byteCell(page, 0)).toHaveText('03');
    await hexView(page).getByRole('grid', { name: 'Bytes' }).focus();
    await page.keyboard.press('Control+End');
    const last = byteCell(page, bytes.length - 1);
    await expect(last).toHaveClass(/cursor/);
    await expect(last).toHaveText('00');
    await expect(last).toBeInViewport();
    await expect(last).toHaveClass(/f-terminator/);
    // Only the rows in view are in the DOM, a few dozen of them.
    expect(await hexView(page).locator('*').count()).toBeLessThan(1500);
  });

  test('scrolls a 15 MB file to the end and by whole rows with the wheel', async ({ page }) => {
    const bytes = Buffer.alloc(15 * 2 ** 20);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 2654435761) >>> 24;
    await page.goto('./');
    await openFile(page, 'random.bin', bytes);
    // Reading and decoding 15 MB can take longer than the default wait on a busy machine.
    await expect(byteCell(page, 0)).toBeVisible({ timeout: 30_000 });
    const grid = hexView(page).getByRole('grid', { name: 'Bytes' });
    const firstRow = () =>
      grid.locator('[role="row"]').evaluateAll((rows) => {
        const top = rows[0]?.parentElement?.parentElement?.getBoundingClientRect().top ?? 0;
        const shown = rows.filter((r) => r.getBoundingClientRect().top >= top - 1);
        return Math.min(...shown.map((r) => Number(r.getAttribute('aria-rowindex')) - 1));
      });
    await grid.hover();
    await page.mouse.wheel(0, 200);
    await expect.poll(firstRow).toBe(10);
    await page.mouse.wheel(0, 200);
    await expect.poll(firstRow).toBe(20);
    // Drag the scrollbar to the very bottom.
    await grid.evaluate((el) => {
      el.scrollTop = el.scrollHeight;
    });
    const last = byteCell(page, bytes.length - 1);
    await expect(last).toBeInViewport();
    await expect(last).toHaveText(
      bytes[bytes.length - 1]!.toString(16).toUpperCase().padStart(2, '0'),
    );
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`colours the fields in the ${theme} theme`, async ({ page }, testInfo) => {
      await page.emulateMedia({ colorScheme: theme });
      await openWorkedExample(page);
      // A byte of tag 1, in view without scrolling even in a short viewport.
      await byteCell(page, 70).click();
      await byteCell(page, model.escapes.start[0] ?? 0).hover();
      await hexView(page).screenshot({ path: testInfo.outputPath(`hex-view-${theme}.png`) });
      await expect(byteCell(page, 0)).toHaveCSS(
        'background-color',
        await backgroundOf(page, '--field-version-bg'),
      );
    });
  }
});
