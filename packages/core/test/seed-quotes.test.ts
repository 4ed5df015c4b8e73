// The seed golden test for quotes (issue 5): every hand-checked quote with its type, speaker and cue, no scare
// quote, and nothing beyond the expected and optional quotes.
import type { Quote } from '@copydesk/core/schema';
import { describe, expect, it } from 'vitest';
import { EXPECTED, seedArticle } from './seed';

interface ExpectedQuote {
  type: Quote['type'];
  startsWith: string;
  speaker: string;
  speakerAlso?: string[];
  cue?: string;
}

const expected: ExpectedQuote[] = EXPECTED.quotes;
const optional: ExpectedQuote[] = EXPECTED.optionalQuotes;

function findQuote(quotes: Quote[], e: ExpectedQuote): Quote | undefined {
  return quotes.find((q) => q.type === e.type && q.text.startsWith(e.startsWith));
}

describe('seed article: quotes', () => {
  const article = seedArticle();

  it.each(expected.map((e) => [e.startsWith, e] as const))('finds "%s"', (_, e) => {
    const quote = findQuote(article.quotes, e);
    expect(quote, `${e.type} quote starting "${e.startsWith}"`).toBeDefined();
    expect([e.speaker, ...(e.speakerAlso ?? [])]).toContain(quote!.speaker?.name);
    if (e.cue) expect(quote!.cue?.text).toBe(e.cue);
  });

  it('finds no scare quote', () => {
    for (const text of EXPECTED.notQuotes as string[])
      expect(article.quotes.filter((q) => q.text.includes(text))).toEqual([]);
  });

  it('finds nothing beyond the expected and optional quotes', () => {
    const allowed = [...expected, ...optional];
    const extra = article.quotes.filter((q) => !allowed.some((e) => findQuote([q], e)));
    expect(extra.map((q) => q.text)).toEqual([]);
  });

  it('names the addressee of "told AFP"', () => {
    const told = article.quotes.filter((q) => q.cue?.text === 'told');
    expect(told.length).toBeGreaterThanOrEqual(2);
    for (const q of told) expect(q.addressee?.text).toBe('AFP');
  });

  it('keeps every quote span inside the canonical text', () => {
    for (const q of article.quotes) {
      for (const s of [q.span, q.speaker?.span, q.cue?.span, q.addressee?.span])
        if (s) expect(article.text.slice(s.start, s.end)).toBe(s.text);
      expect(q.text).toBe(q.span.text);
    }
  });
});
