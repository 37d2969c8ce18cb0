/**
 * The page as it was served, for "Download for offline use". The built index.html is fully
 * inline, so its markup before the app touches the DOM is the whole app. It cannot be
 * fetched again instead: the page's policy forbids fetch() and file:// has no fetch at all.
 */
export function snapshotDocument(doc: Document): string {
  const html = doc.documentElement.cloneNode(true) as HTMLElement;
  // Whatever has been rendered or added at run time is not part of the file.
  html.querySelector('#root')?.replaceChildren();
  for (const added of html.querySelectorAll('[data-runtime]')) added.remove();
  return `<!doctype html>\n${html.outerHTML}\n`;
}

// Taken when this module is first evaluated: main.tsx imports it before rendering.
const snapshot: string | null = typeof document === 'undefined' ? null : snapshotDocument(document);

export function pageSnapshot(): string | null {
  return snapshot;
}
