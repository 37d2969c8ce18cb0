/** The React root the component tests render into, set up once here instead of in each file. */
import { act, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach } from 'vitest';

// Tells React that updates are wrapped in act(), so it flushes them and warns when one is not.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export interface MountedRoot {
  /** The element the root renders into, attached to the document. */
  readonly container: HTMLDivElement;
  /** Renders inside act(), so effects and state updates have settled when it returns. */
  render(element: ReactNode): void;
  unmount(): void;
}

/** A root in a fresh container on the page; the caller unmounts it. */
export function mount(): MountedRoot {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  return {
    container,
    render: (element) => act(() => root.render(element)),
    unmount: () => {
      act(() => root.unmount());
      container.remove();
    },
  };
}

/** A fresh root for each test in the file, unmounted and removed after it. */
export function mountPerTest(): Omit<MountedRoot, 'unmount'> {
  let current: MountedRoot | null = null;
  beforeEach(() => {
    current = mount();
  });
  afterEach(() => {
    current?.unmount();
    current = null;
  });
  const mounted = () => {
    if (!current) throw new Error('The root exists only while a test runs.');
    return current;
  };
  return {
    get container() {
      return mounted().container;
    },
    render: (element) => mounted().render(element),
  };
}
