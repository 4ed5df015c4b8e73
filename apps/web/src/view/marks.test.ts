import { validateArticle } from '@copydesk/core';
import { describe, expect, it } from 'vitest';
import { seedWithFacts } from '../test/seed-article';
import { buildMarks } from './marks';
import { segmentRanges } from './segments';

describe('buildMarks', () => {
  const article = seedWithFacts();
  const marks = buildMarks(article);

  it('uses a valid hand-made article', () => {
    expect(validateArticle(article)).toMatchObject({ success: true });
  });

  it('makes one main mark per quote, mention, date and casualty', () => {
    const main = marks.filter((m) => m.role === 'main');
    const mentions = article.entities.reduce((n, e) => n + e.mentions.length, 0);
    expect(main).toHaveLength(
      article.quotes.length + mentions + article.dates.length + article.casualties.length,
    );
  });

  it('marks speakers and cues under their quote', () => {
    expect(marks.filter((m) => m.group === 'q2').map((m) => m.role)).toEqual(['main', 'speaker', 'cue']);
  });

  it('gives every mark a unique key', () => {
    expect(new Set(marks.map((m) => m.key)).size).toBe(marks.length);
  });

  it('drops marks whose span lies outside the text', () => {
    const broken = {
      ...article,
      dates: [{ ...article.dates[0]!, span: { start: 1e9, end: 1e9 + 3, text: 'x' } }],
    };
    expect(buildMarks(broken).some((m) => m.layer === 'date')).toBe(false);
  });

  it('keeps an entity nested inside a quote in the same segment as the quote', () => {
    const segments = segmentRanges(
      marks,
      article.blocks.map((b) => b.span),
    ).flat();
    const inner = segments.find(
      (s) => s.marks.some((m) => m.group === 'e1') && s.marks.some((m) => m.group === 'q0'),
    );
    expect(inner?.marks.map((m) => m.layer)).toEqual(['quote', 'location']);
    expect(article.text.slice(inner!.start, inner!.end)).toBe('Albu Kamal');
  });
});
