import { describe, expect, it } from 'vitest';
import {
  type ConllSentence,
  TUNE_SHARE,
  trainingDocuments,
  tuneDocuments,
} from '../../../scripts/read-conll';

const docs: ConllSentence[][] = Array.from({ length: 40 }, (_, i) => [{ words: [`w${i}`], spans: [] }]);

describe('the tuning split', () => {
  it('is what the bench scores (tuneDocuments), and the trainer holds out exactly that', () => {
    const tune = tuneDocuments(docs);
    const trained = trainingDocuments(docs, 'tune');
    expect(tune.length).toBe(docs.length - Math.floor(docs.length * (1 - TUNE_SHARE)));
    expect(trained.length + tune.length).toBe(docs.length);
    expect([...trained, ...tune]).toEqual(docs);
    expect(trained.some((d) => tune.includes(d))).toBe(false);
  });

  it('trains on every document when nothing is held out', () => {
    expect(trainingDocuments(docs, null)).toEqual(docs);
  });
});
