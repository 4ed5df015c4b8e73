import { describe, expect, it } from 'vitest';
import { countWords } from './count-words';

describe('countWords', () => {
  it.each([
    ['', undefined, 0],
    ["don't stop al-Assad — now", undefined, 4],
    ['one two three four five six', undefined, 6],
    ['one two three four five six', 4, 4],
    ['one two', 4, 2],
    // Letters outside ASCII and outside the BMP, and joiners that join nothing.
    ['Ça va? Привет мир! 中文字符', undefined, 5],
    ['𝒜bc 𝒜-𝒜 a😀b', undefined, 4],
    ["a--b 'tis -x x- it’s", undefined, 6],
  ])('%j (at most %s) has %i words', (text, atMost, words) => {
    expect(countWords(text, atMost)).toBe(words);
  });
});
