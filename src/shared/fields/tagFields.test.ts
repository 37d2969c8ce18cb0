import { describe, expect, it } from 'vitest';
import { contentLabel, operationLabel } from './tagFields';

describe('operationLabel / contentLabel', () => {
  it('names the bytes Outlook writes', () => {
    expect(operationLabel(0x2b)).toEqual({ text: 'get', known: true });
    expect(operationLabel(0x2d)).toEqual({ text: 'delete', known: true });
    expect(operationLabel(0x26)).toEqual({ text: 'get-and-delete', known: true });
    expect(contentLabel(0x20)).toEqual({ text: 'none', known: true });
    expect(contentLabel(0x68)).toEqual({ text: 'header', known: true });
    expect(contentLabel(0x62)).toEqual({ text: 'body', known: true });
  });

  it('shows an unknown byte as recorded, and a missing one as missing', () => {
    expect(operationLabel(0x3f)).toEqual({ text: "unknown '?'", known: false });
    expect(contentLabel(0x09)).toEqual({ text: 'unknown 0x09', known: false });
    expect(operationLabel(0)).toEqual({ text: '(missing)', known: false });
  });
});
