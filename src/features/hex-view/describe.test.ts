import { describe, expect, it } from 'vitest';
import { describeByte, selectionAt } from './describe';
import { sampleHistory } from './testHistory';

const { bytes, history } = sampleHistory();
const where = (offset: number) => describeByte(history, bytes, offset).split(' · ')[1];

describe('describeByte', () => {
  it('names header fields with their values', () => {
    expect(where(0)).toBe('Header › Version (3)');
    expect(where(3)).toBe('Header › Count (2)');
  });

  it('names the parts of a tag', () => {
    expect(where(4)).toBe('Tag 0 › Operation (+ get)');
    expect(where(5)).toBe('Tag 0 › Content (b body)');
    expect(where(10)).toBe('Tag 0 › Timestamp › month');
    expect(where(19)).toBe('Tag 0 › Timestamp › second');
    expect(where(20)).toBe('Tag 0 › UID');
    expect(where(26)).toBe('Tag 0 › terminator');
    expect(where(27)).toBe('Tag 1 › Operation (- delete)');
  });

  it('says what an escape stands for from any of its three bytes', () => {
    for (const offset of [22, 23, 24]) expect(where(offset)).toBe('Tag 0 › UID › $2d → "-"');
  });

  it('names trailing bytes and adds the error over a byte', () => {
    expect(where(46)).toBe('Trailing bytes');
    expect(describeByte(history, bytes, 33)).toContain('error: ');
    expect(describeByte(history, bytes, 33)).toContain('month 13');
  });

  it('starts with the offset and value, and is all there is without a model', () => {
    expect(describeByte(history, bytes, 4)).toMatch(/^0x0004 = 2B · /);
    expect(describeByte(null, bytes, 4)).toBe('0x0004 = 2B');
    expect(describeByte(history, bytes, bytes.length)).toBe('');
  });
});

describe('selectionAt', () => {
  it('selects the whole tag, terminator included', () => {
    expect(selectionAt(history, 30)).toEqual({ start: 27, end: 45, tag: 1 });
    expect(selectionAt(history, 26)).toEqual({ start: 4, end: 27, tag: 0 });
  });

  it('selects a header field or the trailing range outside tags', () => {
    expect(selectionAt(history, 1)).toEqual({ start: 0, end: 2, tag: null });
    expect(selectionAt(history, 2)).toEqual({ start: 2, end: 4, tag: null });
    expect(selectionAt(history, 45)).toEqual({ start: 45, end: 47, tag: null });
  });

  it('selects nothing without a model or outside the file', () => {
    expect(selectionAt(null, 5)).toBeNull();
    expect(selectionAt(history, 47)).toBeNull();
  });
});
