import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import CFB from 'cfb';
import { describe, expect, it } from 'vitest';
import { decodeUidlHistory, encodeUidlHistory, uidOf } from '../decoder/index';
import { parseHexText } from '../input/index';
import { runEdit, type EditIo } from './runEdit';
import { memoryFiles } from './testing/memoryFiles';
import { bodyTag as tag } from '../decoder/testing/bodyTag';

/** Tags 0 `a-1` get, 1 `b-2` delete, 2 `c-3` get: each 16 + 5 (`a$2d1`) + 1 bytes. */
const history = encodeUidlHistory({
  tags: [tag('get', 'a-1'), tag('delete', 'b-2'), tag('get', 'c-3')],
});
const ascii = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
/** 2026-12-01 21:30:05 on the test machine's clock, whatever its zone. */
const NOW = new Date(2026, 11, 1, 21, 30, 5);

/** Runs `pop3-uidl edit` in-process against an in-memory file system. */
async function run(
  argv: string[],
  files: Record<string, Uint8Array> = {},
  stdin: Uint8Array = new Uint8Array(0),
  now: () => Date = () => NOW,
) {
  let stdout = '';
  let stderr = '';
  const written: Record<string, Uint8Array> = {};
  const io: EditIo = {
    ...memoryFiles(files),
    readStdin: () => Promise.resolve(stdin),
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    writeFile: (name, bytes) => {
      if (name.startsWith('/readonly/'))
        return Promise.reject(new Error('EACCES: permission denied'));
      written[name] = bytes;
      return Promise.resolve();
    },
    now,
  };
  const code = await runEdit(argv, io);
  return { code, stdout, stderr, written };
}

const uidsIn = (bytes: Uint8Array | undefined): string[] => {
  const decoded = decodeUidlHistory(bytes ?? new Uint8Array(0));
  return Array.from({ length: decoded.tags.length }, (_, i) => uidOf(decoded, i));
};

describe('pop3-uidl edit: arguments', () => {
  it('prints its usage with --help and exits 0', async () => {
    const result = await run(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: pop3-uidl edit <file|-> --out <file>');
  });

  it.each([
    [[], 'No input file given'],
    [['a', 'b', '--out', 'o', '--repair'], 'Only one input file, got 2'],
    [['a', '--repair'], '--out <file> is required'],
    [['a', '--out', 'a', '--repair'], '--out must not be the input file'],
    [['a', '--out', '-', '--repair'], '--out takes a file name'],
    [['a', '--out', 'o'], 'Nothing to change'],
    [['a', '--out', 'o', '--add', 'x', '--content', 'all'], '--content takes body, header or none'],
    [['a', '--out', 'o', '--repair', '--history', '0'], '--history takes a number from 1 up'],
    [
      ['-', '--out', 'o', '--forget-from', '-'],
      'Only one of the inputs can come from standard input',
    ],
    [['a', '--out', 'o', '--bogus'], "Unknown option '--bogus'"],
  ])('exits 2 for %j: %s', async (argv, message) => {
    const result = await run(argv, { a: history });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.written).toEqual({});
  });

  it('exits 2 when the input cannot be read or is not a history it can open', async () => {
    const missing = await run(['nope.bin', '--out', 'o', '--repair']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot read nope.bin: ENOENT');
    const badHex = await run(['h.txt', '--out', 'o', '--repair'], { 'h.txt': ascii('03 00 0') });
    expect(badHex.code).toBe(2);
    expect(badHex.stderr).toContain('Odd number of hex digits');
    const notMsg = await run(['h.bin', '--out', 'o', '--repair', '--history', '2'], {
      'h.bin': history,
    });
    expect(notMsg.code).toBe(2);
    expect(notMsg.stderr).toContain('history 2 was asked for, but the input is not a .msg');
  });
});

describe('pop3-uidl edit: edits', () => {
  it('--forget drops every record of the UID and prints one line per change', async () => {
    const result = await run(['h.bin', '--out', 'o.bin', '--forget', 'b-2'], { 'h.bin': history });
    expect(result.code).toBe(0);
    expect(uidsIn(result.written['o.bin'])).toEqual(['a-1', 'c-3']);
    expect(result.stdout).toBe(
      [
        'forget tag 1: delete 20120906131138 "b-2"',
        'Changes: 1 forgotten, 0 added, 0 changed',
        'Result: 48 bytes, 2 tags, Count 2; 0 errors, 0 warnings, 0 info',
        'Written: o.bin (48 bytes)',
        '',
      ].join('\n'),
    );
  });

  it('--forget of a UID that is not in the history is an error that names it', async () => {
    const result = await run(['h.bin', '--out', 'o', '--forget', 'a-1', '--forget', 'zz-9'], {
      'h.bin': history,
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('UID to forget not in the history: "zz-9"');
    expect(result.written).toEqual({});
  });

  it('--forget-from reads one UID a line, or UIDL lines; a line with spaces is an error', async () => {
    const files = {
      'h.bin': history,
      'list.txt': ascii('a-1\r\n2 c-3\r\n'),
      'bad.txt': ascii('a-1\nx y z\n'),
    };
    const result = await run(['h.bin', '--out', 'o', '--forget-from', 'list.txt'], files);
    expect(result.code).toBe(0);
    expect(uidsIn(result.written['o'])).toEqual(['b-2']);
    const bad = await run(['h.bin', '--out', 'o', '--forget-from', 'bad.txt'], files);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('bad.txt line 2: a UID cannot contain spaces: "x y z"');
    expect((await run(['h.bin', '--out', 'o', '--forget-from', 'none.txt'], files)).code).toBe(2);
  });

  it('--add with --at and --content writes the record Outlook would, at the end', async () => {
    const result = await run(
      ['h.bin', '--out', 'o', '--add', 'new.1', '--at', '20240229235959', '--content', 'header'],
      { 'h.bin': history },
    );
    expect(result.code).toBe(0);
    const out = result.written['o']!;
    expect(Array.from(out.subarray(4, history.length))).toEqual(Array.from(history.subarray(4)));
    expect(Array.from(out.subarray(history.length))).toEqual(
      Array.from(ascii('+h20240229235959new$2e1\0')),
    );
    expect(out[2]).toBe(4);
  });

  it('--at defaults to now in local time; a bad --at or a UID already present exits 2', async () => {
    const result = await run(['h.bin', '--out', 'o', '--add', 'x'], { 'h.bin': history });
    expect(result.stdout).toContain('add: get body 20261201213005 "x"');
    const badAt = await run(['h.bin', '--out', 'o', '--add', 'x', '--at', '20241301000000'], {
      'h.bin': history,
    });
    expect(badAt.code).toBe(2);
    expect(badAt.stderr).toContain('--at: The timestamp "20241301000000" has month 13');
    const present = await run(['h.bin', '--out', 'o', '--add', 'a-1'], { 'h.bin': history });
    expect(present.code).toBe(2);
    expect(present.stderr).toContain('Already in the history, not added: "a-1"');
    // Forgotten first, it can be recorded anew.
    const anew = await run(['h.bin', '--out', 'o', '--forget', 'a-1', '--add', 'a-1'], {
      'h.bin': history,
    });
    expect(anew.code).toBe(0);
    expect(uidsIn(anew.written['o'])).toEqual(['b-2', 'c-3', 'a-1']);
  });

  it('--mark-fetched adds a record for every server message Outlook would download', async () => {
    const files = {
      'h.bin': history,
      'uidl.txt': ascii('+OK\r\n1 a-1\r\n2 new-1\r\njunk\r\n3 b-2\r\n4 new-2\r\n.\r\n'),
      'old.txt': ascii('1 a-1\r\n'),
    };
    const result = await run(
      [
        'h.bin',
        '--out',
        'o',
        '--mark-fetched',
        'uidl.txt',
        '--add',
        'new-2',
        '--at',
        '20261201000000',
      ],
      files,
    );
    expect(result.code).toBe(0);
    expect(uidsIn(result.written['o'])).toEqual(['a-1', 'b-2', 'c-3', 'new-1', 'new-2']);
    expect(result.stderr).toContain(
      'uidl.txt line 4 skipped: does not start with a message number',
    );
    const none = await run(['h.bin', '--out', 'o', '--mark-fetched', 'old.txt'], files);
    expect(none.code).toBe(0);
    expect(none.stdout).toContain('The server lists no message that Outlook would download.');
  });

  it('--repair applies every repair needed; without it they are offered', async () => {
    const countWrong = history.slice();
    countWrong[2] = 5;
    const files = { 'h.bin': countWrong };
    const offered = await run(['h.bin', '--out', 'o', '--forget', 'a-1'], files);
    expect(offered.stdout).toContain(
      'Repair available (--repair): Set Count from 4 to 2, the tags present.',
    );
    const repaired = await run(['h.bin', '--out', 'o', '--repair'], files);
    expect(repaired.code).toBe(0);
    expect(repaired.written['o']).toEqual(history);
    expect(repaired.stdout).toContain('repair count: Set Count from 5 to 3, the tags present.');
  });

  it('exits 1 without writing when the result still has errors; --force writes it', async () => {
    const countWrong = history.slice();
    countWrong[2] = 5;
    const files = { 'h.bin': countWrong };
    const refused = await run(['h.bin', '--out', 'o', '--add', 'x'], files);
    expect(refused.code).toBe(1);
    expect(refused.written).toEqual({});
    expect(refused.stderr).toContain('error count-mismatch');
    expect(refused.stderr).toContain('o not written');
    const forced = await run(['h.bin', '--out', 'o', '--add', 'x', '--force'], files);
    expect(forced.code).toBe(1);
    expect(uidsIn(forced.written['o'])).toContain('x');
  });

  it('--hex writes plain hex text that MFCMAPI and the viewer read back', async () => {
    const result = await run(['-', '--out', 'o.txt', '--forget', 'c-3', '--hex'], {}, history);
    expect(result.code).toBe(0);
    const text = String.fromCharCode(...result.written['o.txt']!);
    expect(text).toMatch(/^[0-9A-F]+\n$/);
    const back = parseHexText(text);
    expect(back.kind === 'blob' && uidsIn(back.bytes)).toEqual(['a-1', 'b-2']);
  });

  it('reads the history asked for from a .msg', async () => {
    const container = CFB.utils.cfb_new();
    const second = encodeUidlHistory({ tags: [tag('get', 'second')] });
    CFB.utils.cfb_add(container, '/__attach_version1.0_#00000000/__substg1.0_37010102', history);
    CFB.utils.cfb_add(container, '/__attach_version1.0_#00000001/__substg1.0_37010102', second);
    const files = { 'h.msg': CFB.write(container, { type: 'array' }) as Uint8Array };
    const result = await run(['h.msg', '--history', '2', '--out', 'o', '--add', 'x'], files);
    expect(result.code).toBe(0);
    expect(uidsIn(result.written['o'])).toEqual(['second', 'x']);
  });

  it('exits 2 with one line when something unexpected fails', async () => {
    const broken = () => {
      throw new Error('the clock\nis broken');
    };
    const result = await run(
      ['h.bin', '--out', 'o', '--add', 'x'],
      { 'h.bin': history },
      undefined,
      broken,
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('pop3-uidl edit: internal error: Error: the clock is broken\n');
    expect(result.written).toEqual({});
  });

  it('exits 2 when the output cannot be written', async () => {
    const result = await run(['h.bin', '--out', '/readonly/o', '--forget', 'a-1'], {
      'h.bin': history,
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('cannot write /readonly/o: EACCES');
  });
});

describe('bin/pop3-uidl.mjs edit', () => {
  it('selects the editor with its first argument and writes a real file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pop3-uidl-edit-'));
    writeFileSync(path.join(dir, 'h.bin'), history);
    const bin = path.resolve(import.meta.dirname, '../../bin/pop3-uidl.mjs');
    const result = await promisify(execFile)(
      process.execPath,
      [bin, 'edit', 'h.bin', '--out', 'o.bin', '--forget', 'b-2'],
      { cwd: dir },
    );
    expect(result.stdout).toContain('forget tag 1');
    expect(uidsIn(new Uint8Array(readFileSync(path.join(dir, 'o.bin'))))).toEqual(['a-1', 'c-3']);
  }, 30_000);
});
