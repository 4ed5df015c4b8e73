import { describe, expect, it } from 'vitest';
import { tagSentences } from './tag-sentences';

const named = (sentence: string) => {
  const words = sentence.split(' ');
  return tagSentences([words])[0]!.map((s) => `${s.type}:${words.slice(s.start, s.end).join(' ')}`);
};

describe('tagSentences', () => {
  it.each([
    ['Russian Foreign Minister Sergei Lavrov met his counterpart in Moscow on Monday .', 'PER:Sergei Lavrov'],
    ['Russian Foreign Minister Sergei Lavrov met his counterpart in Moscow on Monday .', 'LOC:Moscow'],
    ['Shares in Microsoft Corp rose 3 percent in New York trading .', 'ORG:Microsoft Corp'],
    ['Shares in Microsoft Corp rose 3 percent in New York trading .', 'LOC:New York'],
    ['The United Nations said aid had reached Syria .', 'ORG:United Nations'],
    ['Angela Merkel told reporters in Berlin that Germany would help .', 'PER:Angela Merkel'],
    ['Angela Merkel told reporters in Berlin that Germany would help .', 'LOC:Germany'],
  ])('in "%s" finds %s', (sentence, expected) => {
    expect(named(sentence)).toContain(expected);
  });

  it.each([
    'the army said it had taken full control of the town .',
    'prices rose sharply on Tuesday after the report .',
  ])('finds no name in "%s"', (sentence) => {
    expect(named(sentence)).toEqual([]);
  });
});
