// The seed golden test for dates (issue 4): the gold file's ten dates with reference 2017-11-19.
import { parseArticle } from '@copydesk/core';
import { describe, expect, it } from 'vitest';
import { EXPECTED, SEED_TEXT, seedArticle } from './seed';

interface GoldDate {
  text: string;
  value: string;
  precision: string;
}

const GOLD: GoldDate[] = EXPECTED.dates.map(({ text, value, precision }: GoldDate) => ({
  text,
  value,
  precision,
}));

describe('seed article: dates', () => {
  const article = seedArticle();

  it('finds the ten gold dates and no others', () => {
    const found = new Map(
      article.dates.map((d) => [d.text, { text: d.text, value: d.value, precision: d.precision }]),
    );
    expect([...found.values()]).toEqual(GOLD);
  });

  it('resolves every mention of a repeated expression alike', () => {
    const sundays = article.dates.filter((d) => d.text === 'Sunday');
    expect(sundays.length).toBeGreaterThan(1);
    expect(new Set(sundays.map((d) => d.value))).toEqual(new Set(['2017-11-19']));
  });

  it('finds the date in the photo caption', () => {
    const caption = article.images[0]!.captionSpan!;
    const inCaption = article.dates.filter((d) => d.span.start >= caption.start && d.span.end <= caption.end);
    expect(inCaption.map((d) => d.text)).toEqual(['November 9, 2017']);
  });

  it('marks what needed the reference date as relative', () => {
    const relative = (text: string) => article.dates.find((d) => d.text === text)!.relative;
    expect(relative('November 9, 2017')).toBe(false);
    expect(relative('2014')).toBe(false);
    expect(relative('Sunday')).toBe(true);
    expect(relative('a week ago')).toBe(true);
    expect(relative('November 9')).toBe(true);
  });

  it('keeps every span on the canonical text', () => {
    for (const d of article.dates) {
      expect(article.text.slice(d.span.start, d.span.end)).toBe(d.text);
      expect(d.span.text).toBe(d.text);
    }
  });

  it('without a reference date, resolves absolute dates and warns once', () => {
    const bare = parseArticle({ text: SEED_TEXT });
    const value = (text: string) => bare.dates.find((d) => d.text === text)?.value;
    expect(value('November 9, 2017')).toBe('2017-11-09');
    expect(value('November 9')).toBe('2017-11-09');
    expect(value('Sunday')).toBeNull();
    expect(value('earlier this month')).toBeNull();
    expect(bare.warnings.filter((w) => w.code === 'no-reference-date')).toHaveLength(1);
  });
});
