import { describe, expect, it } from 'vitest';
import { countLanguageWords, countWords, isUnspaced } from './count-words';

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

describe('countLanguageWords', () => {
  it.each([
    // Sentences written for this test.
    ['政府周一宣布，新规定将从下个月起在全国范围内实施。', 'zh', 14],
    ['政府周一宣布，新规定将从下个月起在全国范围内实施。', 'zh-TW', 14],
    ['รัฐบาลประกาศกฎใหม่ในวันจันทร์', 'th', 7],
    ['The army said it had taken the town, and that the fighting was over.', 'en', 14],
    ['정부는 월요일 새로운 규칙을 발표했다', 'ko', 5],
  ])('%j (%s) has %i words', (text, language, words) => {
    expect(countLanguageWords(text, language)).toBe(words);
  });
});

describe('isUnspaced', () => {
  it.each([
    ['zh', true],
    ['zh-TW', true],
    ['JA', true],
    ['th_TH', true],
    ['ko', false],
    ['en', false],
    [null, false],
  ])('%s: %s', (language, expected) => {
    expect(isUnspaced(language)).toBe(expected);
  });
});
