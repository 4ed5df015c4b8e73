import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  type Article,
  ArticleSchema,
  parseArticle,
  SCHEMA_VERSION,
  toJsonSchema,
  validateArticle,
  WARNING_CODES,
} from '@copydesk/core';
import * as schemaEntry from '@copydesk/core/schema';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';

const article = () => parseArticle({ text: 'Headline\n\nLONDON (Reuters) - Body text here.' });

describe('Article schema', () => {
  it('is exported on its own subpath', () => {
    expect(schemaEntry.ArticleSchema).toBe(ArticleSchema);
    expect(schemaEntry.SCHEMA_VERSION).toBe(SCHEMA_VERSION);
  });

  it('types Article as the inferred schema', () => {
    expectTypeOf<Article>().toEqualTypeOf<z.infer<typeof ArticleSchema>>();
    expectTypeOf(parseArticle).returns.toEqualTypeOf<Article>();
  });

  it('generates a JSON Schema with every top-level field required', () => {
    const json = toJsonSchema() as { properties: Record<string, unknown>; required: string[] };
    for (const field of [
      'schemaVersion',
      'source',
      'headline',
      'dateline',
      'quotes',
      'entities',
      'dates',
      'casualties',
      'text',
      'paragraphs',
    ]) {
      expect(json.properties).toHaveProperty(field);
      expect(json.required).toContain(field);
    }
  });

  it('reports zod issues with their paths', () => {
    const broken = { ...article(), headline: 42, paragraphs: [{ start: 0, end: 'x', text: '' }] };
    const result = validateArticle(broken);
    expect(result.success).toBe(false);
    if (!result.success) {
      const paths = result.issues.map((i) => i.path.join('.'));
      expect(paths).toContain('headline');
      expect(paths).toContain('paragraphs.0.end');
    }
  });

  it('reports a span whose text does not match', () => {
    const a = article();
    const bad = { ...a, paragraphs: [{ ...a.paragraphs[0]!, text: 'something else' }] };
    const result = validateArticle(bad);
    expect(result.success).toBe(false);
    if (!result.success)
      expect(result.issues[0]).toMatchObject({ code: 'span_text_mismatch', path: ['paragraphs', 0] });
  });

  it('reports a span outside the text', () => {
    const a = article();
    const bad = { ...a, paragraphs: [{ start: 0, end: a.text.length + 5, text: a.text }] };
    const result = validateArticle(bad);
    expect(result.success || result.issues[0]!.code).toBe('span_out_of_bounds');
  });
});

describe('warning codes', () => {
  it('are kebab-case and each listed in the README', () => {
    const readme = readFileSync(fileURLToPath(new URL('../../../README.md', import.meta.url)), 'utf8');
    const listed = [...readme.matchAll(/^\| `([a-z-]+)` +\|/gm)].map((m) => m[1]);
    for (const code of WARNING_CODES) expect(code).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
    expect(listed.filter((c) => (WARNING_CODES as readonly string[]).includes(c!)).sort()).toEqual(
      [...WARNING_CODES].sort(),
    );
  });

  it('reject a code outside the union', () => {
    const bad = { ...article(), warnings: [{ code: 'no-such-warning', message: 'x' }] };
    expect(validateArticle(bad).success).toBe(false);
  });
});
