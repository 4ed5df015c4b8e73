import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../parse';

const OFF = { quotes: false, entities: false, dates: false, casualties: false };
const BODY =
  '<article><p>The council approved the new budget on Thursday after a long debate that ran late into the night, and the mayor said work on the bridge would start in spring.</p><p>Opposition members said the plan leaves too little for schools, and they promised to raise the matter again at the next meeting of the council in May.</p></article>';

function dekOf(front: string): string | null {
  const html = `<html><head><title>Council approves budget</title></head><body><h1>Council approves budget</h1>${front}${BODY}</body></html>`;
  return parseArticle({ html }, { extractors: OFF }).dek;
}

describe('findDek', () => {
  it('reads a standfirst printed under the headline', () => {
    expect(
      dekOf(
        '<p class="article-standfirst">The vote ends months of argument over how to pay for repairs.</p>',
      ),
    ).toBe('The vote ends months of argument over how to pay for repairs.');
  });

  it.each([
    [
      'a breadcrumb of links',
      '<div class="article-intro"><a href="/">Home</a> › <a href="/news">News</a> › <a href="/news/local">Local politics and the council</a></div>',
    ],
    [
      'a price line',
      '<p class="product-description">$19.99 · 2 for $35.00 · $4.99 off over $50.00 · 30-day returns</p>',
    ],
  ])('takes no dek from %s', (_, front) => {
    expect(dekOf(front)).toBeNull();
  });

  it('takes no dek from a teaser repeating a declared title, and reads the standfirst after it', () => {
    const html = `<html><head><title>Council approves budget</title><meta property="og:title" content="After a long night, the council approves its budget"></head><body><div class="headermini"><p class="teaser"><span>Politics</span> <span>After a long night, the council approves its budget</span></p></div><h1>Council approves budget</h1><p class="article-standfirst">The vote ends months of argument over how to pay for repairs.</p>${BODY}</body></html>`;
    expect(parseArticle({ html }, { extractors: OFF }).dek).toBe(
      'The vote ends months of argument over how to pay for repairs.',
    );
  });
});
