import { expect, test, type Locator, type Page } from './test';
import { encodeUidlHistory, type AuthoredTag } from '../src/decoder';
import { dataRows, fixture, openFile, pasteText } from './helpers';

/**
 * The question people open the viewer with — which messages did Outlook fetch or delete,
 * when, and which will it download again — answered on the first screen at common sizes.
 */
const SIZES = [
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];

// The worked example's UIDs (FORMAT.md), decoded from the fixture's `$2d` escapes.
const WORKED_UIDS = [
  '0BC535DB-EA63-11E1-A75C-00215AD7BB74',
  '143DBBCB-EA66-11E1-A5F2-002264C154BA',
];

const table = (page: Page) => page.getByRole('table', { name: 'Tags' });
const rowAt = (page: Page, position: number) =>
  table(page).locator(`[role="row"][aria-rowindex="${position + 2}"]`);
const cell = (page: Page, position: number, column: string) =>
  rowAt(page, position).locator(`.tag-cell--${column}`);
const summaryName = (page: Page) => page.getByTestId('summary-name');
const comparePanel = (page: Page) => page.getByRole('region', { name: 'Compare with server' });

const tag = (operation: string, uid: string, timestampRaw = '20240710081502'): AuthoredTag => ({
  operation,
  content: 'body',
  timestampRaw,
  uid,
});

async function openBytes(page: Page, name: string, bytes: Uint8Array): Promise<void> {
  await openFile(page, name, Buffer.from(bytes));
  await expect(summaryName(page)).toHaveText(name);
  await expect(table(page)).toBeVisible();
}

/** Whether `inner` lies wholly inside `outer`'s box (a pixel of rounding allowed). */
async function expectInside(inner: Locator, outer: Locator, what: string): Promise<void> {
  const a = await inner.boundingBox();
  const b = await outer.boundingBox();
  if (!a || !b) throw new Error(`${what} is not laid out`);
  expect(a.x, `${what}: left edge`).toBeGreaterThanOrEqual(b.x - 1);
  expect(a.y, `${what}: top edge`).toBeGreaterThanOrEqual(b.y - 1);
  expect(a.x + a.width, `${what}: right edge`).toBeLessThanOrEqual(b.x + b.width + 1);
  expect(a.y + a.height, `${what}: bottom edge`).toBeLessThanOrEqual(b.y + b.height + 1);
}

for (const size of SIZES) {
  test.describe(`at ${size.width}×${size.height}`, () => {
    test.use({ viewport: size });

    test('the selected tag shows its UID, time and operation without scrolling sideways', async ({
      page,
    }) => {
      await page.goto('./');
      await openBytes(page, 'worked-example.bin', new Uint8Array(fixture('worked-example.bin')));
      await rowAt(page, 1).click();
      await expect(rowAt(page, 1)).toHaveAttribute('aria-selected', 'true');

      const headers = await table(page).getByRole('columnheader').allTextContents();
      expect(headers.slice(0, 5).map((text) => text.replace(/[↕▲▼]/g, '').trim())).toEqual([
        '#',
        'UID',
        'Timestamp no time zone',
        'Operation',
        'Content',
      ]);
      await expect(cell(page, 1, 'uid')).toHaveText(WORKED_UIDS[1]!);
      // FORMAT.md's tag layout: `+b` and 2012-09-06 13:1x:xx for the worked example's tags.
      await expect(cell(page, 1, 'operation')).toHaveText('get');
      await expect(cell(page, 1, 'timestamp')).toHaveText(/^2012-09-06 \d\d:\d\d:\d\d$/);
      expect(await table(page).evaluate((element) => element.scrollLeft)).toBe(0);
      for (const column of ['uid', 'timestamp', 'operation'])
        await expectInside(cell(page, 1, column), table(page), `${column} cell`);
      // The UID is drawn in full, not cut: its text fits its cell.
      const uidBox = await cell(page, 1, 'uid')
        .locator('.tag-uid')
        .evaluate((element) => ({
          scroll: element.scrollWidth,
          client: element.clientWidth,
        }));
      expect(uidBox.scroll).toBeLessThanOrEqual(uidBox.client);
    });

    test('both copy buttons are reachable for a 300-character UID', async ({ page }) => {
      const long = 'x'.repeat(150) + '-'.repeat(150);
      await page.goto('./');
      await openBytes(page, 'long.bin', encodeUidlHistory({ tags: [tag('get', long)] }));
      await rowAt(page, 0).click();
      const escapes = page.getByRole('region', { name: 'UID escapes' });
      for (const name of ['Copy raw UID', 'Copy UID']) {
        const button = escapes.getByRole('button', { name, exact: true });
        await button.scrollIntoViewIfNeeded();
        await expect(button).toBeInViewport();
        await button.click();
        await expect(escapes.getByRole('status')).toHaveText(
          new RegExp(`^(Copied the ${name.slice(5)}\\.|Copying was not allowed)`),
        );
      }
    });

    test('a pasted listing fills the comparison and shows at least 8 verdict rows', async ({
      page,
    }) => {
      await page.goto('./');
      // Twelve tags; the server lists ten of them and two it alone has.
      const uids = Array.from({ length: 12 }, (_, i) => `uid-${String(i).padStart(2, '0')}`);
      await openBytes(
        page,
        'twelve.bin',
        encodeUidlHistory({ tags: uids.map((u) => tag('get', u)) }),
      );
      const listing = [
        '+OK',
        ...uids.slice(0, 10).map((uid, i) => `${i + 1} ${uid}`),
        '11 only-on-server-a',
        '12 only-on-server-b',
        '.',
      ].join('\r\n');
      await pasteText(page, listing);

      await expect(summaryName(page)).toHaveText('twelve.bin');
      await expect(comparePanel(page)).toBeVisible();
      await expect(comparePanel(page)).toContainText('Listing: 12 server messages');
      const verdictCells = table(page).locator('.tag-cell--verdict:not(.tag-cell--head)');
      await expect(verdictCells).toHaveCount(12);
      await expect(verdictCells.nth(0)).toHaveText('fetched');
      await expect(verdictCells.nth(11)).toHaveText('gone');
      let visible = 0;
      for (const verdict of await verdictCells.all())
        if (await verdict.isVisible()) {
          const box = await verdict.boundingBox();
          const grid = await table(page).boundingBox();
          const inView = await verdict.evaluate((element) => {
            const r = element.getBoundingClientRect();
            return r.top >= 0 && r.bottom <= window.innerHeight;
          });
          if (
            box &&
            grid &&
            inView &&
            box.y >= grid.y &&
            box.y + box.height <= grid.y + grid.height
          )
            visible++;
        }
      expect(visible).toBeGreaterThanOrEqual(8);
      // The server messages the history has no record of, by their server numbers.
      const rows = dataRows(comparePanel(page).getByRole('table', { name: 'Server comparison' }));
      await expect(rows).toHaveCount(2);
      await expect(rows.nth(0).getByRole('cell').nth(0)).toHaveText('11');
      await expect(rows.nth(1)).toContainText('only-on-server-b');
    });

    test('every header sorts from the middle of its cell, ascending first', async ({ page }) => {
      await page.goto('./');
      await openBytes(page, 'worked-example.bin', new Uint8Array(fixture('worked-example.bin')));
      const headers = table(page).getByRole('columnheader');
      const count = await headers.count();
      expect(count).toBeGreaterThanOrEqual(8);
      for (let i = 0; i < count; i++) {
        const header = headers.nth(i);
        await expect(header).toHaveAttribute('aria-sort', 'none');
        const box = await header.boundingBox();
        if (!box) throw new Error(`header ${i} is not laid out`);
        await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
        await expect(header).toHaveAttribute('aria-sort', 'ascending');
        await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
        await expect(header).toHaveAttribute('aria-sort', 'descending');
        await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
        await expect(header).toHaveAttribute('aria-sort', 'none');
      }
    });
  });
}

test('Ctrl+V of a listing with a BLOB open keeps the BLOB and fills Compare', async ({ page }) => {
  await page.goto('./');
  await openBytes(page, 'worked-example.bin', new Uint8Array(fixture('worked-example.bin')));
  await rowAt(page, 0).click();
  await pasteText(page, `+OK\r\n1 ${WORKED_UIDS[0]}\r\n2 brand-new\r\n.\r\n`);
  await expect(summaryName(page)).toHaveText('worked-example.bin');
  await expect(page.getByRole('tab', { name: /^Compare with server/ })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(comparePanel(page)).toContainText('Listing: 2 server messages');
  await expect(cell(page, 0, 'verdict')).toHaveText('fetched');
  await comparePanel(page).getByRole('button', { name: 'Edit listing' }).click();
  await expect(comparePanel(page).getByLabel('Server UIDL listing')).toHaveValue(
    `+OK\n1 ${WORKED_UIDS[0]}\n2 brand-new\n.\n`.replace(/\n/g, '\n'),
  );
});

test('a paste that is no BLOB keeps the open one; one that replaces it can be undone', async ({
  page,
}) => {
  await page.goto('./');
  await openBytes(page, 'worked-example.bin', new Uint8Array(fixture('worked-example.bin')));
  await pasteText(page, 'Dear support, Outlook keeps downloading my mail again!');
  await expect(page.locator('.notice--error')).toContainText('worked-example.bin is still open.');
  await expect(summaryName(page)).toHaveText('worked-example.bin');
  // The header row and the 23 tags; counted by the grid, since only the rows in view are drawn.
  await expect(table(page)).toHaveAttribute('aria-rowcount', '24');
  await expect(cell(page, 0, 'uid')).toHaveText(WORKED_UIDS[0]!);

  // A BLOB as hex text: version 3, count 1, one get tag with UID `a`.
  await pasteText(page, '03 00 01 00 2B 62 32 30 31 32 30 39 30 36 31 33 31 31 33 38 61 00');
  await expect(summaryName(page)).toHaveText('pasted hex text');
  await page.getByRole('button', { name: 'Back to worked-example.bin' }).click();
  await expect(summaryName(page)).toHaveText('worked-example.bin');
  await expect(cell(page, 0, 'uid')).toHaveText(WORKED_UIDS[0]!);
});

test('a get-and-delete the server still lists is deleted, not fetched', async ({ page }) => {
  await page.goto('./');
  const bytes = encodeUidlHistory({
    tags: [
      tag('get-and-delete', 'gad-1'),
      tag('get', 'kept-2'),
      tag('get', 'both-3'),
      tag('delete', 'both-3'),
    ],
  });
  await openBytes(page, 'gad.bin', bytes);
  await pasteText(page, '1 gad-1\n2 kept-2\n3 both-3\n');
  await expect(cell(page, 0, 'verdict')).toHaveText('deleted');
  await expect(cell(page, 1, 'verdict')).toHaveText('fetched');
  await expect(cell(page, 2, 'verdict')).toHaveText('deleted');
  await expect(cell(page, 3, 'verdict')).toHaveText('deleted');
  const deleted = comparePanel(page).getByRole('button', { name: /^Deleted \d/ });
  await expect(deleted).toContainText('2');
  await page.getByLabel('Verdict', { exact: true }).selectOption('deleted');
  await expect(table(page).locator('.tag-cell--index:not(.tag-cell--head)')).toHaveText([
    '0',
    '2',
    '3',
  ]);
});

test('invisible characters in a UID are boxed, so look-alike UIDs differ', async ({ page }) => {
  await page.goto('./');
  // Three tags written unescaped as UTF-8: UID0001, UID<U+200B>0001, <U+202E>1000DIU.
  const uids = ['UID0001', 'UID\u200b0001', '\u202e1000DIU'];
  const tagBytes = uids.flatMap((uid) => [
    ...new TextEncoder().encode(`+b20240710081502${uid}`),
    0,
  ]);
  await openBytes(page, 'lookalike.bin', Uint8Array.from([3, 0, 3, 0, ...tagBytes]));
  await expect(cell(page, 0, 'uid')).toHaveText('UID0001');
  await expect(cell(page, 1, 'uid')).toHaveText('UIDU+200B0001');
  await expect(cell(page, 2, 'uid')).toHaveText('U+202E1000DIU');
  await expect(cell(page, 2, 'uid').locator('.uid-invisible')).toHaveAttribute(
    'aria-label',
    'U+202E RIGHT-TO-LEFT OVERRIDE',
  );
});

test('the table filters to the tags with one diagnostic code', async ({ page }) => {
  await page.goto('./');
  const bytes = encodeUidlHistory({
    tags: ['a', 'b', 'a', 'c', 'b'].map((uid) => tag('get', uid)),
  });
  await openBytes(page, 'dups.bin', bytes);
  await page.getByLabel('Has diagnostic').selectOption('duplicate-uid');
  await expect(table(page).locator('.tag-cell--index:not(.tag-cell--head)')).toHaveText(['2', '4']);
});

test.describe('hex view splitter', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('resizes and folds the hex view, and remembers it on the next visit', async ({ page }) => {
    await page.goto('./');
    await openBytes(page, 'worked-example.bin', new Uint8Array(fixture('worked-example.bin')));
    const hex = page.locator('.workspace__hex');
    const splitter = page.getByRole('separator', { name: 'Hex view width' });
    const before = (await hex.boundingBox())?.width ?? 0;
    const bar = await splitter.boundingBox();
    if (!bar) throw new Error('the splitter is not laid out');
    await page.mouse.move(bar.x + bar.width / 2, bar.y + bar.height / 2);
    await page.mouse.down();
    await page.mouse.move(bar.x + bar.width / 2 - 200, bar.y + bar.height / 2, { steps: 4 });
    await page.mouse.up();
    const after = (await hex.boundingBox())?.width ?? 0;
    expect(after).toBeLessThan(before - 150);

    await page.reload();
    await openBytes(page, 'worked-example.bin', new Uint8Array(fixture('worked-example.bin')));
    expect(Math.abs(((await hex.boundingBox())?.width ?? 0) - after)).toBeLessThanOrEqual(2);

    await page.getByRole('button', { name: 'Fold the hex view' }).click();
    await expect(page.getByRole('region', { name: /^Hex view/ })).toHaveCount(0);
    await page.getByRole('button', { name: 'Show hex view' }).click();
    await expect(page.getByRole('region', { name: /^Hex view/ })).toBeVisible();
  });
});
