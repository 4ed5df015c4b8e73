// The seed golden test for the page-level parts (issue 2): headline, image caption and credit, agency,
// dateline, paragraphs, authors. Quotes, entities, dates and casualties have their own seed-*.test.ts.
import { checkSpans, validateArticle } from '@copydesk/core/schema';
import { describe, expect, it } from 'vitest';
import { EXPECTED, SEED_TEXT, seedArticle } from './seed';

describe('seed article: page-level golden parse', () => {
  const article = seedArticle();

  it('validates against the Article schema', () => {
    const result = validateArticle(article);
    expect(result.success ? [] : result.issues).toEqual([]);
  });

  it('reads the headline', () => {
    expect(article.headline).toBe(EXPECTED.headline);
    expect(article.blocks[0]).toMatchObject({ kind: 'headline', span: { text: EXPECTED.headline } });
  });

  it('splits the photo caption from its credit', () => {
    expect(article.images.map(({ caption, credit }) => ({ caption, credit }))).toEqual(EXPECTED.images);
    expect(article.images[0]!.captionSpan?.text).toBe(EXPECTED.images[0].caption);
  });

  it('detects the language', () => {
    expect(article.language).toBe('en');
  });

  it('finds the agency and no authors', () => {
    expect(article.agencies).toEqual(EXPECTED.agencies);
    expect(article.authors).toEqual(EXPECTED.authors);
  });

  it('reads the dateline', () => {
    expect(article.dateline).toMatchObject(EXPECTED.dateline);
    expect(article.dateline!.span.text).toBe('DEIR EZZOR:');
    expect(article.dateline!.span.start).toBe(article.paragraphs[0]!.start);
  });

  it('keeps the 16 body paragraphs, first and last as printed', () => {
    expect(article.paragraphs).toHaveLength(EXPECTED.paragraphCount);
    expect(article.paragraphs[0]!.text.startsWith(EXPECTED.firstParagraphStartsWith)).toBe(true);
    expect(article.paragraphs.at(-1)!.text.endsWith(EXPECTED.lastParagraphEndsWith)).toBe(true);
  });

  it('normalises typography one character for one', () => {
    expect(article.text).not.toMatch(/[\u00a0\u2018\u2019\u201c\u201d]/);
    expect(article.text).toContain("Syria's army");
    // Every word of the seed's body survives normalisation, in order.
    const words = (s: string) => s.replace(/[\u2018\u2019]/g, "'").match(/[\p{L}\p{N}']+/gu) ?? [];
    const body = SEED_TEXT.slice(SEED_TEXT.indexOf('DEIR EZZOR'));
    expect(words(article.paragraphs.map((p) => p.text).join('\n\n'))).toEqual(words(body));
  });

  it('satisfies the span invariant for every span', () => {
    expect(checkSpans(article.text, article)).toEqual([]);
    for (const p of article.paragraphs) expect(article.text.slice(p.start, p.end)).toBe(p.text);
  });
});
