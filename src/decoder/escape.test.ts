import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeUid, unescapeUid } from './escape';

describe('escapeUid', () => {
  it('writes every char but ASCII letters and digits as $ and two lower-case hex digits', () => {
    expect(escapeUid('0BC535DB-EA63-11E1-A75C-00215AD7BB74')).toBe(
      '0BC535DB$2dEA63$2d11E1$2dA75C$2d00215AD7BB74',
    );
    expect(escapeUid('a.b_c@d$e,S=1')).toBe('a$2eb$5fc$40d$24e$2cS$3d1');
  });

  it('is undone by unescapeUid for any UID a server may send', () => {
    const uid = fc.string({
      unit: fc.integer({ min: 0x21, max: 0x7e }).map((c) => String.fromCharCode(c)),
    });
    fc.assert(
      fc.property(uid, (text) => {
        const escaped = escapeUid(text);
        expect(escaped).toMatch(/^[A-Za-z0-9$]*$/);
        expect(unescapeUid(escaped)).toBe(text);
      }),
    );
  });

  it('unescapeUid reads either case and leaves a bad escape as it is', () => {
    expect(unescapeUid('a$2Db$2e')).toBe('a-b.');
    expect(unescapeUid('a$zz$2')).toBe('a$zz$2');
  });
});
