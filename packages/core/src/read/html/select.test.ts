import { describe, expect, it } from 'vitest';
import { loadDom } from './dom';
import { parseSelector, selectAll } from './select';

const { root } = loadDom(
  '<div id="main" class="story wide"><p class="lead">a</p><section><p data-x="promo-box">b</p></section></div><p>c</p>',
  100,
);

describe('selectAll', () => {
  it.each([
    ['p', 4 - 1],
    ['#main p', 2],
    ['#main > p', 1],
    ['div.story.wide > section > p', 1],
    ['p.lead, p[data-x]', 2],
    ['[data-x*=promo]', 1],
    ['[data-x^=promo]', 1],
    ['[data-x$=box]', 1],
    ['section p.lead', 0],
  ])('%s matches %i', (selector, count) => {
    expect(selectAll(root, selector)).toHaveLength(count);
  });

  it('rejects selectors outside the supported subset with a typed error', () => {
    expect(() => selectAll(root, 'p:first-child')).toThrow(/"p:first-child" is not a valid selector/);
  });

  it.each(['h1[', '', 'p,', '> p', 'p >', 'div > > p', '#', '[a=]'])(
    'rejects the malformed selector "%s"',
    (selector) => {
      expect(() => parseSelector(selector)).toThrow(
        expect.objectContaining({
          code: 'INVALID_OPTION',
          message: expect.stringContaining('is not a valid selector'),
        }),
      );
    },
  );
});
