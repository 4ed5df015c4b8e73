import { describe, expect, it } from 'vitest';
import { joinBlocks, normalizeInline } from './normalize';

describe('normalizeInline', () => {
  it.each([
    ['prose with single spaces, unchanged', 'The council met on Monday.', 'The council met on Monday.'],
    ['runs of white space, line breaks and tabs', '  one \n\t two\r\n three  ', 'one two three'],
    [
      'typographic quotes and dashes',
      '\u201cIt\u2019s over\u201d \u2015 \u00abfin\u00bb \u2212 5',
      '"It\'s over" — "fin" - 5',
    ],
    ['exotic spaces', 'a\u00a0b\u2009c\u3000d\u202fe', 'a b c d e'],
    [
      'invisible characters, keeping the space beside them',
      'soft\u00adware zero\u200b width a \u200b b',
      'software zero width a b',
    ],
    ['a space before a replaced character', 'a \u2019b', "a 'b"],
    ['only white space', ' \n\t\u00a0 ', ''],
  ])('%s', (_, input, expected) => {
    expect(normalizeInline(input).text).toBe(expected);
  });

  it('maps each output character to its input offset plus the base, a folded space to its first', () => {
    const input = ' a  b\u2019\u200bc d';
    const { text, map } = normalizeInline(input, 10);
    expect(text).toBe("a b'c d");
    expect([...map!]).toEqual([11, 12, 14, 15, 17, 18, 19]);
  });

  it('returns a kept input whole', () => {
    const input = 'Nothing here needs a change.';
    expect(normalizeInline(input).text).toBe(input);
    expect([...normalizeInline(input, 0).map!]).toEqual([...input].map((_, i) => i));
  });
});

describe('joinBlocks', () => {
  it('joins normalised runs with a blank line and locates each block', () => {
    const joined = joinBlocks([
      { kind: 'headline', run: normalizeInline(' Title ') },
      { kind: 'paragraph', run: normalizeInline('') },
      { kind: 'paragraph', run: normalizeInline('Body  text') },
    ]);
    expect(joined.text).toBe('Title\n\nBody text');
    expect(joined.blocks).toEqual([
      { kind: 'headline', start: 0, end: 5 },
      { kind: 'paragraph', start: 7, end: 16 },
    ]);
  });
});
