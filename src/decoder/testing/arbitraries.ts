/** fast-check arbitraries for the parts of a tag, shared by the property tests. */
import fc from 'fast-check';

const two = (n: number): string => String(n).padStart(2, '0');

/** A valid yyyymmddhhmmss, from a real instant. */
export const timestampRaw = fc
  .date({
    min: new Date(Date.UTC(1990, 0, 1)),
    max: new Date(Date.UTC(2099, 11, 31)),
    noInvalidDate: true,
  })
  .map(
    (d) =>
      `${d.getUTCFullYear()}${two(d.getUTCMonth() + 1)}${two(d.getUTCDate())}` +
      `${two(d.getUTCHours())}${two(d.getUTCMinutes())}${two(d.getUTCSeconds())}`,
  );

/** A UID as RFC 1939 allows: 1 to 70 characters in 0x21..0x7E. */
export const uid = fc.string({
  unit: fc.integer({ min: 0x21, max: 0x7e }).map((code) => String.fromCharCode(code)),
  minLength: 1,
  maxLength: 70,
});
