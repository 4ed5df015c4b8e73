import { describe, expect, it } from 'vitest';
import { annotate } from '../../nlp/annotate';
import { readText } from '../../read/text/read-text';
import { recogniseNames } from './recognise-names';

const headlineNames = (text: string) => {
  const doc = annotate(readText(text));
  const headline = doc.body.blocks.find((b) => b.kind === 'headline')!;
  return recogniseNames(doc)
    .filter((m) => m.end <= headline.end)
    .map((m) => m.text);
};

describe('recogniseNames in headlines', () => {
  // The tagger learnt headlines in capitals from CoNLL; a title-case headline ("Mayor Opens New Bridge") it cannot read.
  it('keeps the names of a headline in capitals', () => {
    expect(
      headlineNames(
        'SOCCER - MADRID SIGN OKAFOR FROM LAGOS.\n\nMADRID 2024-03-12\n\nThe club signed Ada Okafor on Tuesday.',
      ),
    ).not.toEqual([]);
  });

  it('leaves a title-case headline to the running text', () => {
    expect(
      headlineNames(
        'Madrid Signs Okafor From Lagos Club.\n\nMADRID 2024-03-12\n\nThe club signed Ada Okafor on Tuesday.',
      ),
    ).toEqual([]);
  });
});
