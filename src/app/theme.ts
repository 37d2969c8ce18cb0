export type ThemeChoice = 'system' | 'light' | 'dark';

const STORAGE_KEY = 'pop3-uidl-viewer:theme';

/** The storage the choice lives in; null where pages may not use it (some file:// and private modes throw). */
function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function loadTheme(): ThemeChoice {
  try {
    const stored = storage()?.getItem(STORAGE_KEY);
    return stored === 'light' || stored === 'dark' ? stored : 'system';
  } catch {
    return 'system';
  }
}

export function saveTheme(choice: ThemeChoice): void {
  try {
    const store = storage();
    if (choice === 'system') store?.removeItem(STORAGE_KEY);
    else store?.setItem(STORAGE_KEY, choice);
  } catch {
    // Not persisted; the choice still holds for this visit.
  }
}

/** "system" leaves `data-theme` off, so the stylesheets follow prefers-color-scheme. */
export function applyTheme(
  choice: ThemeChoice,
  root: HTMLElement = document.documentElement,
): void {
  if (choice === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', choice);
}
