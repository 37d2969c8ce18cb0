import { expect, test, type Page } from './test';
import { decodeUidlHistory, uidOf } from '../src/decoder/index';
import { fixture, openFile, showDetailsTab, tagRows } from './helpers';

/** The server's answer: tags 0 and 1 of the worked example, and two UIDs the history never saw. */
const NEW_UIDS = ['never-seen-before', 'also-new-2'];
const workedExample = () => fixture('worked-example.bin');
const original = decodeUidlHistory(new Uint8Array(workedExample()));
const originalUids = Array.from({ length: original.tags.length }, (_, i) => uidOf(original, i));
const LISTING = [
  '+OK 4 messages',
  `1 ${originalUids[0]}`,
  `2 ${originalUids[1]}`,
  `3 ${NEW_UIDS[0]}`,
  `4 ${NEW_UIDS[1]}`,
  '.',
].join('\r\n');

const edit = (page: Page) => page.getByRole('region', { name: 'Fix the history' });
const summary = (page: Page) => edit(page).locator('.edit__summary');

test('marks the new server messages as fetched, forgets a tag, and takes the result', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('./');
  await openFile(page, 'worked-example.bin', workedExample());
  await showDetailsTab(page, 'Compare with server');
  await page.getByLabel('Server UIDL listing').fill(LISTING);
  await showDetailsTab(page, 'Fix the history');
  await expect(edit(page)).toContainText('worked-example.bin is never changed');
  await expect(summary(page)).toHaveText('No changes');

  await edit(page)
    .getByLabel(/^Timestamp/)
    .fill('20240102030405');
  await edit(page).getByLabel('Content').selectOption('header');
  await edit(page)
    .getByRole('button', { name: 'Mark every new server message as fetched (2)' })
    .click();
  await expect(summary(page)).toHaveText('0 forgotten, 2 added, 0 changed');

  // Tag 0 is the first row of the table in file order.
  await tagRows(page).first().click();
  await edit(page).getByRole('button', { name: 'Forget selected tag' }).click();
  await expect(summary(page)).toHaveText('1 forgotten, 2 added, 0 changed');
  await edit(page).getByRole('button', { name: 'Undo' }).click();
  await expect(summary(page)).toHaveText('0 forgotten, 2 added, 0 changed');
  await edit(page).getByRole('button', { name: 'Redo' }).click();
  await expect(summary(page)).toHaveText('1 forgotten, 2 added, 0 changed');
  await expect(edit(page)).toContainText('The edited history decodes with no errors');

  await edit(page).getByRole('heading', { name: 'Changes' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/work/screens/editui/edit-view.png' });

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    edit(page).getByRole('button', { name: 'Download edited .bin' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('worked-example-edited.bin');
  const saved = new Uint8Array(await readAll(await download.createReadStream()));
  const result = decodeUidlHistory(saved);
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const uids = Array.from({ length: result.tags.length }, (_, i) => uidOf(result, i));
  expect(uids).toEqual([...originalUids.slice(1), ...NEW_UIDS]);
  const added = new TextDecoder().decode(
    saved.subarray(result.tags.start[original.tags.length - 1]),
  );
  expect(added.startsWith('+h20240102030405never$2dseen$2dbefore\0')).toBe(true);

  await edit(page).getByRole('button', { name: 'Copy as hex' }).click();
  await expect(edit(page)).toContainText('Copied the edited history as hex.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(Buffer.from(saved).toString('hex').toUpperCase());

  // The edited history opens as a new file; the working copy starts afresh on it.
  await edit(page).getByRole('button', { name: 'Open the edited history' }).click();
  await expect(page.getByTestId('summary-name')).toHaveText('worked-example-edited.bin');
  // The added records are the last rows: found with the table's search, not by scrolling.
  await page.getByLabel('Search UIDs').fill('never-seen-before');
  await expect(page.getByRole('table', { name: 'Tags' })).toContainText('never-seen-before');
  await page.getByLabel('Search UIDs').fill('');
  await showDetailsTab(page, 'Fix the history');
  await expect(summary(page)).toHaveText('No changes');
  await page.getByRole('button', { name: 'Back to worked-example.bin' }).click();
  await expect(page.getByTestId('summary-name')).toHaveText('worked-example.bin');
});

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

test('Ctrl-click, Shift-click and Select all shown pick several tags to forget at once', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('./');
  await openFile(page, 'worked-example.bin', workedExample());
  const rows = tagRows(page);
  const status = page.locator('.tag-table__marking [role="status"]');
  await rows.nth(0).click({ modifiers: ['ControlOrMeta'] });
  await rows.nth(2).click({ modifiers: ['ControlOrMeta'] });
  await expect(status).toHaveText('2 tags selected for editing');
  await expect(rows.nth(0)).toHaveAttribute('aria-selected', 'true');
  await expect(rows.nth(1)).toHaveAttribute('aria-selected', 'false');
  // Shift-click: from the selected tag (2) to tag 5, in the table's order.
  await rows.nth(5).click({ modifiers: ['Shift'] });
  await expect(status).toHaveText('4 tags selected for editing');
  await page.getByRole('button', { name: /^Select all shown/ }).click();
  await expect(status).toHaveText(`${original.tags.length} tags selected for editing`);
  // Back to two: Ctrl-click keeps adding to and taking from the set.
  await page.locator('.tag-table__marking').getByRole('button', { name: 'Clear' }).click();
  await expect(status).toHaveCount(0);
  // A plain click selects one tag; a Ctrl-click then adds another to it.
  await rows.nth(3).click();
  await rows.nth(4).click({ modifiers: ['ControlOrMeta'] });
  await expect(status).toHaveText('2 tags selected for editing');

  await showDetailsTab(page, 'Fix the history');
  await edit(page).getByRole('button', { name: 'Forget 2 selected tags' }).click();
  await expect(summary(page)).toHaveText('2 forgotten, 0 added, 0 changed');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    edit(page).getByRole('button', { name: 'Download edited .bin' }).click(),
  ]);
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  const result = decodeUidlHistory(new Uint8Array(Buffer.concat(chunks)));
  const uids = Array.from({ length: result.tags.length }, (_, i) => uidOf(result, i));
  expect(uids).toEqual(originalUids.filter((_, i) => i !== 3 && i !== 4));
});
