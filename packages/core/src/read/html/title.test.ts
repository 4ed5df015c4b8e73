import { describe, expect, it } from 'vitest';
import { chooseHeadline, stripSiteName, titleSuffix } from './title';

describe('titleSuffix', () => {
  it.each([
    ['Go ahead, self-host the database | Jane Doe', 'Jane Doe'],
    ['City council approves new budget - The Valley Gazette', 'The Valley Gazette'],
    // No separator, or a last part as long as the headline: no site named.
    ['City council approves new budget', null],
    ['A title - with a dash inside it that is long', null],
    [null, null],
  ])('%s → %s', (title, expected) => {
    expect(titleSuffix(title)).toBe(expected);
  });
});

describe('stripSiteName', () => {
  it.each([
    ['Rebels retake town | Daily Courier', 'Daily Courier', 'Rebels retake town'],
    ['Daily Courier - Rebels retake town', 'Daily Courier', 'Rebels retake town'],
    ['City council approves new budget - The Valley Gazette', null, 'City council approves new budget'],
    ['A title - with a dash inside it that is long', null, 'A title - with a dash inside it that is long'],
    // A section and the site, one after the other.
    ['Ferry fares rise in May | Travel Advice | Harbour Guide', 'Harbour Guide', 'Ferry fares rise in May'],
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
  it.each([
    [
      'the printed h1 over the search wording metadata declares',
      ['Best Ferry Routes of 2026: Prices & Tips', null, 'Best Ferry Routes of 2026 | Harbour Guide'],
      ['The Ferry Routes We Rode Most This Year'],
      'The Ferry Routes We Rode Most This Year',
    ],
    [
      'no h1 that shares no word with the titles',
      ['Best Ferry Routes of 2026', null, null],
      ["Hi, I'm Jane Doe"],
      'Best Ferry Routes of 2026',
    ],
    [
      'no h1 that is a declared title with a kicker run into it',
      ['Ferry fares rise in May', null, null],
      ['Transport Ferry fares rise in May'],
      'Ferry fares rise in May',
    ],
    [
      'no h1 over a bare <title>, the only wording the page declares',
      [null, null, 'Ferry fares and timetables for May'],
      ['Ferry fares: a test page'],
      'Ferry fares and timetables for May',
    ],
  ])('%s', (_why, declared, h1s, expected) => {
    expect(chooseHeadline(declared, h1s, 'Harbour Guide')).toBe(expected);
  });
});
