import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../parse';

const OFF = { quotes: false, entities: false, dates: false, casualties: false };
const PROSE =
  '<p>The council voted on Monday to close the old bridge to traffic for two years of repairs, officials said.</p>'.repeat(
    3,
  );
const jsonLd = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

/** The credits of a small page: `head` goes in <head>, `top` between the headline and the story. */
function creditsOf(head: string, top: string, lang = 'en') {
  const html = `<html lang="${lang}"><head>${head}</head><body><article><h1>Bridge to close for repairs</h1>${top}${PROSE}</article></body></html>`;
  const a = parseArticle({ html }, { extractors: OFF });
  return { authors: a.authors.map((x) => x.name), agencies: a.agencies };
}

describe('credits read from a page', () => {
  it.each([
    [
      'a JSON-LD author typed Organization is no person; the printed byline names one',
      jsonLd({
        '@type': 'NewsArticle',
        headline: 'Bridge to close for repairs',
        author: { '@type': 'Organization', name: 'Daily Planet' },
      }),
      '<p class="byline">By Lois Lane</p>',
      ['Lois Lane'],
      [],
    ],
    [
      'a wire agency typed Organization is an agency',
      jsonLd({
        '@type': 'NewsArticle',
        headline: 'Bridge to close for repairs',
        author: [{ '@type': 'Organization', name: 'Reuters' }],
      }),
      '',
      [],
      ['Reuters'],
    ],
    [
      'a byline inside a comment names a commenter, not the writer',
      '',
      '<ul class="comments-list"><li class="comment"><div class="byline">J J</div></li></ul><div class="author">Lois Lane</div>',
      ['Lois Lane'],
      [],
    ],
  ])('%s', (_why, head, top, authors, agencies) => {
    expect(creditsOf(head, top)).toEqual({ authors, agencies });
  });
});
