import { expect, test, type Page } from './test';
import CFB from 'cfb';
import { exampleHistoryBytes } from '../src/decoder/example';
import { workedExampleBytes } from '../src/decoder/testing/workedExample';
import { openFile, pasteText } from './helpers';

const summary = (page: Page) => page.getByRole('region', { name: 'Summary' });

/** An Outlook .msg as the POP3 provider keeps it: the history in an attachment's data. */
function historyMsg(histories: Uint8Array[] = [workedExampleBytes()]): Buffer {
  const container = CFB.utils.cfb_new();
  const utf16 = (text: string) => Buffer.from(text, 'utf16le');
  CFB.utils.cfb_add(container, '/__substg1.0_001A001F', utf16('IPM.MessageManager'));
  CFB.utils.cfb_add(container, '/__substg1.0_0037001F', utf16('POP3 history'));
  histories.forEach((history, i) => {
    const storage = `__attach_version1.0_#${i.toString(16).toUpperCase().padStart(8, '0')}`;
    CFB.utils.cfb_add(container, `/${storage}/__substg1.0_37010102`, history);
  });
  return Buffer.from(CFB.write(container, { type: 'array' }) as Uint8Array);
}

test.beforeEach(async ({ page }) => {
  await page.goto('./');
});

test('opens the history inside an Outlook .msg', async ({ page }) => {
  await openFile(page, 'pop3-history.msg', historyMsg(), 'application/vnd.ms-outlook');
  await expect(summary(page).getByTestId('summary-tags-found')).toHaveText('23');
  await expect(summary(page)).toContainText('__attach_version1.0_#00000000');
  await expect(summary(page).getByTestId('summary-msg')).toContainText(
    'Message class IPM.MessageManager',
  );
  await expect(summary(page).getByTestId('summary-msg')).toContainText('Subject POP3 history');
});

test('opens the other history of a .msg that holds two', async ({ page }) => {
  const msg = historyMsg([exampleHistoryBytes(), workedExampleBytes()]);
  await openFile(page, 'two-histories.msg', msg, 'application/vnd.ms-outlook');
  await expect(summary(page).getByTestId('summary-tags-found')).toHaveText('29');
  await expect(summary(page)).toContainText('(history 1 of 2 found)');
  await summary(page).getByLabel('History').selectOption({ index: 1 });
  await expect(summary(page).getByTestId('summary-tags-found')).toHaveText('23');
  await expect(summary(page)).toContainText('(history 2 of 2 found)');
  await expect(page.getByRole('table', { name: 'Tags' })).toContainText(
    '0BC535DB-EA63-11E1-A75C-00215AD7BB74',
  );
});

test('opens a pasted xxd dump', async ({ page }) => {
  const bytes = workedExampleBytes();
  const lines: string[] = [];
  for (let at = 0; at < bytes.length; at += 16) {
    const row = [...bytes.subarray(at, at + 16)];
    const hex = row.map((b) => b.toString(16).padStart(2, '0')).join(' ');
    const ascii = row.map((b) => (b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : '.')).join('');
    lines.push(`${at.toString(16).padStart(8, '0')}: ${hex.padEnd(47)}  ${ascii}`);
  }
  await pasteText(page, lines.join('\n'));
  await expect(summary(page).getByTestId('summary-tags-found')).toHaveText('23');
  await expect(summary(page)).toContainText('hex dump');
});
