// `npm start`: serves the single-file build on localhost, building it first when it is
// missing or older than the sources. PORT picks the port (default 4173).
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { build } from 'vite';
import { serveDirectory } from './staticServer.ts';

const root = path.resolve(import.meta.dirname, '..');
const outDir = path.join(root, 'dist');
const page = path.join(outDir, 'index.html');
const sources = ['src', 'public', 'index.html', 'package.json', 'vite.config.ts', 'scripts'];

function newestChange(file: string): number {
  const stat = statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(
    stat.mtimeMs,
    ...readdirSync(file).map((name) => newestChange(path.join(file, name))),
  );
}

const builtAt = existsSync(page) ? statSync(page).mtimeMs : 0;
const sourcesAt = Math.max(
  ...sources
    .map((name) => path.join(root, name))
    .filter(existsSync)
    .map(newestChange),
);
if (builtAt < sourcesAt) {
  console.log(builtAt === 0 ? 'No build yet: building…' : 'Sources changed: rebuilding…');
  await build({ root });
}

const port = Number(process.env.PORT ?? 4173);
const { url } = await serveDirectory(outDir, { port });
console.log(`POP3 UIDL History Viewer: ${url}  (Ctrl+C to stop)`);
