import { describe, expect, it } from 'vitest';
import { rowWindow, scrollTopToShow } from './rowWindow';

const g = { count: 100, rowHeight: 10, headerHeight: 20, overscan: 2 };

describe('rowWindow', () => {
  it('draws the rows in view below the header, and the overscan on each side', () => {
    // 100 px of viewport: the header's 20, then rows 0-7.
    expect(rowWindow(g, 0, 100)).toEqual({ first: 0, end: 10 });
    // Scrolled 55 px: rows from 3 (half hidden under the header's space) to 13.
    expect(rowWindow(g, 55, 100)).toEqual({ first: 1, end: 16 });
  });

  it('stops at the last row, and draws nothing without rows or room', () => {
    expect(rowWindow(g, 1000, 100)).toEqual({ first: 96, end: 100 });
    expect(rowWindow(g, 5000, 100)).toEqual({ first: 97, end: 100 });
    expect(rowWindow({ ...g, count: 0 }, 0, 100)).toEqual({ first: 0, end: 0 });
    expect(rowWindow(g, 0, 0)).toEqual({ first: 0, end: 0 });
  });
});

describe('scrollTopToShow', () => {
  it('scrolls a row below the view up to the bottom, one above it down to under the header', () => {
    expect(scrollTopToShow(g, 20, 0, 100)).toBe(130);
    expect(scrollTopToShow(g, 5, 100, 100)).toBe(50);
  });

  it('leaves a row in view where it is', () => {
    expect(scrollTopToShow(g, 0, 0, 100)).toBeNull();
    expect(scrollTopToShow(g, 7, 0, 100)).toBeNull();
    expect(scrollTopToShow(g, 8, 0, 100)).toBe(10);
  });
});
