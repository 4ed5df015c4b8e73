import { describe, expect, it } from 'vitest';
import { chooseHeadline, stripSiteName } from './title';

describe('stripSiteName', () => {
  it.each([
    ['Rebels retake town | Daily Courier', 'Daily Courier', 'Rebels retake town'],
    ['Daily Courier - Rebels retake town', 'Daily Courier', 'Rebels retake town'],
    ['City council approves new budget - The Valley Gazette', null, 'City council approves new budget'],
    ['A title - with a dash inside it that is long', null, 'A title - with a dash inside it that is long'],
  ])('%s', (title, site, expected) => {
    expect(stripSiteName(title, site)).toBe(expected);
  });
});

describe('chooseHeadline', () => {
  it('prefers the h1 that a declared title confirms', () => {
    expect(chooseHeadline(['Storm hits coast | Site'], ['Menu', 'Storm hits coast'], 'Site')).toBe(
      'Storm hits coast',
    );
  });
  it('falls back to the declared title when no h1 matches', () => {
    expect(chooseHeadline([null, 'Storm hits coast'], ['Our newsletter'], null)).toBe('Storm hits coast');
  });
  it('keeps the title when an unclosed h1 swallowed the page', () => {
    const h1 = 'Storm hits coast and then the whole story text that followed the unclosed heading';
    expect(chooseHeadline(['Storm hits coast'], [h1], null)).toBe('Storm hits coast');
  });
});
