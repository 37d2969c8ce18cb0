import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  MAX_SPACER_HEIGHT,
  fullyVisibleRows,
  isScaled,
  renderedRows,
  rowY,
  scrollGeometry,
  scrollTopFromTop,
  topFromScrollTop,
  topToReveal,
  topToShow,
  wheelPixels,
} from './scrollScale';

const ROW = 20;
const VIEWPORT = 400;

describe('scroll geometry', () => {
  it('scrolls natively when the rows fit under the cap', () => {
    const g = scrollGeometry(1000, ROW, VIEWPORT);
    expect(isScaled(g)).toBe(false);
    expect(g.spacerHeight).toBe(20_000);
    expect(topFromScrollTop(g, 1234)).toBe(1234);
    expect(scrollTopFromTop(g, 1234)).toBe(1234);
    expect(rowY(g, 1234, 1234, 70)).toBe(1400);
  });

  it('caps the spacer of a 1 GiB file and still reaches both ends', () => {
    const rows = 2 ** 30 / 16;
    const g = scrollGeometry(rows, ROW, VIEWPORT);
    expect(isScaled(g)).toBe(true);
    expect(g.spacerHeight).toBe(MAX_SPACER_HEIGHT);
    expect(topFromScrollTop(g, 0)).toBe(0);
    expect(renderedRows(g, topFromScrollTop(g, 0), 0).first).toBe(0);
    const bottom = topFromScrollTop(g, g.maxScrollTop);
    expect(bottom).toBe(g.maxTop);
    const shown = renderedRows(g, bottom, 0);
    expect(shown.end).toBe(rows);
    // The last row is drawn at the bottom of the viewport.
    const y = rowY(g, bottom, g.maxScrollTop, rows - 1);
    expect(y - g.maxScrollTop).toBe(VIEWPORT - ROW);
  });

  it('maps scrollTop and top onto each other in both directions', () => {
    const g = scrollGeometry(67_108_864, ROW, VIEWPORT);
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (f) => {
        const top = f * g.maxTop;
        const back = topFromScrollTop(g, scrollTopFromTop(g, top));
        expect(Math.abs(back - top)).toBeLessThan(1e-3);
      }),
    );
  });

  it('keeps the mapping monotonic', () => {
    const g = scrollGeometry(930_000, ROW, VIEWPORT);
    fc.assert(
      fc.property(fc.nat(g.maxScrollTop), fc.nat(g.maxScrollTop), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(topFromScrollTop(g, lo)).toBeLessThanOrEqual(topFromScrollTop(g, hi));
      }),
    );
  });

  it('clamps out-of-range positions', () => {
    const g = scrollGeometry(100, ROW, VIEWPORT);
    expect(topFromScrollTop(g, -50)).toBe(0);
    expect(topFromScrollTop(g, 1e9)).toBe(g.maxTop);
    const tiny = scrollGeometry(3, ROW, VIEWPORT);
    expect(tiny.maxTop).toBe(0);
    expect(renderedRows(tiny, 0, 5)).toEqual({ first: 0, end: 3 });
  });
});

describe('rows in view', () => {
  const g = scrollGeometry(10_000, ROW, VIEWPORT);

  it('renders the rows in the viewport plus overscan', () => {
    expect(renderedRows(g, 1000, 0)).toEqual({ first: 50, end: 70 });
    expect(renderedRows(g, 1010, 2)).toEqual({ first: 48, end: 73 });
  });

  it('counts only whole rows as fully visible', () => {
    expect(fullyVisibleRows(g, 1010)).toEqual({ first: 51, end: 70 });
  });

  it('moves as little as possible to reveal a row', () => {
    expect(topToReveal(g, 1000, 55)).toBe(1000);
    expect(topToReveal(g, 1000, 40)).toBe(800);
    expect(topToReveal(g, 1000, 70)).toBe(1020);
  });

  it('shows a row with context above it', () => {
    expect(topToShow(g, 100)).toBe(1960);
    expect(topToShow(g, 0)).toBe(0);
    expect(topToShow(g, 9_999)).toBe(g.maxTop);
  });

  it('turns wheel lines and pages into pixels', () => {
    expect(wheelPixels(g, 100, 0)).toBe(100);
    expect(wheelPixels(g, 3, 1)).toBe(60);
    expect(wheelPixels(g, -1, 2)).toBe(-19 * ROW);
  });
});
