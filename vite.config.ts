import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { buildConstants, offlineBuild } from './scripts/offlineBuildPlugin.ts';

// One build serves every way the app is opened: a relative base and everything
// inlined into index.html (the worker as a classic script), so the same file runs
// from file://, from a host's root and from a project page below it.
export default defineConfig({
  base: './',
  plugins: [react(), viteSingleFile(), offlineBuild()],
  define: buildConstants(import.meta.dirname),
  worker: { format: 'iife' },
  build: {
    target: 'es2022',
    assetsInlineLimit: 100_000_000,
    chunkSizeWarningLimit: 2_000,
    // Everything is in one chunk, so the preload helper would only add a fetch() call
    // that the page's connect-src 'none' policy exists to rule out.
    modulePreload: { polyfill: false },
  },
  preview: { port: 4173, strictPort: true },
});
