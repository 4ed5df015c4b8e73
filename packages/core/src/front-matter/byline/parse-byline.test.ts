import { describe, expect, it } from 'vitest';
import { isBylineBlock, parseByline } from './parse-byline';

describe('parseByline', () => {
  it.each([
    ['By Jane Doe', [{ name: 'Jane Doe', role: null }], []],
    ['By JANE DOE, Associated Press', [{ name: 'Jane Doe', role: 'Associated Press' }], ['AP']],
    [
      'By Jane Doe and John Roe | Reuters',
      [
        { name: 'Jane Doe', role: 'Reuters' },
        { name: 'John Roe', role: 'Reuters' },
      ],
      ['Reuters'],
    ],
    ['By Jane Doe, Staff Writer', [{ name: 'Jane Doe', role: 'Staff Writer' }], []],
    [
      'Von Volkmar Kabisch, Jan Lukas Strozyk und Benedikt Strunz, NDR',
      [
        { name: 'Volkmar Kabisch', role: 'NDR' },
        { name: 'Jan Lukas Strozyk', role: 'NDR' },
        { name: 'Benedikt Strunz', role: 'NDR' },
      ],
      [],
    ],
    ['By Agence France-Presse', [], ['AFP']],
    [
      'By Maria de la Cruz and Ali al-Zaatari',
      [
        { name: 'Maria de la Cruz', role: null },
        { name: 'Ali al-Zaatari', role: null },
      ],
      [],
    ],
    ['By MICHAEL McDONALD', [{ name: 'Michael McDonald', role: null }], []],
    ['Jane Doe (Content Manager)', [{ name: 'Jane Doe', role: 'Content Manager' }], []],
    [
      'Jane Doe (with John Roe)',
      [
        { name: 'Jane Doe', role: null },
        { name: 'John Roe', role: null },
      ],
      [],
    ],
    ['Jane Doe (AFP)', [{ name: 'Jane Doe', role: 'AFP' }], ['AFP']],
    [
      'By Jane Doe with John Roe',
      [
        { name: 'Jane Doe', role: null },
        { name: 'John Roe', role: null },
      ],
      [],
    ],
    // A label alone names no one; a date after a comma is no role.
    ['Auteurs', [], []],
    ['Von', [], []],
    ['By Jane Doe, Dec 17, 2025', [{ name: 'Jane Doe', role: null }], []],
    // A script without letter case has no capital to look for.
    ['肖春芳', [{ name: '肖春芳', role: null }], []],
    // A magazine's credit line: the writer's credit ends where the illustrator's or photographer's starts.
    [
      'Text von Christian Seiler   Illustration von Markus Roost',
      [{ name: 'Christian Seiler', role: null }],
      [],
    ],
    ['Text by Jane Doe, illustration by John Roe', [{ name: 'Jane Doe', role: null }], []],
    ['Von Christian Seiler, Fotos: Markus Roost', [{ name: 'Christian Seiler', role: null }], []],
    ['Written by Rob Ewaschuk Edited by Betsy Beyer', [{ name: 'Rob Ewaschuk', role: null }], []],
  ])('parses %j', (raw, authors, agencies) => {
    expect(parseByline(raw)).toEqual({ authors, agencies });
  });

  it.each([
    ['By Jane Doe', true],
    [
      'By the time the army arrived, the town had fallen to rebels after a long and bloody siege that lasted for several months.',
      false,
    ],
    ['Bystanders watched.', false],
    // A label of two words, then the capital: "Written by", "Words by", "Text von".
    ['Written by Jane Doe', true],
    ['Words by Jane Doe', true],
    ['Text von Christian Seiler Illustration von Markus Roost', true],
    ['Written by hand, the letters reached the town a week later.', false],
    ['Text Messages From Mars', false],
  ])('isBylineBlock(%j) is %s', (text, expected) => {
    expect(isBylineBlock(text)).toBe(expected);
  });
});
