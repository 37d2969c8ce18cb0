import { expect, test, type Page } from '@playwright/test';
import CFB from 'cfb';
import { workedExampleBytes } from '../src/decoder/testing/workedExample';
import { openFile, pasteText, watchConsole } from './helpers';

const summary = (page: Page) => page.getByRole('region', { name: 'Summary' });

/** An Outlook .msg as the POP3 provider keeps it: the history in an attachment's data. */
function historyMsg(): Buffer {
  const container = CFB.utils.cfb_new();
  const utf16 = (text: string) => Buffer.from(text, 'utf16le');
  CFB.utils.cfb_add(container, '/__substg1.0_001A001F', utf16('IPM.MessageManager'));
  CFB.utils.cfb_add(
    container,
    '/__attach_version1.0_#00000000/__substg1.0_37010102',
    workedExampleBytes(),
  );
  return Buffer.from(CFB.write(container, { type: 'array' }) as Uint8Array);
}

test.beforeEach(async ({ page }) => {
  await page.goto('./');
});

test('opens the history inside an Outlook .msg', async ({ page }) => {
  const console = watchConsole(page);
  await openFile(page, 'pop3-history.msg', historyMsg(), 'application/vnd.ms-outlook');
  await expect(summary(page).getByTestId('summary-tags-found')).toHaveText('23');
  await expect(summary(page)).toContainText('__attach_version1.0_#00000000');
  console.expectNone();
});

test('opens a pasted xxd dump', async ({ page }) => {
  const console = watchConsole(page);
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
  console.expectNone();
});
