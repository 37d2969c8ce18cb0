import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  externalReferences,
  injectContentSecurityPolicy,
  inlineIcons,
  sha256sumLine,
  summarise,
  svgDataUri,
} from './offlineHtml.ts';

const page = [
  '<!doctype html>',
  '<html><head>',
  '<meta charset="UTF-8" />',
  '<link rel="icon" href="./favicon.svg" type="image/svg+xml" />',
  '<style>body{color:red}</style>',
  '<script type="module" crossorigin>console.log("</div>")</script>',
  '</head><body><div id="root"></div></body></html>',
].join('\n');

const hashOf = (text: string) => createHash('sha256').update(text).digest('base64');

describe('contentSecurityPolicy', () => {
  it('allows each inline script and style by the hash of its exact text', () => {
    const policy = contentSecurityPolicy(page);
    expect(policy).toContain(`script-src 'sha256-${hashOf('console.log("</div>")')}'`);
    expect(policy).toContain(`style-src 'sha256-${hashOf('body{color:red}')}'`);
    expect(policy).not.toContain('unsafe-inline');
  });

  it('forbids every network connection and anything not named', () => {
    const directives = contentSecurityPolicy(page).split('; ');
    expect(directives).toContain("default-src 'none'");
    expect(directives).toContain("connect-src 'none'");
  });

  it('allows no script at all when the page has none', () => {
    expect(contentSecurityPolicy('<html><head></head></html>')).toContain("script-src 'none'");
  });
});

describe('injectContentSecurityPolicy', () => {
  it('puts the policy right after the charset, before every script and style', () => {
    const html = injectContentSecurityPolicy(page);
    const meta = html.indexOf('http-equiv="Content-Security-Policy"');
    expect(meta).toBeGreaterThan(html.indexOf('<meta charset'));
    expect(meta).toBeLessThan(html.indexOf('<style>'));
    expect(meta).toBeLessThan(html.indexOf('<script'));
  });

  it('falls back to the start of <head> when there is no charset', () => {
    const html = injectContentSecurityPolicy('<html><head><script>1</script></head></html>');
    expect(html).toMatch(/^<html><head>\s*<meta http-equiv="Content-Security-Policy"/);
  });
});

describe('inlineIcons', () => {
  it('replaces the icon link target with the data URI given for it', () => {
    const html = inlineIcons(page, (href) => (href === './favicon.svg' ? 'data:x' : null));
    expect(html).toContain('<link rel="icon" href="data:x" type="image/svg+xml" />');
  });

  it('leaves the link alone when no data URI is given', () => {
    expect(inlineIcons(page, () => null)).toBe(page);
  });
});

describe('svgDataUri', () => {
  it('percent-encodes the SVG so it survives inside an attribute', () => {
    const uri = svgDataUri('<svg a="1">$2d#</svg>\n');
    expect(uri).toBe('data:image/svg+xml,%3Csvg%20a%3D%221%22%3E%242d%23%3C%2Fsvg%3E');
    expect(decodeURIComponent(uri.slice(uri.indexOf(',') + 1))).toBe('<svg a="1">$2d#</svg>');
  });
});

describe('externalReferences', () => {
  it('lists every src and href that would be fetched', () => {
    expect(externalReferences(page)).toEqual(['./favicon.svg']);
    expect(
      externalReferences('<script src="a.js"></script><img src="data:,x"><a href="#top">'),
    ).toEqual(['a.js']);
  });

  it('ignores look-alikes inside inline script and style text', () => {
    const html = '<script>const s = "<img src=\\"x.png\\">"</script><style>a[href="y"]{}</style>';
    expect(externalReferences(html)).toEqual([]);
  });
});

describe('summarise', () => {
  it('gives size, gzipped size and the sha256sum line of the file', () => {
    const file = Buffer.from('a'.repeat(10_000));
    const summary = summarise(file);
    expect(summary.bytes).toBe(10_000);
    expect(summary.gzipBytes).toBeGreaterThan(0);
    expect(summary.gzipBytes).toBeLessThan(200);
    expect(sha256sumLine(summary, 'index.html')).toBe(
      `${createHash('sha256').update(file).digest('hex')}  index.html\n`,
    );
  });
});
