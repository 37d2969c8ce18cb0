import { describe, expect, it } from 'vitest';
import { nextPosition } from './keyboard';

describe('nextPosition', () => {
  it('moves one row, a page, or to either end, within the rows', () => {
    expect(nextPosition('ArrowDown', 3, 10, 4)).toBe(4);
    expect(nextPosition('ArrowUp', 3, 10, 4)).toBe(2);
    expect(nextPosition('PageDown', 3, 10, 4)).toBe(7);
    expect(nextPosition('PageUp', 3, 10, 4)).toBe(0);
    expect(nextPosition('Home', 3, 10, 4)).toBe(0);
    expect(nextPosition('End', 3, 10, 4)).toBe(9);
  });

  it('stays inside the first and last row', () => {
    expect(nextPosition('ArrowUp', 0, 10, 4)).toBe(0);
    expect(nextPosition('ArrowDown', 9, 10, 4)).toBe(9);
    expect(nextPosition('PageDown', 8, 10, 4)).toBe(9);
  });

  it('picks the current row on Enter and Space, and ignores other keys', () => {
    expect(nextPosition('Enter', 5, 10, 4)).toBe(5);
    expect(nextPosition(' ', 5, 10, 4)).toBe(5);
    expect(nextPosition('a', 5, 10, 4)).toBeNull();
    expect(nextPosition('ArrowDown', 0, 0, 4)).toBeNull();
  });
});
