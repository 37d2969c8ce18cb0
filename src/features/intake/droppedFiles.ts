import type { NoticeText } from '../../shared/notices';

/** What a drop or a paste asks the page to open. */
export type Intake =
  | { kind: 'file'; file: File; notices: NoticeText[] }
  | { kind: 'text'; text: string; notices: NoticeText[] }
  | { kind: 'rejected'; notice: NoticeText };

/** The parts of DataTransfer read here, so tests can pass a plain object. */
export interface DroppedData {
  files: ArrayLike<File>;
  items?: ArrayLike<{ kind: string; webkitGetAsEntry?: () => { isDirectory: boolean } | null }>;
  getData(format: string): string;
}

/**
 * Picks the first file of a drop. Folders are skipped (their bytes cannot be read),
 * and the person is told what was left out. Must run inside the drop event: the
 * browser empties `items` once the event is over.
 */
export function intakeFromDrop(data: DroppedData): Intake {
  const files = Array.from(data.files);
  const items = Array.from(data.items ?? []).filter((item) => item.kind === 'file');
  const isFolder = (index: number): boolean =>
    items.length === files.length && items[index]?.webkitGetAsEntry?.()?.isDirectory === true;
  const readable = files.filter((_, index) => !isFolder(index));
  const folders = files.filter((_, index) => isFolder(index));

  if (files.length === 0) {
    const text = data.getData('text/plain');
    if (text.trim() !== '') return { kind: 'text', text, notices: [] };
    return {
      kind: 'rejected',
      notice: { tone: 'warning', text: 'Nothing that could be opened was dropped.' },
    };
  }
  const first = readable[0];
  if (!first) {
    const names = folders.map((folder) => folder.name).join(', ');
    return {
      kind: 'rejected',
      notice: {
        tone: 'error',
        text: `${names} ${folders.length === 1 ? 'is a folder' : 'are folders'}: drop the BLOB file itself.`,
      },
    };
  }
  const notices: NoticeText[] = [];
  if (files.length > 1) {
    notices.push({
      tone: 'info',
      text: `${files.length} items were dropped; opened the first file, ${first.name}. Drop one file at a time to open another.`,
    });
  }
  if (folders.length > 0) {
    notices.push({
      tone: 'info',
      text: `Skipped ${folders.length === 1 ? 'a folder' : `${folders.length} folders`}: ${folders.map((f) => f.name).join(', ')}.`,
    });
  }
  return { kind: 'file', file: first, notices };
}

/** Whether a key press or paste happened where the person is typing, so it is theirs, not ours. */
export function isEditable(target: EventTarget | null): boolean {
  if (!target || typeof target !== 'object' || !('tagName' in target)) return false;
  const element = target as HTMLElement;
  const tag = element.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') {
    const type = (element as HTMLInputElement).type;
    return !['button', 'checkbox', 'radio', 'file', 'submit', 'reset', 'range', 'color'].includes(
      type,
    );
  }
  return element.isContentEditable === true;
}
