import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { viteSingleFile } from 'vite-plugin-singlefile';

// One build serves every way the app is opened: a relative base and everything
// inlined into index.html (the worker as a classic script), so the same file runs
// from file://, from a host's root and from a project page below it.
export default defineConfig({
  base: './',
  plugins: [react(), viteSingleFile({ removeViteModuleLoader: true })],
  worker: { format: 'iife' },
  build: { target: 'es2022', assetsInlineLimit: 100_000_000, chunkSizeWarningLimit: 2_000 },
  preview: { port: 4173, strictPort: true },
});
