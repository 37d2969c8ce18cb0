import { describe, expect, it } from 'vitest';
import { describeSelection, formatSize, formatTimestamp, groupDigits } from './format';

describe('format', () => {
  it('describes a selection with its half-open range, length and tag', () => {
    expect(describeSelection({ start: 4, end: 0x41, tag: 0 })).toBe(
      'Selected 0x0004–0x0041 (61 bytes), tag 0',
    );
    expect(describeSelection({ start: 0, end: 2, tag: null })).toBe(
      'Selected 0x0000–0x0002 (2 bytes)',
    );
    expect(describeSelection({ start: 7, end: 8, tag: 3 })).toBe(
      'Selected 0x0007–0x0008 (1 byte), tag 3',
    );
  });

  it('gives sizes in bytes and binary units', () => {
    expect(formatSize(1)).toBe('1 byte');
    expect(formatSize(600)).toBe('600 bytes');
    expect(formatSize(20 * 1024 * 1024)).toBe('20 MiB (20,971,520 bytes)');
  });

  it('groups digits in threes', () => {
    expect([0, 999, 1000, 65535, 1234567, -4200].map(groupDigits)).toEqual([
      '0',
      '999',
      '1,000',
      '65,535',
      '1,234,567',
      '-4,200',
    ]);
  });
});

describe('formatTimestamp', () => {
  it('spaces out the recorded digits without shifting them', () => {
    expect(formatTimestamp('20120906131138')).toBe('2012-09-06 13:11:38');
  });
});
