/**
 * Test-only: where two byte arrays first differ ('same' when they do not), so that a
 * multi-megabyte comparison is one fast loop with a readable failure.
 */
export function firstDifference(a: Uint8Array, b: Uint8Array): string {
  if (a.length !== b.length) return `lengths ${a.length} and ${b.length}`;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return `byte ${i}`;
  return 'same';
}
