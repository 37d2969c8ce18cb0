import { bufferSource } from '../../input/pst/source';
import type { CliIo } from '../runCli';

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
