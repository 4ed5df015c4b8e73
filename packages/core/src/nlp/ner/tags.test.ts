import { describe, expect, it } from 'vitest';
import { decodeTags, encodeTags, type NerSpan } from './tags';

describe('BILOU tags', () => {
  it.each<[number, NerSpan[], string[]]>([
    [3, [{ start: 0, end: 1, type: 'LOC' }], ['U-LOC', 'O', 'O']],
    [4, [{ start: 1, end: 4, type: 'PER' }], ['O', 'B-PER', 'I-PER', 'L-PER']],
    [
      4,
      [
        { start: 0, end: 2, type: 'ORG' },
        { start: 2, end: 3, type: 'ORG' },
      ],
      ['B-ORG', 'L-ORG', 'U-ORG', 'O'],
    ],
  ])('encodes and decodes %i words', (length, spans, tags) => {
    expect(encodeTags(length, spans)).toEqual(tags);
    expect(decodeTags(tags)).toEqual(spans);
  });

  it.each<[string[], NerSpan[]]>([
    [['B-PER', 'I-PER'], [{ start: 0, end: 2, type: 'PER' }]],
    [
      ['B-PER', 'I-LOC'],
      [
        { start: 0, end: 1, type: 'PER' },
        { start: 1, end: 2, type: 'LOC' },
      ],
    ],
    [
      ['I-ORG', 'O', 'L-ORG'],
      [
        { start: 0, end: 1, type: 'ORG' },
        { start: 2, end: 3, type: 'ORG' },
      ],
    ],
  ])('decodes loosely formed tags %j', (tags, spans) => {
    expect(decodeTags(tags)).toEqual(spans);
  });
});
