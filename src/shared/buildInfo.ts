// Replaced at build time by Vite's `define` (see scripts/offlineBuildPlugin.ts). Unit tests
// run without it, hence the typeof guards.
declare const __APP_VERSION__: string;
declare const __BUILD_DATE__: string;

export const appVersion: string = typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : 'dev';

/** ISO 8601 instant of the build, or null when running without a build. */
export const buildDate: string | null = typeof __BUILD_DATE__ === 'string' ? __BUILD_DATE__ : null;
