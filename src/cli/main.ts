import { open, writeFile } from 'node:fs/promises';
import { MAX_INPUT_BYTES } from '../input/limits';
import { openFileSource } from './fileSource';
import { EXIT_UNREADABLE, oneLine, runCli } from './runCli';
import { runEdit } from './runEdit';

const tooLarge = (size: number) =>
  new Error(
    `it is ${size} bytes, more than the ${MAX_INPUT_BYTES / 1024 / 1024} MiB any history (even inside a .msg) can take`,
  );

/** The whole file, refused before reading when it is larger than any input can be. */
async function readFile(path: string): Promise<Uint8Array> {
  const file = await open(path, 'r');
  try {
    const { size } = await file.stat();
    if (size > MAX_INPUT_BYTES) throw tooLarge(size);
    const buffer = await file.readFile();
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } finally {
    await file.close();
  }
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    size += (chunk as Buffer).length;
    if (size > MAX_INPUT_BYTES) throw tooLarge(size);
  }
  const buffer = Buffer.concat(chunks);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

// A reader that stops early (`| head`) closes the pipe: the output ends there, quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

// Whatever goes wrong outside runCli's own guard is still one line and status 2.
process.on('uncaughtException', (error) => {
  process.stderr.write(`pop3-uidl: internal error: ${oneLine(error)}\n`);
  process.exit(EXIT_UNREADABLE);
});

const io = {
  readFile,
  openFile: openFileSource,
  readStdin,
  stdout: (text: string) => process.stdout.write(text),
  drained: () =>
    process.stdout.writableNeedDrain
      ? new Promise<void>((resolve) => process.stdout.once('drain', resolve))
      : undefined,
  stderr: (text: string) => process.stderr.write(text),
  writeText: (path: string, text: string) => writeFile(path, text, 'utf8'),
};
const argv = process.argv.slice(2);

// `pop3-uidl edit …` writes an edited history; anything else decodes one.
process.exitCode =
  argv[0] === 'edit'
    ? await runEdit(argv.slice(1), {
        ...io,
        writeFile: (path, bytes) => writeFile(path, bytes),
        now: () => new Date(),
      })
    : await runCli(argv, io);
