// @vitest-environment jsdom
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { mountPerTest } from '../testing/reactRoot';
import { VisibleText } from './VisibleText';

const view = mountPerTest();
const shown = (text: string) => {
  view.render(createElement(VisibleText, { text }));
  return view.container;
};

describe('VisibleText', () => {
  it('makes whitespace visible', () => {
    expect(shown(' a\tb ').textContent).toBe('␠a␉b␠');
  });

  it('boxes each invisible character, named, so look-alike UIDs differ', () => {
    const plain = shown('UID0001').textContent;
    const zeroWidth = shown('UID\u200b0001');
    expect(zeroWidth.textContent).toBe('UIDU+200B0001');
    const mark = zeroWidth.querySelector('.uid-invisible')!;
    expect(mark.getAttribute('aria-label')).toBe('U+200B ZERO WIDTH SPACE');
    const override = shown('\u202e1000DIU');
    expect(override.textContent).toBe('U+202E1000DIU');
    expect(override.querySelectorAll('.uid-invisible')).toHaveLength(1);
    expect(plain).toBe('UID0001');
  });
});
