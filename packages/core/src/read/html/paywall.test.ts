import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../parse';

const OFF = { quotes: false, entities: false, dates: false, casualties: false };
const BODY =
  '<p>The council voted on Monday to close the old bridge to traffic for two years of repairs.</p>';

function warningsOf(head: string): string[] {
  const html = `<html><head>${head}</head><body><article><h1>Bridge to close</h1>${BODY}</article></body></html>`;
  return parseArticle({ html }, { extractors: OFF }).warnings.map((w) => w.code);
}

const ld = (value: unknown) =>
  `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Bridge to close', isAccessibleForFree: value })}</script>`;

describe('paywalled', () => {
  it.each([
    ['JSON-LD isAccessibleForFree false', ld(false)],
    ['JSON-LD isAccessibleForFree "False"', ld('False')],
    ['a locked content tier', '<meta property="article:content_tier" content="locked">'],
    ['a metered content tier', '<meta property="article:content_tier" content="metered">'],
  ])('warns on %s', (_name, head) => {
    expect(warningsOf(head)).toContain('paywalled');
  });

  it.each([
    ['JSON-LD isAccessibleForFree true', ld(true)],
    ['a free content tier', '<meta property="article:content_tier" content="free">'],
    ['no declaration', ''],
  ])('is silent on %s', (_name, head) => {
    expect(warningsOf(head)).not.toContain('paywalled');
  });
});
