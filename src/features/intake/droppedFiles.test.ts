import { describe, expect, it } from 'vitest';
import { intakeFromDrop, type DroppedData } from './droppedFiles';

const file = (name: string): File => new File([new Uint8Array([3, 0, 0, 0])], name);
const entry = (isDirectory: boolean) => ({
  kind: 'file',
  webkitGetAsEntry: () => ({ isDirectory }),
});

function drop(files: File[], folders: boolean[] = files.map(() => false), text = ''): DroppedData {
  return {
    files,
    items: folders.map(entry),
    getData: (format) => (format === 'text/plain' ? text : ''),
  };
}

describe('intakeFromDrop', () => {
  it('opens a single file without a word', () => {
    const intake = intakeFromDrop(drop([file('history.bin')]));
    expect(intake).toMatchObject({ kind: 'file', notices: [] });
    expect(intake.kind === 'file' && intake.file.name).toBe('history.bin');
  });

  it('opens the first of several files and says so', () => {
    const intake = intakeFromDrop(drop([file('a.bin'), file('b.bin'), file('c.bin')]));
    expect(intake.kind === 'file' && intake.file.name).toBe('a.bin');
    expect(intake.kind === 'file' && intake.notices[0]?.text).toMatch(
      /^3 items were dropped; opened the first file, a\.bin/,
    );
  });

  it('rejects a folder with a clear message', () => {
    const intake = intakeFromDrop(drop([file('Mail')], [true]));
    expect(intake).toEqual({
      kind: 'rejected',
      notice: { tone: 'error', text: 'Mail is a folder: drop the BLOB file itself.' },
    });
  });

  it('skips a folder dropped with files and names it', () => {
    const intake = intakeFromDrop(drop([file('Mail'), file('history.bin')], [true, false]));
    expect(intake.kind === 'file' && intake.file.name).toBe('history.bin');
    expect(intake.kind === 'file' && intake.notices.map((n) => n.text)).toContain(
      'Skipped a folder: Mail.',
    );
  });

  it('takes dropped text as hex text, and nothing as nothing', () => {
    expect(intakeFromDrop(drop([], [], '03 00 01 00'))).toMatchObject({
      kind: 'text',
      text: '03 00 01 00',
    });
    expect(intakeFromDrop(drop([], [], '  '))).toMatchObject({ kind: 'rejected' });
  });
});
