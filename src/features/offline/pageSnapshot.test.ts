// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { snapshotDocument } from './pageSnapshot';

describe('snapshotDocument', () => {
  it('keeps the served markup and drops what was rendered or added at run time', () => {
    document.head.innerHTML =
      '<meta charset="UTF-8"><script type="module">start("</p>")</script>' +
      '<link rel="manifest" href="./manifest.webmanifest" data-runtime="">';
    document.body.innerHTML = '<div id="root"><main>rendered</main></div>';

    const html = snapshotDocument(document);

    expect(html.startsWith('<!doctype html>\n<html')).toBe(true);
    expect(html).toContain('<script type="module">start("</p>")</script>');
    expect(html).toContain('<div id="root"></div>');
    expect(html).not.toContain('rendered');
    expect(html).not.toContain('manifest');
    // The live page is left as it is.
    expect(document.getElementById('root')?.textContent).toBe('rendered');
  });
});
