import { describe, expect, it } from 'vitest';
import { EN } from './en';
import { NO_WORD, storyWords } from './story-words';

describe('storyWords', () => {
  const words = storyWords({ dates: { weekdays: { montag: 1 } } });

  it('keeps what a pack gives', () => {
    expect(words.dates.weekdays).toEqual({ montag: 1 });
  });

  it('gives every section English has, with every field English has', () => {
    for (const [section, fields] of Object.entries(EN.story)) {
      expect(Object.keys(words[section as keyof typeof words]).sort()).toEqual(Object.keys(fields).sort());
    }
  });

  it('leaves the rest inert: empty lists, a pattern that never matches, a word no text holds', () => {
    expect(words.quotes.cueVerbs.size).toBe(0);
    expect(words.dates.months).toEqual({});
    expect(words.dates.regularPast.test('walked')).toBe(false);
    expect(words.quotes.participleEnding).toBe(NO_WORD);
    expect('saying'.endsWith(words.quotes.participleEnding)).toBe(false);
    expect(words.casualties.shotDead).toEqual([NO_WORD, NO_WORD]);
    expect(words.agencies.toldPhrases).toEqual([]);
  });
});
