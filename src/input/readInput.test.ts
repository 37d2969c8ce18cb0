import { describe, expect, it } from 'vitest';
import { encodeUidlHistory } from '../decoder/index';
import { decodeUtf8, decodeUtf8OrLatin1 } from './text';
import { looksLikeText, readInput } from './readInput';

const blob = encodeUidlHistory({
  tags: [{ operation: 'get', content: 'body', timestampRaw: '20120906131138', uid: '0BC5-EA63' }],
});
const ascii = (text: string) => Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
const hex = [...blob].map((b) => b.toString(16).padStart(2, '0')).join(' ');

describe('readInput', () => {
  it('takes a binary file as the BLOB itself', () => {
    expect(readInput(blob, 'history.bin')).toEqual({
      kind: 'blob',
      bytes: blob,
      form: 'raw',
      note: null,
    });
  });

  it('takes an empty file as an empty BLOB for the decoder to judge', () => {
    expect(readInput(new Uint8Array(0))).toMatchObject({ kind: 'blob', form: 'raw' });
  });

  it('reads a text file of hex, with or without a UTF-8 byte order mark', () => {
    for (const file of [ascii(hex), Uint8Array.from([0xef, 0xbb, 0xbf, ...ascii(hex)])]) {
      const result = readInput(file, 'history.txt');
      expect(result.kind === 'blob' && [...result.bytes]).toEqual([...blob]);
      expect(result.kind === 'blob' && result.form).toBe('hex');
    }
  });

  it('reads hex saved as UTF-16LE, as PowerShell redirection writes it', () => {
    const utf16 = Uint8Array.from([0xff, 0xfe, ...[...hex].flatMap((c) => [c.charCodeAt(0), 0])]);
    const result = readInput(utf16);
    expect(result.kind === 'blob' && [...result.bytes]).toEqual([...blob]);
  });

  it('reports bad hex in a text file with its position', () => {
    expect(readInput(ascii('03 00 zz'))).toMatchObject({ kind: 'error', line: 1, column: 7 });
  });

  it('reads a file named .msg that is not a compound file as the BLOB, and says so', () => {
    const result = readInput(blob, 'history.msg');
    expect(result).toMatchObject({ kind: 'blob', form: 'raw', bytes: blob });
    expect(result.kind === 'blob' && result.note).toBe(
      'history.msg is not an Outlook .msg (no compound-file signature); read as the BLOB itself',
    );
  });

  it('rejects a file named .msg that is neither a compound file nor a BLOB', () => {
    const result = readInput(Uint8Array.from([1, 2, 3, 0, 9]), 'mail.msg');
    expect(result).toMatchObject({ kind: 'error', offset: 0 });
    expect(result.kind === 'error' && result.message).toContain('mail.msg is not an Outlook .msg');
  });

  it('never calls a BLOB text', () => {
    expect(looksLikeText(blob)).toBe(false);
    expect(looksLikeText(ascii('cb: 4 lpb: 03000000\r\n'))).toBe(true);
  });
});

describe('text decoding', () => {
  it('decodes UTF-8 and replaces what is not', () => {
    expect(decodeUtf8(Uint8Array.from([0x61, 0xc3, 0xa9, 0xf0, 0x9f, 0x93, 0xa7]))).toBe('aé📧');
    expect(decodeUtf8(Uint8Array.from([0x61, 0xc3, 0x28, 0xed, 0xa0, 0x80]))).toBe(
      'a\ufffd(\ufffd\ufffd\ufffd',
    );
  });

  it('falls back to Latin-1 for 8-bit text that is not UTF-8', () => {
    expect(decodeUtf8OrLatin1(Uint8Array.from([0x4d, 0xfc, 0x6c, 0x6c]))).toBe('Müll');
    expect(decodeUtf8OrLatin1(Uint8Array.from([0x4d, 0xc3, 0xbc]))).toBe('Mü');
  });
});
