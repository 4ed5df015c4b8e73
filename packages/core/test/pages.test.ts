// Golden pages (Readability's test-pages layout): test/pages/<slug>/{source.html, meta.json, expected.json},
// where expected.json is the whole Article with every extractor on. Rewrite them all with
// `pnpm test:pages --update` (refused under CI, which only compares) and review the diff. Crafted pages are
// `NNN-behaviour`; real pages are `<site>-<n>`, stored as served (plain HTML, so a review reads them and the
// repository holds no opaque archives), with their origin in meta.json and their attribution in test/pages/NOTICE.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Article, parseArticle } from '@copydesk/core';
import { checkSpans, validateArticle } from '@copydesk/core/schema';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { findSite } from '../src/sites/find-site';
import { SITES } from '../src/sites/registry';

const PAGES = fileURLToPath(new URL('./pages', import.meta.url));
// The reader rejects dates after "now": a fixed clock keeps the goldens from drifting as time passes.
const CLOCK = new Date('2026-12-01T00:00:00Z');
const REAL_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*-\d+$/;

/** Where a real page came from; a crafted page has a meta.json only to give the URL it is read at (a site rule's). */
interface PageMeta {
  url: string | null;
  corpus?: string;
  id?: string;
}

function sourceOf(slug: string): Uint8Array {
  return new Uint8Array(readFileSync(join(PAGES, slug, 'source.html')));
}

function metaOf(slug: string): PageMeta | null {
  const path = join(PAGES, slug, 'meta.json');
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as PageMeta) : null;
}

const CRAFTED_SLUG = /^\d{3}-/;
const slugs = readdirSync(PAGES).filter((d) => existsSync(join(PAGES, d, 'source.html')));
const realSlugs = slugs.filter((d) => !CRAFTED_SLUG.test(d));

beforeAll(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(CLOCK);
});
afterAll(() => {
  vi.useRealTimers();
});

describe.each(slugs)('page %s', (slug) => {
  let article: Article;
  beforeAll(() => {
    const url = metaOf(slug)?.url;
    article = parseArticle(sourceOf(slug), { type: 'html', ...(url ? { url } : {}) });
  });

  it('matches expected.json', async () => {
    await expect(`${JSON.stringify(article, null, 2)}\n`).toMatchFileSnapshot(
      join(PAGES, slug, 'expected.json'),
    );
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

describe('the real pages', () => {
  const notice = readFileSync(join(PAGES, 'NOTICE'), 'utf8');
  const index = readFileSync(join(PAGES, 'INDEX.md'), 'utf8');

  it.each(realSlugs)('%s is named <site>-<n>, has its origin in meta.json and is attributed', (slug) => {
    expect(slug).toMatch(REAL_SLUG);
    const meta = metaOf(slug);
    expect(meta).toMatchObject({ corpus: expect.any(String), id: expect.any(String) });
    expect(notice).toContain(`${slug}:`);
    expect(notice).toContain(String(meta?.id));
    expect(index).toContain(`\`${slug}\``);
  });

  it('number between 20 and 40', () => {
    expect(realSlugs.length).toBeGreaterThanOrEqual(20);
    expect(realSlugs.length).toBeLessThanOrEqual(40);
  });
});

it('gives every built-in site rule a page whose URL selects it', () => {
  const urls = slugs.map((slug) => metaOf(slug)?.url ?? null);
  const uncovered = SITES.filter((site) => !urls.some((url) => findSite(url) === site));
  expect(uncovered.map((site) => site.hostnames[0])).toEqual([]);
});

it('covers every fixture directory', () => {
  expect(slugs.length).toBeGreaterThanOrEqual(37);
});
