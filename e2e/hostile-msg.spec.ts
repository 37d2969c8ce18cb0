import { workedExampleBytes } from '../src/decoder/testing/workedExample';
import { aliasedAttachmentsMsg, hostileFixtures, nestedMsg } from '../src/input/testing/hostileMsg';
import { fixture, openFile } from './helpers';
import { expect, test, type Page } from './test';

const summary = (page: Page) => page.getByRole('region', { name: 'Summary' });
const notices = (page: Page) => page.locator('.notices');

test('the page shows a notice for each crafted .msg and then opens a good file', async ({
  page,
}) => {
  await page.goto('./');
  const crafted = [
    // The small ones as kept in fixtures/hostile/, the big ones built here.
    ...hostileFixtures().map((made) => ({ ...made, bytes: fixture(`hostile/${made.name}`) })),
    { ...nestedMsg(10_000), name: 'nested-10000-levels.msg' },
    { ...aliasedAttachmentsMsg(200, 3_400_000), name: 'aliased-3.4MB.msg' },
  ];
  for (const { name, bytes, reason } of crafted) {
    await openFile(page, name, Buffer.from(bytes), 'application/vnd.ms-outlook');
    await expect(summary(page).getByTestId('summary-name')).toHaveText(name);
    await expect(notices(page)).toContainText(`This .msg is damaged: ${reason}`);
  }
  await openFile(page, 'worked-example.bin', Buffer.from(workedExampleBytes()));
  await expect(summary(page).getByTestId('summary-name')).toHaveText('worked-example.bin');
  await expect(summary(page).getByTestId('summary-tags-found')).toHaveText('23');
  await expect(notices(page)).not.toContainText('damaged');
});
