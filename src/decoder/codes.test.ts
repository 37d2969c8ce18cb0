import { describe, expect, it } from 'vitest';
import * as codes from './codes';
import { DIAGNOSTIC_CODES } from './model';

describe('code indexes', () => {
  it('name each diagnostic code by its place in DIAGNOSTIC_CODES', () => {
    const byName = Object.entries(codes).map(([name, index]) => [
      name.toLowerCase().replace(/_/g, '-'),
      index,
    ]);
    expect(byName.sort((a, b) => Number(a[1]) - Number(b[1]))).toEqual(
      DIAGNOSTIC_CODES.map((code, index) => [code, index]),
    );
  });
});
