/**
 * The row position a key moves to in a list of `count` rows, or null when the key is
 * not a row-moving key. Enter and Space pick the current row.
 */
export function nextPosition(
  key: string,
  from: number,
  count: number,
  pageRows: number,
): number | null {
  if (count === 0) return null;
  const clamp = (position: number) => Math.max(0, Math.min(count - 1, position));
  switch (key) {
    case 'ArrowDown':
      return clamp(from + 1);
    case 'ArrowUp':
      return clamp(from - 1);
    case 'PageDown':
      return clamp(from + pageRows);
    case 'PageUp':
      return clamp(from - pageRows);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    case 'Enter':
    case ' ':
      return clamp(from);
    default:
      return null;
  }
}
