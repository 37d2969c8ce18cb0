/**
 * Writes the golden fixtures: `npx tsx scripts/make-fixtures.ts`.
 * Each fixture is fixtures/<name>.bin with fixtures/<name>.json beside it, the JSON being
 * what `toJson` gives for it today. Review the diff of the JSON before committing it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeUidlHistory, toJson } from '../src/decoder/index';
import { allFixtures } from '../src/decoder/testing/fixtures';

const folder = join(import.meta.dirname, '..', 'fixtures');
mkdirSync(folder, { recursive: true });
const lines = [
  '# Fixtures',
  '',
  'Golden pairs: `<name>.bin` and the `toJson` output expected for it, `<name>.json`.',
  'Written by `npx tsx scripts/make-fixtures.ts` from `src/decoder/testing/fixtures.ts`;',
  'the unit tests decode every `.bin` and compare with its `.json`. `diag-<code>` fixtures',
  'each carry (at least) that diagnostic code.',
  '',
  "Since the `.json` files are the decoder's own output, they catch changes, not mistakes:",
  '`src/decoder/handChecked.test.ts` also holds most fixtures to values worked out by hand',
  'from their bytes and FORMAT.md (`src/decoder/testing/handChecked.ts`).',
  '',
  '| fixture | what it shows |',
  '|---|---|',
];
for (const fixture of allFixtures()) {
  const json = toJson(decodeUidlHistory(fixture.bytes), fixture.bytes);
  writeFileSync(join(folder, `${fixture.name}.bin`), fixture.bytes);
  writeFileSync(join(folder, `${fixture.name}.json`), `${JSON.stringify(json, null, 2)}\n`);
  lines.push(`| \`${fixture.name}\` | ${fixture.description} |`);
}
writeFileSync(join(folder, 'README.md'), `${lines.join('\n')}\n`);
console.log(`Wrote ${allFixtures().length} fixtures to ${folder}`);
