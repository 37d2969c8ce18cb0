import { expect, test, type Page } from './test';
import { dataRows, fixture, openFile, showDetailsTab } from './helpers';

/**
 * A server answer for the worked example: tags 0 and 1 as they are, one UID the history
 * never saw, tag 2's UID in lower case (a near miss), and one line that is not `n uid`.
 */
const LISTING = [
  '+OK 4 messages',
  '1 0BC535DB-EA63-11E1-A75C-00215AD7BB74',
  '2 143DBBCB-EA66-11E1-A5F2-002264C154BA',
  '3 never-seen-before',
  '4 24e88333-ea34-11e1-a3ac-00215ad7f156',
  'not a listing line',
  '.',
].join('\r\n');

const panel = (page: Page) => page.getByRole('region', { name: 'Compare with server' });
const filter = (page: Page, label: string) =>
  panel(page).getByRole('button', { name: new RegExp(`^${label} \\d`) });
const comparisonRows = (page: Page) =>
  dataRows(panel(page).getByRole('table', { name: 'Server comparison' }));

test.beforeEach(async ({ page }) => {
  await page.goto('./');
  await openFile(page, 'worked-example.bin', fixture('worked-example.bin'));
  await showDetailsTab(page, 'Compare with server');
  await expect(panel(page)).toBeVisible();
});

test('compares a pasted listing and filters to the new messages', async ({ page }) => {
  await expect(panel(page)).toContainText(
    "Matching is exact on the decoded UID (the server's form).",
  );
  await panel(page).getByLabel('Server UIDL listing').fill(LISTING);

  await expect(filter(page, 'Fetched')).toContainText('2');
  await expect(filter(page, 'Deleted')).toContainText('0');
  await expect(filter(page, 'New')).toContainText('2');
  await expect(filter(page, 'Gone')).toContainText('21');
  await expect(filter(page, 'Near misses')).toContainText('1');
  await expect(panel(page).getByRole('list', { name: 'Skipped listing lines' })).toContainText(
    'Line 6',
  );

  // The new messages are listed first: the tag table has no row for them.
  await expect(filter(page, 'New')).toHaveAttribute('aria-pressed', 'true');
  await expect(comparisonRows(page)).toHaveCount(2);
  await expect(comparisonRows(page).nth(0)).toContainText('never-seen-before');
  await expect(comparisonRows(page).nth(1)).toContainText('24e88333-ea34-11e1-a3ac-00215ad7f156');
  await expect(comparisonRows(page).nth(1)).toContainText('case differs');
  await filter(page, 'New').click();
  await expect(filter(page, 'New')).toHaveAttribute('aria-pressed', 'false');
  // 4 server messages and 21 gone tags.
  await expect(comparisonRows(page).first()).toContainText('0BC535DB-EA63-11E1-A75C-00215AD7BB74');
});

test('selects the nearly matching tag from its row', async ({ page }) => {
  await panel(page).getByLabel('Server UIDL listing').fill(LISTING);
  await filter(page, 'Near misses').click();
  await expect(comparisonRows(page)).toHaveCount(1);
  await comparisonRows(page).getByRole('button', { name: 'Select tag 2' }).click();
  await expect(page.getByTestId('selection-status')).toContainText('tag 2');
  await expect(page.getByRole('region', { name: 'UID escapes' })).toContainText(
    '24E88333-EA34-11E1-A3AC-00215AD7F156',
  );
});

test('reads a listing dropped on the box without replacing the open history', async ({ page }) => {
  const dataTransfer = await page.evaluateHandle((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'uidl.txt', { type: 'text/plain' }));
    return dt;
  }, LISTING);
  const box = panel(page).getByLabel('Server UIDL listing');
  for (const type of ['dragenter', 'dragover', 'drop'])
    await box.dispatchEvent(type, { dataTransfer });
  // A dropped listing folds the box to one line once it is read; Edit listing shows the text.
  await expect(panel(page)).toContainText('Listing from uidl.txt:');
  await expect(filter(page, 'Fetched')).toContainText('2');
  await panel(page).getByRole('button', { name: 'Edit listing' }).click();
  await expect(box).toHaveValue(LISTING.replace(/\r\n/g, '\n'));
  await expect(page.getByTestId('summary-name')).toHaveText('worked-example.bin');
});

test('the details tabs switch with the arrow keys', async ({ page }) => {
  const diagnosticsTab = page.getByRole('tab', { name: /^Diagnostics/ });
  await diagnosticsTab.click();
  await expect(panel(page)).toBeHidden();
  await diagnosticsTab.press('ArrowRight');
  await expect(page.getByRole('tab', { name: /^Compare with server/ })).toBeFocused();
  await expect(panel(page)).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: /^Fix the history/ })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(diagnosticsTab).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel', { name: /^Diagnostics/ })).toContainText(
    'every byte decoded as the format says',
  );
});

test('compares a million-line listing off the page, and lists its messages', async ({ page }) => {
  // The worked example's listing, then 999,996 messages the history never saw.
  const lines = LISTING.split('\r\n').slice(0, 5);
  for (let n = 5; n <= 1_000_000; n++) lines.push(`${n} never-seen-${n}`);
  lines.push('.');
  await panel(page)
    .getByTestId('listing-file-input')
    .setInputFiles({
      name: 'uidl-1m.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(lines.join('\r\n')),
    });
  await expect(panel(page)).toContainText('Listing from uidl-1m.txt: 1,000,000 server messages', {
    timeout: 60_000,
  });
  await expect(filter(page, 'Fetched')).toContainText('2');
  await expect(filter(page, 'New')).toContainText('999,998');
  await expect(filter(page, 'Gone')).toContainText('21');
  await expect(panel(page).getByRole('table', { name: 'Server comparison' })).toHaveAttribute(
    'aria-rowcount',
    String(999_998 + 1),
  );
  await expect(comparisonRows(page).first()).toContainText('never-seen-before');
  // The tag table has each tag's verdict.
  await expect(
    page.getByRole('table', { name: 'Tags' }).getByRole('columnheader', { name: 'Verdict' }),
  ).toBeVisible();
  await filter(page, 'Fetched').click();
  await expect(comparisonRows(page)).toHaveCount(2);
  await expect(comparisonRows(page).nth(1)).toContainText('143DBBCB-EA66-11E1-A5F2-002264C154BA');
});
