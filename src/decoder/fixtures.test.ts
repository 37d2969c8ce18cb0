import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeUidlHistory, DIAGNOSTIC_CODES, encodeUidlHistory, toJson } from './index';
import { allFixtures, CODES_WITHOUT_FIXTURE } from './testing/fixtures';

const folder = join(import.meta.dirname, '..', '..', 'fixtures');
const names = readdirSync(folder)
  .filter((file) => file.endsWith('.bin'))
  .map((file) => file.slice(0, -'.bin'.length));
const read = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(join(folder, `${name}.bin`)));
const expected = (name: string): unknown =>
  JSON.parse(readFileSync(join(folder, `${name}.json`), 'utf8'));

describe('golden fixtures', () => {
  it.each(names)('%s decodes to its expected JSON', (name) => {
    const bytes = read(name);
    expect(toJson(decodeUidlHistory(bytes), bytes)).toEqual(expected(name));
  });

  it.each(names)('%s is rebuilt byte for byte from its expected JSON', (name) => {
    const json = expected(name) as Parameters<typeof encodeUidlHistory>[0];
    expect(encodeUidlHistory(json)).toEqual(read(name));
  });

  it('are the files the fixture definitions make (run scripts/make-fixtures.ts when not)', () => {
    const fixtures = allFixtures();
    expect(names.sort()).toEqual(fixtures.map((fixture) => fixture.name).sort());
    for (const fixture of fixtures) expect(read(fixture.name), fixture.name).toEqual(fixture.bytes);
  });
});

describe('diagnostic fixtures', () => {
  const codes = DIAGNOSTIC_CODES.filter((code) => !CODES_WITHOUT_FIXTURE.includes(code));
  it.each(codes)('diag-%s carries that code, in the list and on its range', (code) => {
    expect(names).toContain(`diag-${code}`);
    const bytes = read(`diag-${code}`);
    const history = decodeUidlHistory(bytes);
    const found = history.diagnostics.filter((diagnostic) => diagnostic.code === code);
    expect(found.length).toBeGreaterThan(0);
    expect(history.diagnosticCounts[code]).toBe(found.length);
    for (const diagnostic of found) {
      expect(diagnostic.start).toBeLessThanOrEqual(diagnostic.end);
      expect(diagnostic.end).toBeLessThanOrEqual(bytes.length);
      expect(diagnostic.message).toMatch(/0x[0-9A-F]{4} \(\d+\)|\d+ bytes?/);
    }
  });

  it('apart from the diagnostic they show, well-formed fixtures carry none', () => {
    for (const name of ['worked-example', 'non-ascii-uid']) {
      const codes = decodeUidlHistory(read(name)).diagnostics.map((d) => d.code);
      expect(codes.filter((code) => code !== 'unescaped-char' && code !== 'uid-bad-char')).toEqual(
        [],
      );
    }
  });
});
