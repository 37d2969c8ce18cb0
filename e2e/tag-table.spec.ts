import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './test';
import {
  decodeUidlHistory,
  encodeUidlHistory,
  timestampRawOf,
  type AuthoredTag,
} from '../src/decoder';
import { makeLargeHistory } from '../src/decoder/testing/generate';
import { fixture, openFile } from './helpers';

const workedExample = new Uint8Array(fixture('worked-example.bin'));
const workedModel = decodeUidlHistory(workedExample);

const table = (page: Page) => page.getByRole('table', { name: 'Tags' });
const bodyRows = (page: Page) => table(page).locator('[role="rowgroup"]').nth(1).getByRole('row');
const rowAt = (page: Page, position: number) =>
  table(page).locator(`[role="row"][aria-rowindex="${position + 2}"]`);
const cell = (page: Page, position: number, column: string) =>
  rowAt(page, position).locator(`.tag-cell--${column}`);
const tagCount = (page: Page) => page.locator('.tag-table__count');

async function open(page: Page, name: string, bytes: Uint8Array): Promise<void> {
  await page.goto('./');
  await openFile(page, name, Buffer.from(bytes));
  await expect(table(page)).toBeVisible();
}

function uidText(history: ReturnType<typeof decodeUidlHistory>, tag: number): string {
  const t = history.tags;
  return history.text.slice(t.uidTextStart[tag], t.uidTextEnd[tag]);
}

test.describe('tag table', () => {
  test('shows the worked example tag by tag', async ({ page }) => {
    await open(page, 'worked-example.bin', workedExample);
    await expect(tagCount(page)).toHaveText('23 of 23 tags');
    await expect(table(page)).toHaveAttribute('aria-rowcount', '24');
    await expect(cell(page, 0, 'index')).toHaveText('0');
    await expect(cell(page, 0, 'offset')).toHaveText('0x0004');
    await expect(cell(page, 0, 'operation')).toHaveText('get');
    await expect(cell(page, 0, 'content')).toHaveText('body');
    await expect(cell(page, 0, 'timestamp')).toHaveText('2012-09-06 13:11:38');
    await expect(cell(page, 0, 'timestamp').locator('[title]')).toHaveAttribute(
      'title',
      /years ago/,
    );
    await expect(cell(page, 0, 'rawUid')).toHaveText(
      '0BC535DB$2dEA63$2d11E1$2dA75C$2d00215AD7BB74',
    );
    await expect(cell(page, 0, 'rawUid').locator('mark')).toHaveText(['$2d', '$2d', '$2d', '$2d']);
    await expect(cell(page, 0, 'uid')).toHaveText('0BC535DB-EA63-11E1-A75C-00215AD7BB74');
    await expect(cell(page, 0, 'uid').locator('mark')).toHaveText(['-', '-', '-', '-']);
    await expect(table(page).getByRole('columnheader', { name: /Timestamp/ })).toContainText(
      'no time zone',
    );
  });

  test('sorts by a column from its header, by mouse and by keyboard', async ({ page }) => {
    await open(page, 'worked-example.bin', workedExample);
    const header = table(page).getByRole('columnheader', { name: /Timestamp/ });
    const timestamps = Array.from({ length: workedModel.tags.length }, (_, i) =>
      timestampRawOf(workedModel, i),
    );
    const earliest = timestamps.indexOf([...timestamps].sort()[0] ?? '');
    const latest = timestamps.lastIndexOf([...timestamps].sort().at(-1) ?? '');
    expect(earliest).not.toBe(0);

    await header.getByRole('button').click();
    await expect(header).toHaveAttribute('aria-sort', 'ascending');
    await expect(cell(page, 0, 'index')).toHaveText(String(earliest));

    await header.getByRole('button').focus();
    await page.keyboard.press('Enter');
    await expect(header).toHaveAttribute('aria-sort', 'descending');
    await expect(cell(page, 0, 'index')).toHaveText(String(latest));

    await page.keyboard.press(' ');
    await expect(header).toHaveAttribute('aria-sort', 'none');
    await expect(cell(page, 0, 'index')).toHaveText('0');
  });

  test('filters by operation and content, and searches raw or decoded UIDs', async ({ page }) => {
    const tag = (operation: string, content: string, uid: string): AuthoredTag => ({
      operation,
      content,
      timestampRaw: '20240102030405',
      uid,
    });
    const mixed = encodeUidlHistory({
      tags: [
        tag('get', 'body', 'one.a@example'),
        tag('delete', 'header', 'two-b'),
        tag('get-and-delete', 'none', 'three'),
        tag('delete', 'body', 'four.d'),
        tag('get', 'header', 'FIVE'),
      ],
    });
    await open(page, 'mixed.bin', mixed);
    await expect(tagCount(page)).toHaveText('5 of 5 tags');

    await page.getByLabel('Operation', { exact: true }).selectOption('delete');
    await expect(tagCount(page)).toHaveText('2 of 5 tags');
    await expect(bodyRows(page).locator('.tag-cell--index')).toHaveText(['1', '3']);

    await page.getByLabel('Content', { exact: true }).selectOption('body');
    await expect(bodyRows(page).locator('.tag-cell--index')).toHaveText(['3']);

    await page.getByLabel('Operation', { exact: true }).selectOption('');
    await page.getByLabel('Content', { exact: true }).selectOption('');
    await page.getByLabel('Search UIDs').fill('$2e');
    await expect(bodyRows(page).locator('.tag-cell--index')).toHaveText(['0', '3']);
    await page.getByLabel('Search UIDs').fill('five');
    await expect(bodyRows(page).locator('.tag-cell--index')).toHaveText(['4']);
    await page.getByLabel('Search UIDs').fill('no such uid');
    await expect(tagCount(page)).toHaveText('0 of 5 tags');
    await expect(page.getByText('No tag matches the filters.')).toBeVisible();
  });

  test('selects a row by click and moves the selection with the keyboard', async ({ page }) => {
    await open(page, 'worked-example.bin', workedExample);
    await cell(page, 0, 'uid').click();
    await expect(rowAt(page, 0)).toHaveAttribute('aria-selected', 'true');
    await expect(rowAt(page, 0)).toBeFocused();

    await page.keyboard.press('ArrowDown');
    await expect(rowAt(page, 1)).toHaveAttribute('aria-selected', 'true');
    await expect(rowAt(page, 0)).toHaveAttribute('aria-selected', 'false');
    await expect(rowAt(page, 1)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await expect(rowAt(page, 1)).toHaveAttribute('aria-selected', 'true');

    await page.keyboard.press('End');
    await expect(rowAt(page, 22)).toHaveAttribute('aria-selected', 'true');
    await expect(rowAt(page, 22)).toBeInViewport();
    await page.keyboard.press('Home');
    await expect(rowAt(page, 0)).toHaveAttribute('aria-selected', 'true');

    // One tab stop: Tab leaves the table body instead of walking its rows.
    await page.keyboard.press('Tab');
    await expect(page.locator('[role="row"]:focus')).toHaveCount(0);
  });

  test('reaches the last of 65,535 tags with the End key', async ({ page }) => {
    const large = makeLargeHistory(65_535, 7);
    const model = decodeUidlHistory(large);
    await open(page, 'large.bin', large);
    await expect(tagCount(page)).toHaveText('65,535 of 65,535 tags');

    // A click on a row in view selects it without scrolling: no view echoes a selection.
    const scroller = table(page);
    await scroller.evaluate((el) => (el.scrollTop = 28 * 1000));
    const clicked = table(page).locator('[role="row"][aria-rowindex="1005"]');
    await clicked.click();
    await expect(clicked).toHaveAttribute('aria-selected', 'true');
    expect(await scroller.evaluate((el) => el.scrollTop)).toBe(28 * 1000);

    await page.keyboard.press('End');
    const last = rowAt(page, 65_534);
    await expect(last).toHaveAttribute('aria-selected', 'true');
    await expect(last).toBeInViewport();
    await expect(last.locator('.tag-cell--uid')).toHaveText(uidText(model, 65_534));
    // Virtualized: only the rows in view (and a few more) are in the DOM.
    expect(await table(page).locator('*').count()).toBeLessThan(1500);

    // Sorting 65,535 rows by UID keeps the selected tag in view, and puts the smallest UID first.
    await table(page).getByRole('columnheader', { name: /^UID/ }).getByRole('button').click();
    const selected = table(page).locator('[role="row"][aria-selected="true"]');
    await expect(selected.locator('.tag-cell--index')).toHaveText('65534');
    await expect(selected).toBeInViewport();
    await selected.focus();
    await page.keyboard.press('Home');
    const uids = Array.from({ length: model.tags.length }, (_, i) => uidText(model, i)).sort();
    await expect(cell(page, 0, 'uid')).toHaveText(uids[0] ?? '');
  });

  test('has no accessibility violations, light or dark', async ({ page }, testInfo) => {
    await open(page, 'worked-example.bin', workedExample);
    await cell(page, 2, 'index').click();
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const results = await new AxeBuilder({ page }).include('.tag-table').analyze();
      expect(results.violations).toEqual([]);
      await page
        .locator('.tag-table')
        .screenshot({ path: testInfo.outputPath(`tag-table-${colorScheme}.png`) });
    }
  });

  test('shows malformed fields as recorded, marked, with their diagnostics', async ({ page }) => {
    await open(page, 'diag-bad-operation.bin', new Uint8Array(fixture('diag-bad-operation.bin')));
    await expect(cell(page, 0, 'operation')).toHaveText("unknown '?'");
    await expect(cell(page, 0, 'operation').locator('.tag-bad')).toHaveCount(1);
    await expect(cell(page, 0, 'diagnostics')).toHaveText('bad-operation');
    await expect(cell(page, 0, 'diagnostics').locator('.tag-diag--error')).toHaveCount(1);
    await expect(cell(page, 1, 'operation')).toHaveText('get');
    await expect(cell(page, 1, 'diagnostics')).toHaveText('');

    await open(page, 'diag-bad-timestamp.bin', new Uint8Array(fixture('diag-bad-timestamp.bin')));
    await expect(cell(page, 1, 'timestamp')).toHaveText('20241301083015');
    await expect(cell(page, 1, 'timestamp').locator('.tag-bad')).toHaveCount(1);
    await expect(cell(page, 5, 'timestamp')).toHaveText('2024-02-29 23:59:59');
    await expect(cell(page, 5, 'timestamp').locator('.tag-bad')).toHaveCount(0);
  });
});
