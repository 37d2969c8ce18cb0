/**
 * Writes the crafted `.msg` files of fixtures/hostile/: `npx tsx scripts/make-hostile-fixtures.ts`.
 * Each is broken in one way that once crashed the reader (see src/input/testing/hostileMsg.ts);
 * the big variants (10,000 nested levels, 3.4 MB aliased 200 times) are built by the tests
 * instead of being kept here.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hostileFixtures } from '../src/input/testing/hostileMsg';

const folder = join(import.meta.dirname, '..', 'fixtures', 'hostile');
mkdirSync(folder, { recursive: true });
const lines = [
  '# Crafted .msg files',
  '',
  'Written by `npx tsx scripts/make-hostile-fixtures.ts`; the tests check that each still',
  'comes out of that script byte for byte, and what the reader and the CLI say for it.',
  '',
  '| file | how it is broken | what the reader says |',
  '|---|---|---|',
];
for (const fixture of hostileFixtures()) {
  writeFileSync(join(folder, fixture.name), fixture.bytes);
  lines.push(
    `| \`${fixture.name}\` | ${fixture.description} | This .msg is damaged: ${fixture.reason} |`,
  );
}
writeFileSync(join(folder, 'README.md'), `${lines.join('\n')}\n`);
