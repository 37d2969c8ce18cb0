import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import {
  externalReferences,
  formatKilobytes,
  injectContentSecurityPolicy,
  inlineIcons,
  sha256sumLine,
  summarise,
  svgDataUri,
} from './offlineHtml.ts';

/** The text in public/sw.js that the build replaces with the page's hash. */
export const swBuildPlaceholder = '__BUILD_ID__';

/**
 * Finishes the single-file page after vite-plugin-singlefile has inlined the code: the
 * favicon becomes a data URI, a Content-Security-Policy with the hash of every inline
 * script and style goes into <head>, and the build fails if any external reference is left.
 * Then it reports the file's size and SHA-256 and stamps the service worker with it, so a
 * new deploy gets a new cache. Must be listed after viteSingleFile().
 */
export function offlineBuild(): Plugin {
  let config: ResolvedConfig;

  const readIcon = (href: string): string | null => {
    const file = path.join(config.publicDir, href.replace(/^\.?\//, ''));
    if (!href.endsWith('.svg') || !existsSync(file)) return null;
    return svgDataUri(readFileSync(file, 'utf8'));
  };

  return {
    name: 'pop3-uidl:offline-build',
    apply: 'build',
    enforce: 'post',
    configResolved(resolved) {
      config = resolved;
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const asset of Object.values(bundle)) {
          if (asset.type !== 'asset' || !asset.fileName.endsWith('.html')) continue;
          const source = typeof asset.source === 'string' ? asset.source : '';
          const html = injectContentSecurityPolicy(inlineIcons(source, readIcon));
          const leftOver = externalReferences(html);
          if (leftOver.length > 0)
            this.error(`${asset.fileName} still refers to other files: ${leftOver.join(', ')}`);
          asset.source = html;
        }
      },
    },
    writeBundle(options) {
      const outDir = options.dir ?? config.build.outDir;
      const page = path.join(outDir, 'index.html');
      if (!existsSync(page)) return;
      const summary = summarise(readFileSync(page));
      writeFileSync(`${page}.sha256`, sha256sumLine(summary, 'index.html'));

      const serviceWorker = path.join(outDir, 'sw.js');
      if (existsSync(serviceWorker)) {
        const script = readFileSync(serviceWorker, 'utf8');
        writeFileSync(
          serviceWorker,
          script.replaceAll(swBuildPlaceholder, summary.sha256.slice(0, 16)),
        );
      }

      config.logger.info(
        [
          '',
          `index.html  ${formatKilobytes(summary.bytes)} (${summary.bytes} bytes), gzipped ${formatKilobytes(summary.gzipBytes)} (${summary.gzipBytes} bytes)`,
          `sha256      ${summary.sha256}  (also in ${path.relative(config.root, page)}.sha256)`,
        ].join('\n'),
      );
    },
  };
}

/** Compile-time constants for the page: the package version and the build's date. */
export function buildConstants(root: string): Record<string, string> {
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
    version?: string;
  };
  // A fixed SOURCE_DATE_EPOCH (seconds) makes two builds of one commit byte-identical.
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  const date = Number.isFinite(epoch) && epoch > 0 ? new Date(epoch * 1000) : new Date();
  return {
    __APP_VERSION__: JSON.stringify(pkg.version ?? '0.0.0'),
    __BUILD_DATE__: JSON.stringify(date.toISOString()),
  };
}
