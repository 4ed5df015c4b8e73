import { describe, expect, it } from 'vitest';
import { annotateSentence } from '../../../test/annotate-sentence';
import { ENGLISH, storyPackFor } from '../../languages/index';
import type { StoryPack } from '../../languages/types';
import { readNumber } from './read-number';

/** Every count read in the sentence, as [the words it covers, its value or vague amount]. */
function countsIn(sentence: string, pack: StoryPack = ENGLISH): [string, number | string | null][] {
  const doc = annotateSentence(sentence, pack);
  const found: [string, number | string | null][] = [];
  for (let i = 0; i < doc.tokens.length; i++) {
    const read = readNumber(pack.story.numbers, doc.tokens, i);
    if (!read) continue;
    const words = doc.tokens
      .slice(i, read.next)
      .map((t) => t.text)
      .join(' ');
    found.push([words, read.value ?? read.vague]);
    i = read.next - 1;
  }
  return found;
}

describe('readNumber', () => {
  // The quick check that skips tokens no reader starts from must keep every form that opens a count: digits,
  // number words, hyphenated number words, an article before a scale, "half a dozen" and vague amounts.
  it.each<[string, [string, number | string | null][]]>([
    ['At least 330,000 people fled.', [['330,000', 330000]]],
    ['Some 1.2 million voted.', [['1.2 million', 1200000]]],
    [
      'Twenty-five soldiers and eight civilians died.',
      [
        ['Twenty-five', 25],
        ['eight', 8],
      ],
    ],
    [
      'A dozen were hurt and half a dozen missing.',
      [
        ['A dozen', 12],
        ['half a dozen', 6],
      ],
    ],
    [
      'Dozens of people and tens of thousands more.',
      [
        ['Dozens', 'dozens'],
        ['tens of thousands', 'tens of thousands'],
      ],
    ],
    ['The constructor said toString and valueOf were wrong.', []],
  ])('%s', (sentence, expected) => {
    expect(countsIn(sentence)).toEqual(expected);
  });

  it("reads a pack's own number words and separators", () => {
    const es = storyPackFor('es')!;
    expect(countsIn('Al menos 31 muertos y 1.500 heridos, y veinticinco más.', es)).toEqual([
      ['31', 31],
      ['1.500', 1500],
      ['veinticinco', 25],
    ]);
  });
});
