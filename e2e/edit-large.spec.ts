import { expect, test, type Page } from './test';
import { decodeUidlHistory, uidOf } from '../src/decoder/index';
import { makeLargeHistory } from '../src/decoder/testing/generate';
import { openFile, showDetailsTab, tagRows } from './helpers';

const large = makeLargeHistory(65_535, 1);
const original = decodeUidlHistory(large);
const uidsOf = (history: ReturnType<typeof decodeUidlHistory>) =>
  Array.from({ length: history.tags.length }, (_, i) => uidOf(history, i));

const edit = (page: Page) => page.getByRole('region', { name: 'Fix the history' });
const verdict = (page: Page) => edit(page).locator('.edit__result [role="status"]').first();

test('checks an edit of a 65,535-tag history off the page, and takes the edited history', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('./');
  await openFile(page, 'large.bin', Buffer.from(large));
  await showDetailsTab(page, 'Fix the history');
  // Unedited: the opened file, nothing to check.
  await expect(verdict(page)).toContainText('decodes with no errors');
  await expect(verdict(page)).toContainText(
    `${large.length.toLocaleString('en-US')} bytes, 65,535 tags.`,
  );

  // Tag 1 is the second row of the table in file order.
  await tagRows(page).nth(1).click();
  await edit(page).getByRole('button', { name: 'Forget selected tag' }).click();
  await expect(edit(page).locator('.edit__summary')).toHaveText('1 forgotten, 0 added, 0 changed');
  const tagSize = original.tags.end[1]! - original.tags.start[1]!;
  await expect(verdict(page)).toHaveText(
    `The edited history decodes with no errors. ${(large.length - tagSize).toLocaleString('en-US')} bytes, 65,534 tags.`,
  );

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    edit(page).getByRole('button', { name: 'Download edited .bin' }).click(),
  ]);
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  const saved = decodeUidlHistory(new Uint8Array(Buffer.concat(chunks)));
  expect(saved.diagnostics).toEqual([]);
  expect(saved.count.value).toBe(65_534);
  const uids = uidsOf(original);
  expect(uidsOf(saved)).toEqual([uids[0], ...uids.slice(2)]);

  // Undone, the result is the opened file again.
  await edit(page).getByRole('button', { name: 'Undo' }).click();
  await expect(verdict(page)).toContainText('65,535 tags.');
});
