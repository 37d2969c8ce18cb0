import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';

// Pure text transforms of the built single-file page. Kept apart from the Vite plugin so
// unit tests can run them on small strings.

/** The directives of the page's Content-Security-Policy other than the script/style hashes. */
export const basePolicy: readonly string[] = [
  "default-src 'none'",
  // Nothing the page does needs the network: the BLOB is read from disk or pasted.
  "connect-src 'none'",
  // The decode worker is inlined and started from a blob: URL (Vite's fallback, should a
  // browser refuse that, is a data: URL); the service worker is sw.js.
  "worker-src 'self' blob: data:",
  // data: for the inlined favicon; 'self' for the manifest's icons, which the browser
  // loads under the page's policy when it checks the site is installable.
  "img-src 'self' data:",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
];

const inlineScript = /<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi;
const inlineStyle = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;

export function sha256Base64(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('base64');
}

function hashesOf(html: string, element: RegExp): string[] {
  const hashes = new Set<string>();
  for (const match of html.matchAll(element))
    hashes.add(`'sha256-${sha256Base64(match[1] ?? '')}'`);
  return [...hashes];
}

/** The policy for this exact page: every inline script and style is allowed by its hash. */
export function contentSecurityPolicy(html: string): string {
  const scripts = hashesOf(html, inlineScript);
  const styles = hashesOf(html, inlineStyle);
  return [
    ...basePolicy,
    `script-src ${scripts.length > 0 ? scripts.join(' ') : "'none'"}`,
    `style-src ${styles.length > 0 ? styles.join(' ') : "'none'"}`,
  ].join('; ');
}

/**
 * Puts the policy right after `<meta charset>`: a policy in a meta tag governs only what
 * the parser meets after it, so it has to come before every script and style.
 */
export function injectContentSecurityPolicy(html: string): string {
  const policy = contentSecurityPolicy(html);
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
  const charset = /<meta\s+charset=[^>]*>/i.exec(html);
  if (!charset) return html.replace(/<head>/i, `<head>\n    ${meta}`);
  const at = charset.index + charset[0].length;
  return `${html.slice(0, at)}\n    ${meta}${html.slice(at)}`;
}

/** Replaces the `href` of each `<link rel="icon">` with the data URI `readIcon` gives for it. */
export function inlineIcons(html: string, readIcon: (href: string) => string | null): string {
  return html.replace(/<link\b[^>]*\brel="icon"[^>]*>/gi, (link) =>
    link.replace(/\bhref="([^"]*)"/i, (attribute, href: string) => {
      const dataUri = readIcon(href);
      return dataUri === null ? attribute : `href="${dataUri}"`;
    }),
  );
}

export function svgDataUri(svg: string): string {
  return `data:image/svg+xml,${encodeURIComponent(svg.trim())}`;
}

/**
 * Every `src`/`href` in the page's markup that would make the browser fetch something.
 * Only tags are inspected, not the text inside scripts and styles.
 */
export function externalReferences(html: string): string[] {
  const markup = html.replace(inlineScript, '<script>').replace(inlineStyle, '<style>');
  const found: string[] = [];
  for (const tag of markup.matchAll(/<[a-z][^>]*>/gi)) {
    for (const attribute of tag[0].matchAll(/\b(?:src|href)="([^"]*)"/gi)) {
      const target = attribute[1] ?? '';
      if (!target.startsWith('data:') && !target.startsWith('#')) found.push(target);
    }
  }
  return found;
}

export interface BuildSummary {
  bytes: number;
  gzipBytes: number;
  sha256: string;
}

export function summarise(html: Buffer): BuildSummary {
  return {
    bytes: html.length,
    gzipBytes: gzipSync(html, { level: 9 }).length,
    sha256: createHash('sha256').update(html).digest('hex'),
  };
}

/** The line `sha256sum -c` reads: hash, two spaces, file name. */
export function sha256sumLine(summary: BuildSummary, fileName: string): string {
  return `${summary.sha256}  ${fileName}\n`;
}

export function formatKilobytes(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}
