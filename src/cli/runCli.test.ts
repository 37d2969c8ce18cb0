import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import CFB from 'cfb';
import { describe, expect, it } from 'vitest';
import { encodeUidlHistory, type HistoryJson } from '../decoder/index';
import { runCli, type CliIo } from './runCli';
import { memoryFiles } from './testing/memoryFiles';
import { bodyTag as tag } from '../decoder/testing/bodyTag';

const good = encodeUidlHistory({ tags: [tag('get', 'abc-1'), tag('delete', 'gone-2')] });
const bad = encodeUidlHistory({ tags: [tag('get', 'abc-1', '20121306131138')] });
const ascii = (text: string) => Uint8Array.from([...text].map((c) => c.charCodeAt(0)));

/** Runs the command line in-process against an in-memory file system. */
async function run(
  argv: string[],
  files: Record<string, Uint8Array> = {},
  stdin = new Uint8Array(0),
) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    ...memoryFiles(files),
    readStdin: () => Promise.resolve(stdin),
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}

describe('runCli: exit status', () => {
  it('is 0 for a BLOB without error diagnostics', async () => {
    const result = await run(['h.bin'], { 'h.bin': good });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
  });

  it('is 1 for a BLOB with error diagnostics, which are still shown', async () => {
    const result = await run(['h.bin'], { 'h.bin': bad });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/error\s+bad-timestamp\s+0x0006/);
    expect(result.stdout).toContain('20121306131138 (invalid)');
    expect(result.stdout).toMatch(/; 1 error, 0 warnings, 0 info\n/);
  });

  it('is 2 with a message for a missing file, bad hex and bad arguments', async () => {
    const missing = await run(['nope.bin']);
    expect(missing).toMatchObject({ code: 2, stdout: '' });
    expect(missing.stderr).toContain('cannot read nope.bin: ENOENT');

    const badHex = await run(['h.txt'], { 'h.txt': ascii('03 00 0') });
    expect(badHex.code).toBe(2);
    expect(badHex.stderr).toContain(
      'h.txt: Odd number of hex digits (1) in "0" at line 1, column 7',
    );

    for (const argv of [
      [],
      ['a', 'b'],
      ['a', '--json', '--csv'],
      ['a', '--bogus'],
      ['a', '--history', '0'],
    ]) {
      const result = await run(argv, { a: good });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('--help');
    }
  });
});

describe('runCli: output modes', () => {
  it('prints help', async () => {
    const result = await run(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: pop3-uidl <file|->');
  });

  it('prints a table with header check, tags and summary', async () => {
    const { stdout } = await run(['h.bin'], { 'h.bin': good });
    const lines = stdout.split('\n');
    expect(lines).toContain('Version: 3');
    expect(lines).toContain('Count:   2, as many tags as found');
    expect(lines.find((l) => l.startsWith('0 '))).toMatch(
      /^0\s+0x0004\s+get\s+body\s+2012-09-06 13:11:38\s+abc-1$/,
    );
    expect(lines).toContain('Summary: 2 tags (1 get, 1 delete); 0 errors, 0 warnings, 0 info');
  });

  it('reads hex from standard input', async () => {
    const hex = [...good].map((b) => b.toString(16).padStart(2, '0')).join(' ');
    const { code, stdout } = await run(['-'], {}, ascii(`cb: ${good.length} lpb: ${hex}`));
    expect(code).toBe(0);
    expect(stdout).toContain('Source:  decoded from hex text (MFCMAPI cb/lpb form)');
  });

  it('prints JSON that rebuilds even a damaged BLOB byte for byte', async () => {
    const damaged = new Uint8Array([...good.subarray(0, good.length - 1), 0xff, 0xfe, 0x24]);
    const { stdout } = await run(['h.bin', '--json'], { 'h.bin': damaged });
    expect(encodeUidlHistory(JSON.parse(stdout) as HistoryJson)).toEqual(damaged);
  });

  it('prints JSON and CSV', async () => {
    const json = JSON.parse((await run(['h.bin', '--json'], { 'h.bin': good })).stdout) as {
      tags: { uid: string }[];
    };
    expect(json.tags.map((t) => t.uid)).toEqual(['abc-1', 'gone-2']);
    const csv = (await run(['h.bin', '--csv'], { 'h.bin': good })).stdout.split('\r\n');
    expect(csv[0]).toMatch(/^index,start,end,/);
    expect(csv[2]).toMatch(/^1,.*,delete,body,.*,gone-2,$/);
  });

  it('adds verdicts, counts and near-misses with --compare', async () => {
    const files = {
      'h.bin': good,
      'uidl.txt': ascii('+OK\r\n1 ABC-1\r\n2 gone-2\r\n3 fresh\r\n.\r\n'),
    };
    const table = (await run(['h.bin', '--compare', 'uidl.txt'], files)).stdout;
    expect(table).toContain('Server: 3 messages listed: 0 fetched, 1 deleted, 2 new');
    expect(table).toContain('History entries the server no longer lists (gone): 1');
    // Numbered as the server numbers them, not by the listing's line (the +OK is line 1).
    expect(table).toContain('server #1 "ABC-1" ~ tag 0 "abc-1" (case)');
    expect(table).toMatch(
      /\n {2}server # +verdict +tags +UID\n {2}1 +new +- +ABC-1\n {2}2 +deleted +1 +gone-2\n {2}3 +new +- +fresh\n/,
    );
    expect(table).toMatch(/gone\): 1\n {2}tag +UID\n {2}0 +abc-1\n/);
    expect(table).toMatch(/get\s+body\s+2012-09-06 13:11:38\s+gone\s+abc-1/);

    const csvRun = await run(['h.bin', '--csv', '--compare', 'uidl.txt'], files);
    expect(csvRun.stderr).toContain('Server: 3 messages listed: 0 fetched, 1 deleted, 2 new');
    const csv = csvRun.stdout.split('\r\n');
    expect(csv.slice(1, 3).map((row) => row.split(',').at(-1))).toEqual(['gone', 'deleted']);

    const json = JSON.parse(
      (await run(['h.bin', '--json', '--compare', 'uidl.txt'], files)).stdout,
    ) as {
      comparison: { counts: Record<string, number> };
    };
    expect(json.comparison.counts).toEqual({ fetched: 0, deleted: 1, new: 2, gone: 1 });
  });

  it('lists the histories of a .msg and reads the one asked for', async () => {
    const container = CFB.utils.cfb_new();
    const second = encodeUidlHistory({ tags: [tag('get', 'second')] });
    CFB.utils.cfb_add(container, '/__attach_version1.0_#00000000/__substg1.0_37010102', good);
    CFB.utils.cfb_add(container, '/__attach_version1.0_#00000001/__substg1.0_37010102', second);
    const files = { 'h.msg': CFB.write(container, { type: 'array' }) as Uint8Array };
    // With two histories and no --history, the CLI names both and decodes neither.
    const unchosen = await run(['h.msg'], files);
    expect(unchosen).toMatchObject({ code: 2, stdout: '' });
    expect(unchosen.stderr).toContain('h.msg holds 2 histories; choose one with --history <n>');
    expect(unchosen.stderr).toContain(
      `1. __attach_version1.0_#00000000 · ${good.length} bytes · 2 tags`,
    );
    expect(unchosen.stderr).toContain(
      `2. __attach_version1.0_#00000001 · ${second.length} bytes · 1 tag`,
    );
    const listed = await run(['h.msg', '--list', '--json'], files);
    expect(listed.code).toBe(0);
    expect(
      (JSON.parse(listed.stdout) as { number: number; attachment: string; bytes: number }[]).map(
        ({ number, attachment, bytes }) => [number, attachment, bytes],
      ),
    ).toEqual([
      [1, '__attach_version1.0_#00000000', good.length],
      [2, '__attach_version1.0_#00000001', second.length],
    ]);
    const first = await run(['h.msg', '--history', '1'], files);
    expect(first.stdout).toContain('Histories in this .msg: 2 (list them with --list)');
    expect(first.stdout).toMatch(/\babc-1\n/);
    const chosen = await run(['h.msg', '--history', '2'], files);
    expect(chosen.stdout).toMatch(/\bsecond\n/);
    expect((await run(['h.msg', '--history', '3'], files)).code).toBe(2);
  });

  it('writes the report as HTML to standard output or to --out, with the hash and every UID', async () => {
    const sha256 = createHash('sha256').update(good).digest('hex');
    const { stdout, code } = await run(['h.bin', '--report'], { 'h.bin': good });
    expect(code).toBe(0);
    expect(stdout).toMatch(/^<!doctype html>/);
    expect(stdout).not.toMatch(/<script/i);
    expect(stdout).toContain(sha256);
    for (const uid of ['abc-1', 'gone-2']) expect(stdout).toContain(`<code>${uid}</code>`);
    const written: Record<string, string> = {};
    const io: CliIo = {
      ...memoryFiles({ 'h.bin': good }),
      readStdin: () => Promise.resolve(new Uint8Array(0)),
      stdout: () => undefined,
      stderr: () => undefined,
      writeText: (name, text) => {
        written[name] = text;
        return Promise.resolve();
      },
    };
    expect(await runCli(['h.bin', '--report', '--out', 'r.html'], io)).toBe(0);
    expect(written['r.html']).toContain(sha256);
    expect((await run(['h.bin', '--out', 'r.html'], { 'h.bin': good })).code).toBe(2);
  });

  it('prints the SHA-256 of the .msg and of the BLOB taken out of it, in the table and the JSON', async () => {
    const container = CFB.utils.cfb_new();
    CFB.utils.cfb_add(container, '/__attach_version1.0_#00000000/__substg1.0_37010102', good);
    const msg = CFB.write(container, { type: 'array' }) as Uint8Array;
    const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
    const table = (await run(['h.msg'], { 'h.msg': msg })).stdout;
    expect(table).toContain(`SHA-256 of the file: ${sha256(msg)}\n`);
    expect(table).toContain(`SHA-256 of the BLOB: ${sha256(good)}\n`);
    const json = JSON.parse((await run(['h.msg', '--json'], { 'h.msg': msg })).stdout) as {
      sha256: string;
      sourceSha256: string;
    };
    expect(json).toMatchObject({ sha256: sha256(good), sourceSha256: sha256(msg) });
    const raw = await run(['h.bin'], { 'h.bin': good });
    expect(raw.stdout).toContain(`SHA-256: ${sha256(good)}\n`);
  });

  it('shows control characters in a UID as escapes, not raw', async () => {
    const files = { 'h.bin': encodeUidlHistory({ tags: [tag('get', 'a\u001b[2Jb')] }) };
    const { stdout } = await run(['h.bin'], files);
    expect(stdout).toContain('a\\x1b[2Jb');
    expect(stdout).not.toContain('\u001b');
  });

  it('marks invisible characters in the table, keeps them exact in JSON and CSV', async () => {
    const uids = ['UID0001', 'UID\u200b0001', '\u202e1000DIU'];
    // Written unescaped, as UTF-8 (FORMAT.md: tags are UTF-8 strings), one tag each.
    const tagBytes = uids.flatMap((uid) => [
      ...new TextEncoder().encode(`+b20120906131138${uid}`),
      0,
    ]);
    const files = { 'h.bin': Uint8Array.from([3, 0, uids.length, 0, ...tagBytes]) };
    const { stdout } = await run(['h.bin'], files);
    const uidColumn = stdout
      .split('\n')
      .filter((line) => /^\d\s/.test(line))
      .map((line) => line.split(/\s+/).at(-1));
    expect(uidColumn).toEqual(['UID0001', 'UID\\u200b0001', '\\u202e1000DIU']);
    expect(stdout).not.toMatch(/[\u200b\u202e]/);
    const json = JSON.parse((await run(['h.bin', '--json'], files)).stdout) as {
      tags: { uid: string }[];
    };
    expect(json.tags.map((t) => t.uid)).toEqual(uids);
    const csv = (await run(['h.bin', '--csv'], files)).stdout;
    expect(csv).toContain('UID\u200b0001');
    expect(csv).toContain('\u202e1000DIU');
  });
});

describe('runCli: a slow reader', () => {
  it.each([
    { output: 'the JSON', flags: ['--json'] },
    { output: 'the CSV', flags: ['--csv'] },
    { output: 'the table', flags: [] },
  ])('writes $output chunk by chunk, each once standard output has drained', async ({ flags }) => {
    const many = encodeUidlHistory({
      tags: Array.from({ length: 3000 }, (_, i) => tag('get', `uid-${i}`)),
    });
    const chunks: string[] = [];
    let waiting: (() => void) | null = null;
    const io: CliIo = {
      ...memoryFiles({ 'h.bin': many }),
      readStdin: () => Promise.resolve(new Uint8Array(0)),
      stdout: (text) => {
        // Nothing is written while the reader has not drained what came before.
        expect(waiting).toBeNull();
        chunks.push(text);
      },
      stderr: () => undefined,
      drained: () =>
        new Promise<void>((resolve) => {
          waiting = resolve;
        }),
    };
    const done = runCli([...flags, 'h.bin'], io);
    for (let turns = 0; turns < 10_000 && waiting === null; turns++) await Promise.resolve();
    let released = 0;
    while (waiting !== null) {
      const resolve: () => void = waiting;
      waiting = null;
      resolve();
      released += 1;
      for (let turns = 0; turns < 100 && waiting === null; turns++) await Promise.resolve();
    }
    expect(await done).toBe(0);
    expect(chunks.length).toBeGreaterThan(1);
    expect(released).toBeGreaterThanOrEqual(chunks.length - 1);
  });
});

describe('bin/pop3-uidl.mjs', () => {
  it('runs as a real process with file input and exit status', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pop3-uidl-'));
    const file = path.join(dir, 'history.bin');
    writeFileSync(file, bad);
    const bin = path.resolve(import.meta.dirname, '../../bin/pop3-uidl.mjs');
    const result = await promisify(execFile)(process.execPath, [bin, file, '--csv'], {
      cwd: dir,
    }).catch((error: { code: number; stdout: string }) => error);
    expect('code' in result ? result.code : 0).toBe(1);
    expect(result.stdout).toContain('bad-timestamp');
  }, 30_000);
});
