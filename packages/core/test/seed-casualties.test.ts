// The seed golden test for casualty counts (issue 4): the gold file's eight records and its non-casualties.
import { describe, expect, it } from 'vitest';
import { EXPECTED, seedArticle } from './seed';

const FIELDS = ['kind', 'count', 'qualifier', 'vague', 'who'] as const;

describe('seed article: casualties', () => {
  const article = seedArticle();

  it('finds the eight gold records, in order', () => {
    expect(article.casualties).toHaveLength(EXPECTED.casualties.length);
    EXPECTED.casualties.forEach((gold: Record<string, unknown>, k: number) => {
      const found = article.casualties[k]!;
      // The gold file leaves out fields it does not check (no "who" for "wounded 25").
      for (const field of FIELDS)
        if (field in gold) expect(found[field], `${k}.${field}`).toEqual(gold[field]);
    });
  });

  it('keeps vague amounts as words with no count', () => {
    const vague = article.casualties.filter((c) => c.vague !== null);
    expect(vague.map((c) => [c.vague, c.count, c.qualifier])).toEqual([
      ['dozens', null, null],
      ['millions', null, null],
    ]);
  });

  it('does not count populations', () => {
    for (const phrase of EXPECTED.notCasualties as string[]) {
      const start = article.text.indexOf(phrase);
      expect(start).toBeGreaterThan(0);
      const overlapping = article.casualties.filter(
        (c) => c.span.start < start + phrase.length && c.span.end > start,
      );
      expect(overlapping).toEqual([]);
    }
  });

  it('keeps every span on the canonical text', () => {
    for (const c of article.casualties)
      expect(article.text.slice(c.span.start, c.span.end)).toBe(c.span.text);
  });
});
