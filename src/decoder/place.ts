import { hexOffset } from './hex';

/** "0x0041 (65)": the way every message names an offset. */
export function offsetText(offset: number): string {
  return `${hexOffset(offset)} (${offset})`;
}

/** "Byte 0x0041 (65)" or "The 3 bytes at 0x0041 (65)" or "At 0x0041 (65)" for an empty range. */
export function placeText(start: number, end: number): string {
  const size = end - start;
  if (size === 1) return `Byte ${offsetText(start)}`;
  if (size === 0) return `At ${offsetText(start)}`;
  return `The ${size} bytes at ${offsetText(start)}`;
}
