import { describe, expect, it } from 'vitest';
import {
  countNames,
  countUsage,
  emptyUsage,
  packUsage,
  USAGE_NAME_SHIFT,
  type UsageCounts,
} from './word-usage';

const CUES = {
  common: new Set(['eine', 'seine', 'ein']),
  definite: new Set(['die', 'der']),
  adjectiveEndings: ['e', 'en'],
};

function counted(...sentences: string[]): Map<string, UsageCounts> {
  const counts = new Map<string, UsageCounts>();
  for (const s of sentences) countUsage(s.split(' '), CUES, counts);
  return counts;
}

describe('countUsage', () => {
  it('counts a capitalised word after an indefinite article, a possessive, or an article and an adjective', () => {
    const c = counted(
      'Gestern bildete sich eine Regierung .',
      'Er lobte seine Regierung .',
      'Sie sprach über die neue Regierung .',
      'Dann kam die Regierung .',
      'Laut Röttgen ist alles gut .',
    );
    expect(c.get('regierung')).toMatchObject({ inside: 4, lower: 0, common: 3, definite: 1 });
    expect(c.get('röttgen')).toMatchObject({ inside: 1, common: 0, definite: 0 });
  });

  it('counts lower-case uses, and skips the first word and words without letters', () => {
    const c = counted('Alt sagte , er sei alt .', 'Braun ist braun und 12 Jahre alt .');
    expect(c.get('alt')).toMatchObject({ inside: 2, lower: 2 });
    expect(c.get('braun')).toMatchObject({ inside: 1, lower: 1 });
    expect(c.has('12')).toBe(false);
  });
});

describe('countNames', () => {
  it('counts how often a word is met in labelled sentences and inside which type of name', () => {
    const counts = new Map<string, UsageCounts>();
    countNames(
      'Norbert Röttgen in Bonn'.split(' '),
      [
        { start: 0, end: 2, type: 'PER' },
        { start: 3, end: 4, type: 'LOC' },
      ],
      counts,
    );
    expect(counts.get('röttgen')).toMatchObject({ labelled: 1, names: [1, 0, 0] });
    expect(counts.get('in')).toMatchObject({ labelled: 1, names: [0, 0, 0] });
    expect(counts.get('bonn')!.names).toEqual([0, 0, 1]);
  });
});

describe('packUsage', () => {
  it('gives a common noun, a name and an unseen word different classes', () => {
    const noun = { ...emptyUsage(), inside: 20, common: 6, definite: 8 };
    const name = {
      ...emptyUsage(),
      inside: 20,
      definite: 0,
      labelled: 5,
      names: [5, 0, 0] as [number, number, number],
    };
    expect(packUsage(noun)).not.toBe(packUsage(name));
    expect(packUsage(noun) >>> USAGE_NAME_SHIFT).toBe(0);
    // A PER word met 5 times, always in a name: type 1, share class 4, met 3+ times.
    expect(packUsage(name) >>> USAGE_NAME_SHIFT).toBe(16 + 8 + 1);
    expect(packUsage(emptyUsage())).toBe(0);
  });
});
