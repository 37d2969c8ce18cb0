import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeLargeHistory } from '../decoder/testing/generate';

const bin = path.resolve(import.meta.dirname, '../../bin/pop3-uidl.mjs');

describe('pop3-uidl into a reader that stops early (as `| head` does)', () => {
  it('stops quietly, without an error message', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pop3-uidl-'));
    const file = path.join(dir, 'large.bin');
    writeFileSync(file, makeLargeHistory(20_000, 1));
    const child = spawn(process.execPath, [bin, '--json', file]);
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    // The first chunk is read, then the pipe is closed, as `head -c` does.
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  }, 60_000);
});
