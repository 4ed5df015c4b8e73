import { describe, expect, it } from 'vitest';
import { languageTag } from './meta-value';

describe('languageTag', () => {
  it.each([
    ['en_GB', 'en-GB'],
    ['EN', 'en'],
    ['en-us', 'en-US'],
    ['zh-hant-tw', 'zh-Hant-TW'],
    ['pt-br, en', 'pt-BR'],
    // Deprecated codes name today's: Hebrew was "iw".
    ['iw', 'he'],
    // Well formed but invalid (a repeated region): the language subtag is still the page's language.
    ['en-GB-GB', 'en'],
    ['English', null],
    ['', null],
  ])('reads %j as %j', (raw, tag) => {
    expect(languageTag(raw)).toBe(tag);
  });
});
