// @vitest-environment jsdom
import { act, createElement, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { mountPerTest } from '../shared/testing/reactRoot';
import { DetailTabs } from './DetailTabs';

const view = mountPerTest();

/** A panel with a count of its own, to tell a kept panel from one rendered afresh. */
function Counter(props: { name: string }) {
  const [count, setCount] = useState(0);
  return createElement(
    'button',
    { type: 'button', 'data-panel': props.name, onClick: () => setCount(count + 1) },
    `${props.name} ${count}`,
  );
}

const tabs = ['first', 'second', 'third'].map((id) => ({
  id,
  label: id,
  panel: createElement(Counter, { name: id }),
}));
const panel = (name: string) =>
  view.container.querySelector<HTMLButtonElement>(`[data-panel="${name}"]`);
const tab = (name: string) =>
  [...view.container.querySelectorAll<HTMLButtonElement>('[role="tab"]')].find(
    (button) => button.textContent === name,
  )!;

describe('DetailTabs', () => {
  it('renders a panel only once it has been shown, and keeps it while hidden', () => {
    view.render(createElement(DetailTabs, { tabs, label: 'Details' }));
    expect(panel('first')?.textContent).toBe('first 0');
    expect(panel('second')).toBeNull();
    expect(panel('third')).toBeNull();
    expect(view.container.querySelectorAll('[role="tabpanel"]')).toHaveLength(3);

    act(() => tab('second').click());
    act(() => panel('second')!.click());
    expect(panel('second')?.textContent).toBe('second 1');
    act(() => tab('first').click());
    expect(panel('second')?.closest('[role="tabpanel"]')?.hasAttribute('hidden')).toBe(true);
    expect(panel('third')).toBeNull();
    act(() => tab('second').click());
    expect(panel('second')?.textContent).toBe('second 1');
  });

  it('renders the panel the page shows', () => {
    view.render(createElement(DetailTabs, { tabs, label: 'Details', active: 'third' }));
    expect(panel('third')?.textContent).toBe('third 0');
    expect(panel('first')).toBeNull();
  });
});
