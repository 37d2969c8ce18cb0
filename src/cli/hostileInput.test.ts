import { execFile } from 'node:child_process';
import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { MAX_INPUT_BYTES } from '../input/limits';
import {
  aliasedAttachmentsMsg,
  fatCycleMsg,
  hostileFixtures,
  nestedMsg,
} from '../input/testing/hostileMsg';
import { runCliInMemory } from './testing/memoryFiles';

const run = runCliInMemory;

describe('the CLI on crafted .msg files', () => {
  const cases = [...hostileFixtures(), nestedMsg(10_000), aliasedAttachmentsMsg(200, 3_400_000)];
  for (const crafted of cases) {
    it(`${crafted.name} (${crafted.bytes.length} bytes): status 2 and one line saying why`, async () => {
      const result = await run([crafted.name], { [crafted.name]: crafted.bytes });
      expect(result).toEqual({
        code: 2,
        stdout: '',
        stderr: `pop3-uidl: ${crafted.name}: This .msg is damaged: ${crafted.reason}\n`,
      });
    });
  }

  it('turns an unexpected exception into one line and status 2', async () => {
    const { bytes } = nestedMsg(1);
    const result = await run(
      ['ok.msg'],
      { 'ok.msg': bytes },
      {
        stdout: () => {
          throw new RangeError('Invalid string length\n    at somewhere (file.ts:1:1)');
        },
      },
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'pop3-uidl: internal error: RangeError: Invalid string length at somewhere (file.ts:1:1)\n',
    );
  });
});

describe('bin/pop3-uidl.mjs on hostile input', () => {
  const bin = path.resolve(import.meta.dirname, '../../bin/pop3-uidl.mjs');
  const runBin = async (file: string) =>
    promisify(execFile)(process.execPath, [bin, file]).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (error: { code: number; stdout: string; stderr: string }) => error,
    );

  it('exits 2 with one line and no stack trace', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pop3-uidl-'));
    const crafted = fatCycleMsg();
    const file = path.join(dir, crafted.name);
    writeFileSync(file, crafted.bytes);
    const result = await runBin(file);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`pop3-uidl: ${file}: This .msg is damaged: ${crafted.reason}\n`);
  }, 30_000);

  it('refuses a file larger than any input can be without reading it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pop3-uidl-'));
    const file = path.join(dir, 'huge.bin');
    writeFileSync(file, '');
    truncateSync(file, MAX_INPUT_BYTES + 1);
    const result = await runBin(file);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `pop3-uidl: cannot read ${file}: it is ${MAX_INPUT_BYTES + 1} bytes, more than the 64 MiB any history (even inside a .msg) can take\n`,
    );
  }, 30_000);
});
