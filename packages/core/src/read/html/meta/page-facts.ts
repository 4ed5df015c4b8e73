import { META_KEYS } from '../constants';
import { foldSpace } from '../dom';
import type { JsonLdFacts } from '../json-ld';
import type { PageScan } from '../scan-page';
import { metaValue, metaValues } from './meta-value';

/** Tags longer than this are sentences or SEO filler, not tags. */
const MAX_TAG_LENGTH = 60;
/** A keywords meta stuffed with hundreds of terms is cut here; real tag lists are a few dozen at most. */
const MAX_TAGS = 30;
/** Tags are names and short noun phrases; a run of more words is a sentence cut at its commas. */
const MAX_TAG_WORDS = 5;
// A keywords value that trails off is the page's description pasted in.
const TRUNCATED = /(?:\.\.\.|…)\s*$/;
// "content-type: How-to" is a CMS label, not a tag (prevention-1).
const LABELLED = /^[^\s:]+:\s/;
// Chinese and Japanese keyword lists are often separated by spaces alone (a Chinese portal's keywords).
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

function partsOf(value: string): string[] {
  if (/[,;、，；]/.test(value)) return value.split(/[,;、，；]/);
  return CJK.test(value) ? value.split(/\s+/) : [value];
}

function clean(value: string | null | undefined): string | null {
  const folded = value ? foldSpace(value) : '';
  return folded || null;
}

/** The summary the page declares for itself: its description metas first, then JSON-LD (002-opengraph-fallback). */
export function findDescription(scan: PageScan, jsonLd: JsonLdFacts): string | null {
  return clean(metaValue(scan, META_KEYS.description)) ?? clean(jsonLd.description);
}

/** The section the page files itself under: `article:section` and its kin, then JSON-LD `articleSection`. */
export function findSection(scan: PageScan, jsonLd: JsonLdFacts): string | null {
  return clean(metaValue(scan, META_KEYS.section)) ?? clean(jsonLd.section);
}

/**
 * The page's tags and keywords from every source that declares them (repeated `article:tag` metas, JSON-LD
 * `keywords`, comma-separated `keywords`/`news_keywords`), in page order, each once whatever its case.
 */
export function findTags(scan: PageScan, jsonLd: JsonLdFacts): string[] {
  const raw: string[] = [];
  for (const key of META_KEYS.tags) raw.push(...metaValues(scan, [key]));
  raw.push(...jsonLd.keywords);
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const value of raw) {
    if (TRUNCATED.test(value)) continue;
    for (const part of partsOf(value)) {
      const tag = clean(part);
      if (!tag || tag.length > MAX_TAG_LENGTH || LABELLED.test(tag)) continue;
      if (tag.split(' ').length > MAX_TAG_WORDS) continue;
      // "weight-loss" and "Weight Loss" are one tag (prevention-1).
      const key = tag.toLocaleLowerCase().replace(/[-_\s]+/g, ' ');
      if (seen.has(key)) continue;
      seen.add(key);
      tags.push(tag);
      if (tags.length === MAX_TAGS) return tags;
    }
  }
  return tags;
}
