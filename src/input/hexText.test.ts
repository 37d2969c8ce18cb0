import { describe, expect, it } from 'vitest';
import { parseHexText } from './hexText';
import type { InputResult } from './types';

// Version 3, Count 1, one tag "+b20120906131138ABC" and its terminator.
const TAG = '+b20120906131138ABC';
const BLOB = Uint8Array.from([3, 0, 1, 0, ...[...TAG].map((c) => c.charCodeAt(0)), 0]);
const hexPairs = (bytes: Uint8Array, upper = true) =>
  [...bytes].map((b) => b.toString(16).padStart(2, '0')).map((h) => (upper ? h.toUpperCase() : h));

function bytesOf(result: InputResult): number[] {
  if (result.kind === 'error') throw new Error(`expected bytes, got: ${result.message}`);
  return [...result.bytes];
}

describe('parseHexText: the forms people copy', () => {
  it('reads MFCMAPI cb/lpb text and checks cb', () => {
    const text = `cb: ${BLOB.length} lpb: ${hexPairs(BLOB).join('')}`;
    const result = parseHexText(text);
    expect(bytesOf(result)).toEqual([...BLOB]);
    expect(result).toMatchObject({
      form: 'hex',
      note: 'decoded from hex text (MFCMAPI cb/lpb form)',
    });
  });

  it('warns, without failing, when cb disagrees with the bytes', () => {
    const result = parseHexText(`cb: 99 lpb: ${hexPairs(BLOB).join('')}`);
    expect(bytesOf(result)).toEqual([...BLOB]);
    expect(result.kind === 'blob' && result.note).toContain('cb says 99 bytes but lpb holds 24');
  });

  it('reads MFCMAPI lpb: NULL as no bytes', () => {
    expect(bytesOf(parseHexText('cb: 0 lpb: NULL'))).toEqual([]);
  });

  it('reads space-separated pairs, upper or lower case', () => {
    expect(bytesOf(parseHexText(hexPairs(BLOB).join(' ')))).toEqual([...BLOB]);
    expect(bytesOf(parseHexText(hexPairs(BLOB, false).join(' ')))).toEqual([...BLOB]);
  });

  it('reads 0x-prefixed bytes separated by commas', () => {
    const text = hexPairs(BLOB)
      .map((h) => `0x${h}`)
      .join(', ');
    const result = parseHexText(text);
    expect(bytesOf(result)).toEqual([...BLOB]);
    expect(result.kind === 'blob' && result.note).toBe('decoded from hex text, 0x-prefixed');
  });

  it('reads dash-separated bytes as .NET prints them', () => {
    expect(bytesOf(parseHexText(hexPairs(BLOB).join('-')))).toEqual([...BLOB]);
  });

  it('reads a C byte array with its declaration', () => {
    const items = hexPairs(BLOB).map((h) => `0x${h}`);
    const text = `unsigned char blob[${BLOB.length}] = {\n  ${items.join(', ')},\n};\n`;
    const result = parseHexText(text);
    expect(bytesOf(result)).toEqual([...BLOB]);
    expect(result.kind === 'blob' && result.note).toBe('decoded from a C byte array (hex)');
  });

  it('reads a JS/JSON array of decimal numbers', () => {
    const result = parseHexText(`const bytes = new Uint8Array([${[...BLOB].join(', ')}]);`);
    expect(bytesOf(result)).toEqual([...BLOB]);
    expect(result.kind === 'blob' && result.note).toBe(
      'decoded from a bracketed byte array (decimal)',
    );
  });

  it('reads a long hex string wrapped at an odd width', () => {
    const digits = hexPairs(BLOB).join('');
    const wrapped = digits.match(/.{1,15}/g)!.join('\r\n');
    expect(bytesOf(parseHexText(wrapped))).toEqual([...BLOB]);
  });

  it('reads base64, also wrapped over lines', () => {
    const base64 = 'AwABACtiMjAxMjA5MDYxMzExMzhBQkMA';
    const result = parseHexText(`${base64.slice(0, 10)}\n${base64.slice(10)}\n`);
    expect(bytesOf(result)).toEqual([...BLOB]);
    expect(result).toMatchObject({ form: 'base64', note: 'decoded from base64 text' });
  });

  it('reads an xxd dump, ignoring its ASCII column even where it looks like hex', () => {
    const text = [
      '00000000: 0300 0100 2b62 3230 3132 3039 3036 3133  ....+b2012090613',
      '00000010: 3131 3338 4142 4300                      1138ABC.',
    ].join('\n');
    const result = parseHexText(text);
    expect(bytesOf(result)).toEqual([...BLOB]);
    expect(result.kind === 'blob' && result.note).toBe(
      'decoded from a hex dump (offset column, 16 bytes per line)',
    );
  });

  it('reads a hexdump -C dump whose last line lost its padding', () => {
    const text = [
      '00000000  03 00 01 00 2b 62 32 30  31 32 30 39 30 36 31 33  |....+b2012090613|',
      '00000010  31 31 33 38 41 42 43 00 |1138ABC.|',
      '00000018',
    ].join('\n');
    expect(bytesOf(parseHexText(text))).toEqual([...BLOB]);
  });

  it('reads PowerShell Format-Hex output, header lines and all', () => {
    const text = [
      '',
      '           00 01 02 03 04 05 06 07 08 09 0A 0B 0C 0D 0E 0F',
      '',
      '00000000   03 00 01 00 2B 62 32 30 31 32 30 39 30 36 31 33  ....+b2012090613',
      '00000010   31 31 33 38 41 42 43 00                          1138ABC.',
    ].join('\r\n');
    expect(bytesOf(parseHexText(text))).toEqual([...BLOB]);
    const seven = [
      '   Label: C:\\temp\\history.bin',
      '',
      '          Offset Bytes                                           Ascii',
      '                 00 01 02 03 04 05 06 07 08 09 0A 0B 0C 0D 0E 0F',
      '          ------ ----------------------------------------------- -----',
      '0000000000000000 03 00 01 00 2B 62 32 30 31 32 30 39 30 36 31 33 ....+b2012090613',
      '0000000000000010 31 31 33 38 41 42 43 00                         1138ABC.',
    ].join('\n');
    expect(bytesOf(parseHexText(seven))).toEqual([...BLOB]);
  });

  it('reads a one-line dump whose ASCII column is all hex digits', () => {
    expect(bytesOf(parseHexText('00000000: 3132 3334  1234'))).toEqual([0x31, 0x32, 0x33, 0x34]);
  });
});

describe('parseHexText: malformed text is an error that says where', () => {
  it('names the odd-length pair', () => {
    const result = parseHexText('03 00 01 00\n2b 6 32');
    expect(result).toMatchObject({ kind: 'error', line: 2, column: 4, offset: 15 });
    expect(result.kind === 'error' && result.message).toBe(
      'Odd number of hex digits (1) in "6" at line 2, column 4 (character 15)',
    );
  });

  it('names a stray character', () => {
    const result = parseHexText('03 00 01 00\n2b 6g 32');
    expect(result).toMatchObject({ kind: 'error', line: 2, column: 5 });
    expect(result.kind === 'error' && result.message).toContain("unexpected character 'g'");
  });

  it('does not read hex with a typo as base64', () => {
    const result = parseHexText('0300010O2b623230');
    expect(result).toMatchObject({ kind: 'error', line: 1, column: 8 });
  });

  it('rejects a byte value over 255 in a decimal array', () => {
    const result = parseHexText('[3, 0, 256]');
    expect(result).toMatchObject({ kind: 'error', column: 8 });
    expect(result.kind === 'error' && result.message).toContain('Byte value 256 is more than 255');
  });

  it('rejects text around an array that is not a declaration', () => {
    const result = parseHexText('{ 0x03, 0x00 } and more');
    expect(result).toMatchObject({ kind: 'error', column: 16 });
  });

  it('says a squeezed hexdump cannot be read', () => {
    const text = '00000000  00 00 00 00  |....|\n*\n00000020';
    const result = parseHexText(text);
    expect(result).toMatchObject({ kind: 'error', line: 2, column: 1 });
  });

  it('says empty text is empty', () => {
    expect(parseHexText('  \n ')).toMatchObject({ kind: 'error' });
  });
});
