// The name tagger runs once, and only when something reads the names: a dates-only parse never tags.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const calls = vi.hoisted(() => ({ count: 0 }));
vi.mock('./ner/tag-names', async (original) => {
  const real = await original<typeof import('./ner/tag-names')>();
  return {
    ...real,
    tagNames: (...args: Parameters<typeof real.tagNames>) => {
      calls.count++;
      return real.tagNames(...args);
    },
  };
});

const { parseArticle } = await import('../parse');
const { annotate } = await import('./annotate');
const { readText } = await import('../read/text/read-text');

const TEXT =
  'Rebels seize town\n\nDEIR EZZOR (AFP) - Rebels killed 12 soldiers on Sunday, the Syrian Observatory for Human Rights said.';

describe('annotate once', () => {
  beforeEach(() => {
    calls.count = 0;
  });

  it('tags names on first use only, and hands every reader the same tags and dates', () => {
    const doc = annotate(readText(TEXT));
    expect(calls.count).toBe(0);
    const names = doc.names;
    expect(doc.names).toBe(names);
    expect(doc.dates).toBe(doc.dates);
    expect(calls.count).toBe(1);
  });

  it('never tags names when only dates and counts are asked for', () => {
    const article = parseArticle(TEXT, { extractors: { quotes: false, entities: false } });
    expect(article.dates.length).toBeGreaterThan(0);
    expect(article.casualties.length).toBe(1);
    expect(calls.count).toBe(0);
  });

  it('tags names once when entities and quotes both need them', () => {
    parseArticle(TEXT);
    expect(calls.count).toBe(1);
  });
});
