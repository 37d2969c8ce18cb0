import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { historyStore } from '../input/pst/testing/stores';
import { buildPst } from '../input/pst/testing/writer';
import { runCliInMemory } from './testing/memoryFiles';

const run = runCliInMemory;

const { spec, expected } = historyStore();
const store = buildPst(spec);
const written = expected.flatMap((manager) =>
  manager.attachments.map((attachment) => ({ ...attachment, manager })),
);

describe('the CLI on a .pst', { timeout: 60_000 }, () => {
  it('lists every history the store holds, with folder, profile, account and size', async () => {
    const { code, stdout } = await run(['store.pst', '--list'], { 'store.pst': store });
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(written.length);
    written.forEach((history, i) => {
      expect(lines[i]).toContain(`${i + 1}. ${history.manager.folderPath}`);
      expect(lines[i]).toContain(history.manager.profileName);
      expect(lines[i]).toContain(`${history.data.length} bytes`);
    });
    // The account as the attachment names it: an SMTP address, or a mini-UID.
    expect(lines[0]).toContain('alice@example.com');
    expect(lines[2]).toContain('mini-UID 0a1b2c3d');
  });

  it('lists them as JSON with --list --json', async () => {
    const { code, stdout } = await run(['store.pst', '--list', '--json'], { 'store.pst': store });
    expect(code).toBe(0);
    const listed = JSON.parse(stdout) as { folder: string; bytes: number; account: string }[];
    expect(listed.map(({ folder, bytes }) => [folder, bytes])).toEqual(
      written.map((h) => [h.manager.folderPath, h.data.length]),
    );
  });

  it('needs --history when there are several, and decodes the one asked for', async () => {
    const unchosen = await run(['store.pst'], { 'store.pst': store });
    expect(unchosen.code).toBe(2);
    expect(unchosen.stderr).toContain(`store.pst holds ${written.length} histories`);
    const chosen = await run(['store.pst', '--history', '1', '--json'], { 'store.pst': store });
    const json = JSON.parse(chosen.stdout) as { tags: { uid: string }[] };
    // The first history is the worked example's first five tags (FORMAT.md).
    expect(json.tags.map((t) => t.uid)[0]).toBe('0BC535DB-EA63-11E1-A75C-00215AD7BB74');
    expect(json.tags).toHaveLength(5);
    const table = await run(['store.pst', '--history', '1'], { 'store.pst': store });
    expect(table.stdout).toContain('Store:   Unicode PST');
    expect(table.stdout).toContain('BlobPOPalice@example.com');
  });

  it('says plainly when the file is not a store, or a truncated one', async () => {
    const notStore = await run(['x.pst'], { 'x.pst': new Uint8Array(600).fill(0x21) });
    expect(notStore.code).toBe(2);
    const truncated = await run(['t.pst'], { 't.pst': store.subarray(0, 2000) });
    expect(truncated.code).toBe(2);
    expect(truncated.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(truncated.stderr).toMatch(/truncated|outside the file/);
  });

  it('names the Message Manager message of a real Outlook OST that holds no history', async () => {
    const require = createRequire(import.meta.url);
    const testdata = join(
      require.resolve('pst-extractor/package.json'),
      '..',
      'example',
      'testdata',
    );
    const ost = new Uint8Array(readFileSync(join(testdata, 'pstextractortest@outlook.com.ost')));
    const { code, stderr } = await run(['mail.ost'], { 'mail.ost': ost });
    expect(code).toBe(2);
    expect(stderr).toContain('has a Message Manager message but no history attachment');
    // The subject FORMAT.md quotes from this Outlook-written OST.
    expect(stderr).toContain(
      'Outlook Message Manager (Outlook) (KEY: E9BA982ADA517341B914CED02C473528)',
    );
  });
});
