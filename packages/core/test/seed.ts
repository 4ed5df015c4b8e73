// Shared loader for the seed golden tests: the seed article, its golden facts and its parse.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Article, parseArticle } from '@copydesk/core';

const seeds = (name: string) => fileURLToPath(new URL(`../../../seeds/${name}`, import.meta.url));

export const SEED_TEXT = readFileSync(seeds('afp-syria-albu-kamal-2017-11-19.txt'), 'utf8');
// biome-ignore lint/suspicious/noExplicitAny: the golden file is free-form JSON checked field by field
export const EXPECTED: any = JSON.parse(readFileSync(seeds('expected.json'), 'utf8'));

let cached: Article | null = null;
/** The seed parsed once with its reference date, shared by every golden test. */
export function seedArticle(): Article {
  cached ??= parseArticle({ text: SEED_TEXT }, { publishedAt: EXPECTED.referenceDate });
  return cached;
}
