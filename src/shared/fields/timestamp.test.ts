import { describe, expect, it } from 'vitest';
import { showTimestamp } from './timestamp';

describe('showTimestamp', () => {
  const now = new Date(2026, 10, 21, 12, 0, 0);

  it('shows the digits as recorded, with the age in the tooltip', () => {
    const shown = showTimestamp('20120906131138', true, now);
    expect(shown.text).toBe('2012-09-06 13:11:38');
    expect(shown.valid).toBe(true);
    expect(shown.title).toMatch(/^14 years ago/);
  });

  it('keeps the raw characters of an invalid timestamp', () => {
    expect(showTimestamp('20121306131138', false, now)).toMatchObject({
      text: '20121306131138',
      valid: false,
    });
    expect(showTimestamp('', false, now).text).toBe('(missing)');
  });
});
