import { bufferSource } from '../../input/pst/source';
import { runCli, type CliIo } from '../runCli';

/** The file part of CliIo over an in-memory file system, for running the CLI in a test. */
export function memoryFiles(
  files: Record<string, Uint8Array>,
): Pick<CliIo, 'readFile' | 'openFile'> {
  const missing = (name: string) => new Error(`ENOENT: no such file, open '${name}'`);
  return {
    readFile: (name) =>
      name in files ? Promise.resolve(files[name]!) : Promise.reject(missing(name)),
    openFile: (name) =>
      name in files
        ? Promise.resolve({ ...bufferSource(files[name]!), close: () => Promise.resolve() })
        : Promise.reject(missing(name)),
  };
}

/** Runs the decoding command in-process over in-memory files; what it printed and its status. */
export async function runCliInMemory(
  argv: string[],
  files: Record<string, Uint8Array>,
  io: Partial<CliIo> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    ...memoryFiles(files),
    readStdin: () => Promise.resolve(new Uint8Array(0)),
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    ...io,
  });
  return { code, stdout, stderr };
}
