#!/usr/bin/env node
// The command line is written in TypeScript; tsx compiles it on the fly, scoped to this
// import so that nothing else in the process is affected.
import { tsImport } from 'tsx/esm/api';

await tsImport('../src/cli/main.ts', import.meta.url);
