import { describe, expect, it } from 'vitest';
import type { Warning } from '../../schema/article';
import { chooseLanguage } from './choose-language';

describe('chooseLanguage', () => {
  it.each([
    ['no declaration: the text', null, { language: 'de', margin: 0.2 }, 'de', []],
    [
      'the declaration, with its region, when the text agrees',
      'en-GB',
      { language: 'en', margin: 0.2 },
      'en-GB',
      [],
    ],
    ['the declaration when the text says nothing clear', 'fr', null, 'fr', []],
    ['the declaration over a close language', 'id', { language: 'ms', margin: 0.2 }, 'id', []],
    ['the declaration over a narrow lead', 'en', { language: 'de', margin: 0.03 }, 'en', []],
    [
      'the text over a template lang="en"',
      'en',
      { language: 'de', margin: 0.2 },
      'de',
      ['language-mismatch'],
    ],
  ] as const)('%s', (_, declared, detected, language, codes) => {
    const warnings: Warning[] = [];
    expect(chooseLanguage(declared, detected, warnings)).toBe(language);
    expect(warnings.map((w) => w.code)).toEqual(codes);
  });
});
