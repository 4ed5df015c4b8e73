import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../parse';
import { charWeight, endsSentence, textLength, wordEquivalents } from './text-length';

describe('textLength', () => {
  it('is the length of text in alphabetic scripts, Latin, Cyrillic, Greek, Arabic or Hebrew', () => {
    for (const t of [
      'The council met.',
      'Совет собрался.',
      'Το συμβούλιο συνεδρίασε.',
      'اجتمع المجلس.',
      'המועצה התכנסה.',
    ])
      expect(textLength(t)).toBe(t.length);
  });

  it('weighs ideographs and kana three times, Hangul twice, their punctuation once', () => {
    expect(textLength('市议会开会。')).toBe(5 * 3 + 1);
    expect(textLength('会議がある')).toBe(15);
    expect(textLength('시의회 회의')).toBe(5 * 2 + 1);
    expect(textLength('2024年 GDP')).toBe(4 + 3 + 4);
  });

  it('gives a Chinese paragraph about the weight of its English translation', () => {
    const zh = '市政府周二宣布，明年将在老城区新建三座图书馆，并延长现有图书馆的开放时间。';
    const en =
      'The city government announced on Tuesday that it will build three new libraries in the old town next year and extend the opening hours of the existing ones.';
    expect(zh.length).toBeLessThan(en.length / 3);
    expect(textLength(zh) / en.length).toBeGreaterThan(0.6);
    expect(textLength(zh) / en.length).toBeLessThan(1.4);
  });

  it('weighs single code units', () => {
    expect(charWeight('a'.charCodeAt(0))).toBe(1);
    expect(charWeight('中'.charCodeAt(0))).toBe(3);
    expect(charWeight('か'.charCodeAt(0))).toBe(3);
    expect(charWeight('한'.charCodeAt(0))).toBe(2);
    expect(charWeight('。'.charCodeAt(0))).toBe(1);
  });
});

describe('wordEquivalents', () => {
  it('counts words where words are spaced', () => {
    expect(wordEquivalents('The council met on Tuesday.')).toBe(5);
    expect(wordEquivalents('시의회는 화요일에 회의를 열었다.')).toBe(4);
  });

  it('counts a Chinese or Japanese sentence as the words its characters make, not as one', () => {
    const zh = '市政府周二宣布明年将新建三座图书馆';
    expect(wordEquivalents(zh)).toBe(Math.round(zh.length / 1.7));
    expect(wordEquivalents(`${zh} 2024 GDP`)).toBe(Math.round(zh.length / 1.7) + 2);
  });

  it("takes the caller's word count for spaced text, and counts ideographs afresh", () => {
    // A wrong count passed in shows which path answered.
    expect(wordEquivalents('The council met on Tuesday.', 99)).toBe(99);
    const zh = '市政府周二宣布明年将新建三座图书馆';
    expect(wordEquivalents(`${zh} 2024 GDP`, 99)).toBe(Math.round(zh.length / 1.7) + 2);
  });
});

describe('endsSentence', () => {
  it.each([
    ['The plan was approved.', true],
    ['市政府宣布了计划。', true],
    ['本当ですか？', true],
    ['12 марта 2024, 14:05', false],
    ['2024年3月12日 14:05', false],
  ])('%s → %s', (text, expected) => {
    expect(endsSentence(text)).toBe(expected);
  });
});

describe('the page reader on Chinese text', () => {
  const OFF = { quotes: false, entities: false, dates: false, casualties: false };
  const story =
    '<p>市政府周二宣布，明年将在老城区新建三座社区图书馆，并把现有六座图书馆的开放时间延长到每晚十点，这是近二十年来规模最大的一次公共阅读设施建设。</p>'.repeat(
      3,
    );

  it('keeps a short sentence that holds a date in the body, and drops a date line', () => {
    const html = `<html lang="zh"><body><article><h1>清河市新建三座图书馆</h1><p>2024年3月12日 14:05</p>${story}<p>2024年3月12日，方案获得通过。</p></article></body></html>`;
    const texts = parseArticle({ html }, { extractors: OFF }).paragraphs.map((p) => p.text);
    expect(texts).toContain('2024年3月12日，方案获得通过。');
    expect(texts).not.toContain('2024年3月12日 14:05');
  });
});
