// Golden pages (Readability's test-pages layout): test/pages/<NNN-behaviour>/{source.html, expected.json}.
// The page is read as bytes, so every fixture also exercises charset sniffing. Regenerate after a
// reviewed change with `UPDATE_PAGES=1 pnpm exec vitest run packages/core/test/pages.test.ts`.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Article, parseArticle } from '@copydesk/core';
import { checkSpans, validateArticle } from '@copydesk/core/schema';
import { describe, expect, it } from 'vitest';

const PAGES = fileURLToPath(new URL('./pages', import.meta.url));
const OFF = { quotes: false, entities: false, dates: false, casualties: false };

/** The page-level part of an Article that the HTML reader is responsible for. */
function project(a: Article) {
  return {
    source: a.source,
    language: a.language,
    headline: a.headline,
    dek: a.dek,
    authors: a.authors,
    agencies: a.agencies,
    dateline: a.dateline && { text: a.dateline.text, place: a.dateline.place, agency: a.dateline.agency },
    publishedAt: a.publishedAt,
    modifiedAt: a.modifiedAt,
    images: a.images.map((i) => ({ url: i.url, caption: i.caption, credit: i.credit, alt: i.alt })),
    blocks: a.blocks.map((b) => `${b.kind}: ${b.span.text}`),
    isArticle: a.isArticle.score >= 0.5,
    warnings: a.warnings.map((w) => w.code),
  };
}

const slugs = readdirSync(PAGES).filter((d) => existsSync(join(PAGES, d, 'source.html')));

describe.each(slugs)('page %s', (slug) => {
  const bytes = new Uint8Array(readFileSync(join(PAGES, slug, 'source.html')));
  const article = parseArticle(bytes, { type: 'html', extractors: OFF });
  const expectedPath = join(PAGES, slug, 'expected.json');
  if (process.env.UPDATE_PAGES) writeFileSync(expectedPath, `${JSON.stringify(project(article), null, 2)}\n`);

  it('matches expected.json', () => {
    expect(project(article)).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
  });

  it('is a valid Article whose spans point into its text', () => {
    const result = validateArticle(article);
    expect(result.success ? [] : result.issues).toEqual([]);
    expect(checkSpans(article.text, article)).toEqual([]);
  });

  it('renders sanitised body HTML', () => {
    expect(article.html).not.toMatch(/<script|<style|\son\w+=|javascript:/i);
  });
});

it('covers every fixture directory', () => {
  expect(slugs.length).toBeGreaterThanOrEqual(13);
});
