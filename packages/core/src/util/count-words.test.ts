import { describe, expect, it } from 'vitest';
import { countWords } from './count-words';

describe('countWords', () => {
  it.each([
    ['', undefined, 0],
    ["don't stop al-Assad — now", undefined, 4],
    ['one two three four five six', undefined, 6],
    ['one two three four five six', 4, 4],
    ['one two', 4, 2],
  ])('%j (at most %s) has %i words', (text, atMost, words) => {
    expect(countWords(text, atMost)).toBe(words);
  });
});
