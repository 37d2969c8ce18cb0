#!/usr/bin/env node
// Runs the command line from its prebuilt bundle (`npm run build:cli`, also run by
// `npm install` through `prepare`), so that nothing is compiled at start-up. Without
// the bundle, it falls back to compiling the TypeScript on the fly with tsx, slower.
import { existsSync } from 'node:fs';

const bundle = new URL('../dist-cli/pop3-uidl.mjs', import.meta.url);
if (existsSync(bundle)) {
  await import(bundle.href);
} else {
  const { tsImport } = await import('tsx/esm/api');
  await tsImport('../src/cli/main.ts', import.meta.url);
}
