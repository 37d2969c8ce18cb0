import CFB from 'cfb';
import { describe, expect, it } from 'vitest';
import { encodeUidlHistory } from '../decoder/index';
import { chooseMsgHistory } from './msg';
import { readInput } from './readInput';

const history = (uid: string) =>
  encodeUidlHistory({
    tags: [{ operation: 'get', content: 'body', timestampRaw: '20120906131138', uid }],
  });

const utf16le = (text: string) => Uint8Array.from([...text].flatMap((c) => [c.charCodeAt(0), 0]));
const ascii = (text: string) => Uint8Array.from([...text].map((c) => c.charCodeAt(0)));

/** An Outlook .msg: top-level string properties and attachments given by their data bytes. */
function msgFile(properties: Record<string, Uint8Array>, attachments: Uint8Array[]): Uint8Array {
  const container = CFB.utils.cfb_new();
  for (const [name, bytes] of Object.entries(properties))
    CFB.utils.cfb_add(container, `/${name}`, bytes);
  attachments.forEach((bytes, i) => {
    const storage = `__attach_version1.0_#${i.toString(16).toUpperCase().padStart(8, '0')}`;
    CFB.utils.cfb_add(container, `/${storage}/__substg1.0_37010102`, bytes);
    CFB.utils.cfb_add(container, `/${storage}/__substg1.0_3707001F`, utf16le(`file${i}.bin`));
  });
  return CFB.write(container, { type: 'array' }) as Uint8Array;
}

describe('readInput: Outlook .msg', () => {
  it('finds the attachment holding the history and reports class and subject', () => {
    const blob = history('abc-1');
    const file = msgFile(
      {
        '__substg1.0_001A001F': utf16le('IPM.MessageManager'),
        '__substg1.0_0037001E': ascii('POP3 history\0'),
      },
      [ascii('%PDF-1.4 not a history'), blob],
    );
    const result = readInput(file, 'history.msg');
    expect(result.kind).toBe('blob');
    if (result.kind !== 'blob') return;
    expect([...result.bytes]).toEqual([...blob]);
    expect(result.form).toBe('msg');
    expect(result.note).toBe(
      'read from attachment __attach_version1.0_#00000001 of an Outlook .msg',
    );
    expect(result.msg).toMatchObject({
      messageClass: 'IPM.MessageManager',
      subject: 'POP3 history',
      attachmentsExamined: 2,
      candidates: [{ attachment: '__attach_version1.0_#00000001', tagCount: 1, errorCount: 0 }],
    });
  });

  it('lists every history when there are two, the first one read', () => {
    const first = history('first');
    const second = history('second');
    const result = readInput(msgFile({}, [first, second]));
    expect(result.kind === 'blob' && [...result.bytes]).toEqual([...first]);
    expect(result.kind === 'blob' && result.msg?.candidates.map((c) => [...c.bytes])).toEqual([
      [...first],
      [...second],
    ]);
    expect(result.kind === 'blob' && result.note).toContain('(history 1 of 2 found)');
    expect(result.kind === 'blob' && result.msg?.messageClass).toBeNull();
  });

  it('opens another history of the same .msg on request', () => {
    const first = history('first');
    const second = history('second');
    const result = readInput(msgFile({}, [first, second]));
    if (result.kind !== 'blob') throw new Error(result.message);
    const other = chooseMsgHistory(result, 1);
    expect(other && [...other.bytes]).toEqual([...second]);
    expect(other?.note).toBe(
      'read from attachment __attach_version1.0_#00000001 of an Outlook .msg (history 2 of 2 found)',
    );
    expect(chooseMsgHistory(result, 2)).toBeNull();
  });

  it('says so when no attachment holds a history', () => {
    const result = readInput(msgFile({}, [ascii('hello'), Uint8Array.from([3, 0, 5, 0, 1, 2, 3])]));
    expect(result).toEqual({
      kind: 'error',
      message: 'This .msg has no attachment holding a POP3 UIDL history (2 attachments looked at)',
    });
  });

  it('reads a .msg that arrives as base64 text', () => {
    const blob = history('via-base64');
    const base64 = Buffer.from(msgFile({}, [blob])).toString('base64');
    const result = readInput(ascii(base64));
    expect(result.kind === 'blob' && [...result.bytes]).toEqual([...blob]);
    expect(result.kind === 'blob' && result.note).toContain(
      'the .msg itself decoded from base64 text',
    );
  });

  it('reports a damaged compound file as an error, not an exception', () => {
    const file = msgFile({}, [history('x')]).slice(0, 600);
    expect(readInput(file).kind).toBe('error');
  });
});
