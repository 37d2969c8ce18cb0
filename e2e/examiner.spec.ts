import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { dataRows, fixture, openFile } from './helpers';
import { expect, test, type Page } from './test';

/**
 * The tags of a BLOB read straight from its bytes by FORMAT.md (version, count, then
 * 0x00-terminated `Ocyyyymmddhhmmss` + $-escaped UID), independently of the decoder.
 */
function tagsOf(bytes: Buffer): { timestamp: string; valid: boolean; uid: string }[] {
  const tags = [];
  let start = 4;
  for (let i = start; i < bytes.length; i++) {
    if (bytes[i] !== 0) continue;
    const text = bytes.subarray(start, i).toString('latin1');
    start = i + 1;
    const timestamp = text.slice(2, 16);
    const [y, mo, d, h, mi, s] = [0, 4, 6, 8, 10, 12].map((at, k) =>
      Number(timestamp.slice(at, k === 0 ? 4 : at + 2)),
    ) as [number, number, number, number, number, number];
    const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
    const valid =
      /^\d{14}$/.test(timestamp) &&
      date.getUTCFullYear() === y &&
      date.getUTCMonth() === mo - 1 &&
      date.getUTCDate() === d &&
      date.getUTCHours() === h &&
      date.getUTCMinutes() === mi &&
      date.getUTCSeconds() === s;
    const uid = text
      .slice(16)
      .replace(/\$([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    tags.push({ timestamp, valid, uid });
  }
  return tags;
}

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');
const table = (page: Page) => page.getByRole('table', { name: 'Tags' });

test.beforeEach(async ({ page }) => {
  await page.goto('./');
});

test('the header shows the SHA-256 of the file opened', async ({ page }) => {
  const bytes = fixture('worked-example.bin');
  await openFile(page, 'worked-example.bin', bytes);
  await expect(page.getByTestId('sha256')).toHaveText(sha256(bytes));
});

test('brushing the timeline filters the table to the tags in that span, and the chip removes it', async ({
  page,
}) => {
  const bytes = fixture('example.bin');
  const tags = tagsOf(bytes);
  await openFile(page, 'example.bin', bytes);
  const timeline = page.getByRole('region', { name: 'Timeline' });
  const chart = timeline.getByRole('group', { name: /Histogram of tag times/ });
  await expect(chart).toBeVisible();
  await chart.scrollIntoViewIfNeeded();
  const box = (await chart.boundingBox())!;
  // Drag over the right half of the chart, where the example's July tags are.
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * 0.5, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.8, y, { steps: 5 });
  await page.mouse.move(box.x + box.width - 14, y, { steps: 5 });
  await page.mouse.up();

  const range = await page.getByTestId('time-filter-range').textContent();
  const [from, to] = range!.split(' to ').map((t) => t.replace(/\D/g, ''));
  const expected = tags.filter((t) => t.valid && t.timestamp >= from! && t.timestamp <= to!);
  expect(expected.length).toBeGreaterThan(0);
  expect(expected.length).toBeLessThan(tags.length);
  await expect(page.locator('.tag-table__count')).toHaveText(
    `${expected.length} of ${tags.length} tags`,
  );
  // The table draws only the rows in view; none of them may be a tag outside the span.
  const shown = await dataRows(table(page)).evaluateAll((rows) =>
    rows.map((row) => row.textContent ?? ''),
  );
  expect(shown.length).toBeGreaterThan(0);
  const inSpan = new Set(expected.map((t) => t.uid));
  const outside = tags.filter((t) => !inSpan.has(t.uid)).map((t) => t.uid);
  for (const text of shown) for (const uid of outside) expect(text).not.toContain(uid);

  await page.getByRole('button', { name: 'Remove the time filter' }).click();
  await expect(page.getByTestId('time-filter')).toHaveCount(0);
  await expect(page.locator('.tag-table__count')).toHaveText(
    `${tags.length} of ${tags.length} tags`,
  );
});

test('printed, the page is the report: every UID of the history and no button', async ({
  page,
}) => {
  const bytes = fixture('worked-example.bin');
  await openFile(page, 'worked-example.bin', bytes);
  await expect(table(page)).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  const report = page.getByTestId('print-report');
  await expect(report).toBeVisible();
  await expect(report).toContainText(sha256(bytes));
  for (const { uid } of tagsOf(bytes)) await expect(report).toContainText(uid);
  await expect(table(page)).toBeHidden();
  const visibleButtons = await page
    .getByRole('button')
    .evaluateAll(
      (buttons) => buttons.filter((b) => (b as HTMLElement).offsetParent !== null).length,
    );
  expect(visibleButtons).toBe(0);
});

test('the saved HTML report opens from file:// without a request and holds the hash and every UID', async ({
  page,
  context,
}) => {
  const bytes = fixture('example.bin');
  await openFile(page, 'example.bin', bytes);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save report as HTML' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('example-history-report.html');
  const html = await readFile(await download.path(), 'utf8');
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'report-')), 'report.html');
  writeFileSync(file, html);

  const reportPage = await context.newPage();
  const requests: string[] = [];
  reportPage.on('request', (request) => requests.push(request.url()));
  const url = new URL(`file://${file}`).href;
  await reportPage.goto(url);
  await expect(reportPage.getByRole('heading', { level: 1 })).toContainText('example.bin');
  const text = (await reportPage.locator('body').textContent()) ?? '';
  expect(text).toContain(sha256(bytes));
  for (const { uid } of tagsOf(bytes)) expect(text).toContain(uid);
  expect(await reportPage.locator('script').count()).toBe(0);
  expect(requests).toEqual([url]);
});
