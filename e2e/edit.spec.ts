import { expect, test, type Page } from './test';
import { decodeUidlHistory, uidOf } from '../src/decoder/index';
import { fixture, openFile, showDetailsTab } from './helpers';

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
  await page
    .getByRole('table', { name: 'Tags' })
    .getByRole('row')
    .filter({ has: page.getByRole('cell') })
    .first()
    .click();
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
  await expect(page.getByRole('table', { name: 'Tags' })).toContainText('never-seen-before');
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
